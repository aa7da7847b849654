import { Button, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useRef, useState } from "react"
import { Link } from "react-router-dom"

import { RemittanceLinesTable, RemittanceSummary } from "./remittance-lines"
import {
  exampleCsvHref,
  importRemittance,
  type ImportProblem,
  PROVIDERS,
  RemittanceImportError,
  type RemittanceProvider,
} from "./remittances"

/** The backend's own limit (2 MB); a bigger file is refused here without sending it. */
const MAX_FILE_BYTES = 2 * 1024 * 1024

const whereLabel = (problem: ImportProblem): string =>
  [
    problem.row === undefined ? null : `Row ${problem.row}`,
    problem.column ?? null,
  ]
    .filter(Boolean)
    .join(", ")

/** The operator picks the courier and its statement; the page shows what each line came to. */
export const RemittanceImportForm = () => {
  const client = useQueryClient()
  const fileInput = useRef<HTMLInputElement>(null)
  const [provider, setProvider] = useState<RemittanceProvider | "">("")
  const [file, setFile] = useState<File | null>(null)
  const [tooBig, setTooBig] = useState(false)
  const run = useMutation({
    mutationFn: async () => {
      if (!file || !provider) {
        throw new RemittanceImportError(
          "Choose the courier and the statement file first.",
          []
        )
      }
      return importRemittance({
        provider,
        file_name: file.name.slice(0, 200),
        csv: await file.text(),
      })
    },
    onSuccess: async () => {
      setFile(null)
      if (fileInput.current) {
        fileInput.current.value = ""
      }
      await client.invalidateQueries({ queryKey: ["courier-remittances"] })
      await client.invalidateQueries({
        queryKey: ["courier-remittance-mismatches"],
      })
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    run.mutate()
  }
  const failure = run.error
  const problems =
    failure instanceof RemittanceImportError ? failure.problems : []
  // The backend's message repeats the rows after its first sentence; they are listed below.
  const headline =
    problems.length > 0
      ? (failure?.message.split(/(?<=\.)\s/)[0] ?? "")
      : (failure?.message ?? "")
  const imported = run.data?.remittance

  return (
    <>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Courier remittances</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Import the statement a courier sends when it pays over the cash it
            collected on delivery. Each line is matched to a parcel by its
            tracking number; what does not match is listed for follow-up.
          </Text>
        </div>
        <form className="flex flex-col gap-4 px-6 py-4" onSubmit={submit}>
          <div className="grid gap-4 md:grid-cols-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor="remittance-provider" size="small">
                Courier
              </Label>
              <Select
                value={provider}
                onValueChange={(value) =>
                  setProvider(value as RemittanceProvider)
                }
              >
                <Select.Trigger id="remittance-provider" aria-label="Courier">
                  <Select.Value placeholder="Choose the courier" />
                </Select.Trigger>
                <Select.Content>
                  {PROVIDERS.map((entry) => (
                    <Select.Item key={entry.value} value={entry.value}>
                      {entry.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="remittance-file" size="small">
                Statement (CSV)
              </Label>
              <input
                id="remittance-file"
                ref={fileInput}
                type="file"
                accept=".csv,text/csv"
                className="txt-compact-small text-ui-fg-base file:bg-ui-button-neutral file:text-ui-fg-base file:shadow-buttons-neutral file:mr-3 file:rounded-md file:border-0 file:px-3 file:py-1.5"
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null
                  setTooBig(Boolean(chosen && chosen.size > MAX_FILE_BYTES))
                  setFile(chosen)
                  run.reset()
                }}
              />
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <Text size="small">
              A header row, then one line per parcel, separated by commas or
              semicolons. Columns, in any order: <code>tracking_number</code>{" "}
              (or <code>Mã vận đơn</code>), <code>amount</code> in whole đồng (
              <code>150000</code>, <code>150.000</code> or <code>150,000</code>;
              or <code>Số tiền</code>) and <code>remitted_on</code> as{" "}
              <code>YYYY-MM-DD</code> or <code>DD/MM/YYYY</code> (or{" "}
              <code>Ngày</code>). Up to 10,000 lines and 2 MB.
            </Text>
            <a
              href={exampleCsvHref}
              download="remittance-example.csv"
              className="txt-compact-small text-ui-fg-interactive w-fit"
            >
              Download an example CSV
            </a>
          </div>
          {tooBig ? (
            <Text size="small" className="text-ui-fg-error" role="alert">
              This file is larger than 2 MB; split the statement into smaller
              files.
            </Text>
          ) : null}
          {failure ? (
            <div
              role="alert"
              className="flex flex-col gap-1"
              data-testid="remittance-import-error"
            >
              <Text size="small" className="text-ui-fg-error">
                {headline}
              </Text>
              {problems.length > 0 ? (
                <ul className="list-disc pl-5">
                  {problems.map((problem, index) => (
                    <li key={index}>
                      <Text size="small" className="text-ui-fg-error">
                        {whereLabel(problem)
                          ? `${whereLabel(problem)}: ${problem.message}`
                          : problem.message}
                      </Text>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div>
            <Button
              type="submit"
              isLoading={run.isPending}
              disabled={!provider || !file || tooBig}
            >
              Import statement
            </Button>
          </div>
        </form>
      </Container>
      {imported ? (
        <Container className="divide-y p-0" data-testid="remittance-result">
          <div className="flex flex-col gap-3 px-6 py-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Heading level="h2">Imported</Heading>
              <Link
                to={`/courier-remittances/${imported.id}`}
                className="txt-compact-small text-ui-fg-interactive"
              >
                Open this import
              </Link>
            </div>
            <RemittanceSummary remittance={imported} />
          </div>
          <RemittanceLinesTable lines={imported.lines ?? []} />
        </Container>
      ) : null}
    </>
  )
}
