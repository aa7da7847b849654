import {
  EXPORT_FORMATS,
  type ExportFormat,
  fetchImpactExport,
} from "@/lib/data/officer"

/** What the export takes, each checked: days, a province code, a programme's code. */
const PARAMETERS: Record<string, RegExp> = {
  from: /^\d{4}-\d{2}-\d{2}$/,
  to: /^\d{4}-\d{2}-\d{2}$/,
  baseline_from: /^\d{4}-\d{2}-\d{2}$/,
  baseline_to: /^\d{4}-\d{2}-\d{2}$/,
  province: /^\d{2}$/,
  programme: /^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/,
}

const isFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value)

/**
 * The commune table as CSV or XLSX: the officer's download link, passed to the backend with the
 * token from the httpOnly cookie and streamed back with the backend's file name. Without a
 * (valid) officer token the officer is sent to sign in, and back to the dashboard after.
 */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ format: string }> }
): Promise<Response> => {
  const { format } = await params
  if (!isFormat(format)) {
    return Response.json(
      { type: "not_found", message: "Exports are csv or xlsx." },
      { status: 404 }
    )
  }
  const url = new URL(request.url)
  const query: Record<string, string> = {}
  for (const [name, pattern] of Object.entries(PARAMETERS)) {
    const value = url.searchParams.get(name)
    if (value && pattern.test(value)) {
      query[name] = value
    }
  }
  const answer = await fetchImpactExport(format, query)
  if (!answer) {
    const signIn =
      url.searchParams.get("lang") === "en"
        ? "/en/officer/sign-in"
        : "/officer/sign-in"
    return new Response(null, {
      status: 303,
      headers: { location: `${signIn}?next=${encodeURIComponent("/officer")}` },
    })
  }
  return answer
}
