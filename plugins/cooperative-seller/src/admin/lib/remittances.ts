import { backendUrl, sdk } from "./sdk"

export type RemittanceProvider = "vnpost-table" | "ghn"

export const PROVIDERS: { value: RemittanceProvider; label: string }[] = [
  { value: "vnpost-table", label: "VNPost" },
  { value: "ghn", label: "GHN" },
]

export const providerLabel = (provider: string): string =>
  PROVIDERS.find((entry) => entry.value === provider)?.label ?? provider

export type RemittanceOutcome =
  | "matched"
  | "unknown_tracking_number"
  | "wrong_amount"
  | "duplicate"
  | "not_collected"

export type RemittanceLine = {
  id: string
  line_number: number
  tracking_number: string
  amount: number
  remitted_on: string | null
  outcome: RemittanceOutcome
  detail: string
  expected_amount: number | null
  order_id: string | null
  display_id: number | null
  cooperative_id: string | null
  resolved_at: string | null
  resolution_note: string | null
  remittance_id?: string
}

export type Remittance = {
  id: string
  provider: RemittanceProvider
  file_name: string | null
  imported_at: string
  imported_by: string | null
  lines_count: number
  matched_count: number
  mismatched_count: number
  amount_total: number
  amount_matched: number
  lines?: RemittanceLine[]
}

export type RemittanceList = { remittances: Remittance[]; count: number }

export type MismatchList = { lines: RemittanceLine[]; count: number }

export const PAGE_SIZE = 20

/** Amounts are whole đồng, grouped the way Vietnamese write them: "150.000 ₫". */
export const formatVnd = (amount: number): string => {
  const dong = Math.round(Math.abs(amount))
  const grouped = String(dong).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${amount < 0 && dong !== 0 ? "-" : ""}${grouped} ₫`
}

export const formatDateTime = (iso: string): string =>
  new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })

/** One problem in a file the backend could not read: its row and column when it names them. */
export type ImportProblem = { row?: number; column?: string; message: string }

/** The backend refused the file; `problems` lists each bad row it named. */
export class RemittanceImportError extends Error {
  readonly problems: ImportProblem[]

  constructor(message: string, problems: ImportProblem[]) {
    super(message)
    this.name = "RemittanceImportError"
    this.problems = problems
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null

const readProblems = (body: Record<string, unknown>): ImportProblem[] => {
  const listed = Array.isArray(body.errors) ? body.errors : body.problems
  if (!Array.isArray(listed)) {
    return []
  }
  return listed.filter(isRecord).map((entry) => ({
    row: typeof entry.row === "number" ? entry.row : undefined,
    column: typeof entry.column === "string" ? entry.column : undefined,
    message:
      typeof entry.message === "string" ? entry.message : String(entry.message),
  }))
}

export type NewRemittance = {
  provider: RemittanceProvider
  file_name: string
  csv: string
}

/**
 * POST /admin/courier-remittances. Sent with fetch rather than the SDK so that a refused file's
 * list of bad rows (not only its message) reaches the page.
 */
export const importRemittance = async (
  body: NewRemittance
): Promise<{ remittance: Remittance }> => {
  const response = await fetch(
    `${backendUrl.replace(/\/+$/, "")}/admin/courier-remittances`,
    {
      method: "POST",
      credentials: "include",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify(body),
    }
  )
  const parsed: unknown = await response.json().catch(() => ({}))
  const payload = isRecord(parsed) ? parsed : {}
  if (!response.ok) {
    const message =
      typeof payload.message === "string"
        ? payload.message
        : `The import failed (${response.status} ${response.statusText}).`
    throw new RemittanceImportError(message, readProblems(payload))
  }
  return payload as { remittance: Remittance }
}

export const listRemittances = (offset: number): Promise<RemittanceList> =>
  sdk.client.fetch<RemittanceList>("/admin/courier-remittances", {
    query: { limit: PAGE_SIZE, offset },
  })

export const retrieveRemittance = (
  id: string
): Promise<{ remittance: Remittance }> =>
  sdk.client.fetch(`/admin/courier-remittances/${encodeURIComponent(id)}`)

export const listMismatches = (
  resolved: boolean,
  offset: number
): Promise<MismatchList> =>
  sdk.client.fetch<MismatchList>("/admin/courier-remittances/mismatches", {
    query: { resolved: String(resolved), limit: PAGE_SIZE, offset },
  })

export const resolveMismatch = (
  id: string,
  note: string
): Promise<{ line: RemittanceLine }> =>
  sdk.client.fetch(
    `/admin/courier-remittances/lines/${encodeURIComponent(id)}/resolve`,
    { method: "POST", body: { note } }
  )

/** The example offered for download: UTF-8 with a BOM so that spreadsheets read the accents. */
export const EXAMPLE_CSV = [
  "tracking_number,amount,remitted_on",
  "CP000000125VN,150000,2026-11-28",
  "CP000000126VN,245.000,28/11/2026",
].join("\r\n")

export const exampleCsvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${EXAMPLE_CSV}\r\n`)}`
