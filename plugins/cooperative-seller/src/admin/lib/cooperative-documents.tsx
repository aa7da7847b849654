import { Container, Heading, Text } from "@medusajs/ui"

import { type CooperativeDocument, documentFileUrl } from "./cooperatives"

const KINDS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
}

const size = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** The registration papers a cooperative sent, each opening in a new tab. */
export const CooperativeDocuments = ({
  cooperativeId,
  documents,
}: {
  cooperativeId: string
  documents: CooperativeDocument[]
}) => (
  <Container className="flex flex-col gap-3">
    <Heading level="h2">Registration documents</Heading>
    {documents.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle">
        The cooperative has not sent any documents yet.
      </Text>
    ) : (
      <ul className="flex flex-col gap-2">
        {documents.map((document) => (
          <li key={document.id} className="flex items-center gap-2">
            <a
              href={documentFileUrl(cooperativeId, document.id)}
              target="_blank"
              rel="noreferrer"
              className="text-ui-fg-interactive txt-compact-small-plus hover:underline"
              data-testid="cooperative-document"
            >
              {document.filename}
            </a>
            <Text size="small" className="text-ui-fg-subtle">
              {KINDS[document.mime_type] ?? document.mime_type},{" "}
              {size(document.size)}
            </Text>
          </li>
        ))}
      </ul>
    )}
  </Container>
)
