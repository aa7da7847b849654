import "server-only"

import type { Locale } from "@/i18n/routing"
import type {
  CommuneReport,
  ImpactOverview,
  ImpactSeries,
  ImportProblem,
  LegacyCommune,
  Officer,
  Programme,
  RecordedSale,
  RecordedSaleList,
} from "@/types/impact"

import { backendUrl } from "./config"
import {
  toCommuneReport,
  toImpactOverview,
  toImpactSeries,
  toImportProblems,
  toLegacyCommune,
  toOfficer,
  toProgrammes,
  toRecordedSales,
} from "./impact-adapter"
import type {
  ApiCommuneReportResponse,
  ApiImpactCommunesResponse,
  ApiImportProblem,
  ApiLegacyCommuneResponse,
  ApiOfficerResponse,
  ApiProgrammesResponse,
  ApiRecordedSalesResponse,
  ApiSeriesResponse,
} from "./impact-types"
import { clientAddress, privateCookie } from "./private-cookie"

/** The officer's token lives in an httpOnly cookie, apart from a seller's or a buyer's. */
const TOKEN_COOKIE = "cp_officer"
/** Medusa's tokens last a day by default; the cookie goes with them. */
const TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60

const tokenCookie = privateCookie(TOKEN_COOKIE, TOKEN_MAX_AGE_SECONDS)

export const readOfficerToken = tokenCookie.read
export const storeOfficerToken = tokenCookie.store
export const forgetOfficerToken = tokenCookie.forget

/** An officer route answered with an error: its status, the backend's sentence, row problems. */
export class OfficerApiError extends Error {
  readonly status: number
  readonly problems: ImportProblem[]

  constructor(status: number, message: string, problems: ImportProblem[] = []) {
    super(message)
    this.status = status
    this.problems = problems
  }
}

type Query = Record<string, string | number | undefined>

type OfficerFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Query
  body?: Record<string, unknown>
  token?: string
  /** Sign-in: the backend limits attempts per visitor, not per storefront. */
  forwardClient?: boolean
}

const withQuery = (path: string, query: Query | undefined): URL => {
  const url = new URL(path, backendUrl())
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") {
      url.searchParams.set(name, String(value))
    }
  }
  return url
}

/**
 * A call to the backend's officer or auth routes with the officer's token. Never cached: every
 * answer depends on who asks. Plain fetch rather than the SDK, whose errors drop the row-by-row
 * problems a refused import answers with.
 */
export const officerFetch = async <T>(
  path: string,
  {
    method = "GET",
    query,
    body,
    token,
    forwardClient = false,
  }: OfficerFetchOptions = {}
): Promise<T> => {
  const bearer = token ?? (await readOfficerToken())
  const headers: Record<string, string> = { accept: "application/json" }
  if (bearer) {
    headers.authorization = `Bearer ${bearer}`
  }
  if (body) {
    headers["content-type"] = "application/json"
  }
  if (forwardClient) {
    const address = await clientAddress()
    if (address) {
      headers["x-forwarded-for"] = address
    }
  }
  const answer = await fetch(withQuery(path, query), {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    cache: "no-store",
  })
  const payload = (await answer.json().catch(() => ({}))) as unknown
  if (!answer.ok) {
    const refusal = (payload ?? {}) as {
      message?: unknown
      errors?: ApiImportProblem[]
    }
    throw new OfficerApiError(
      answer.status,
      typeof refusal.message === "string" && refusal.message.trim()
        ? refusal.message.trim()
        : answer.statusText,
      Array.isArray(refusal.errors) ? toImportProblems(refusal.errors) : []
    )
  }
  return payload as T
}

// Signing in

export const signInOfficer = async (
  email: string,
  password: string
): Promise<string> => {
  const answer = await officerFetch<{ token?: string; location?: string }>(
    "/auth/officer/emailpass",
    {
      method: "POST",
      body: { email, password },
      token: "",
      forwardClient: true,
    }
  )
  if (!answer.token) {
    throw new OfficerApiError(401, "Sign-in needs another step.")
  }
  return answer.token
}

/** The signed-in officer, or undefined without a (valid) officer's token. */
export const getOfficerSession = async (): Promise<Officer | undefined> => {
  const token = await readOfficerToken()
  if (!token) {
    return undefined
  }
  try {
    return toOfficer(
      await officerFetch<ApiOfficerResponse>("/officer/me", { token })
    )
  } catch (error) {
    if (error instanceof OfficerApiError && error.status === 401) {
      return undefined
    }
    throw error
  }
}

// Figures

export const listProgrammes = async (locale: Locale): Promise<Programme[]> =>
  toProgrammes(
    await officerFetch<ApiProgrammesResponse>("/officer/impact/programmes"),
    locale
  )

export const getImpactOverview = async (
  query: Record<string, string>
): Promise<ImpactOverview> =>
  toImpactOverview(
    await officerFetch<ApiImpactCommunesResponse>("/officer/impact/communes", {
      query,
    })
  )

export const getImpactSeries = async (
  query: Record<string, string>
): Promise<ImpactSeries> =>
  toImpactSeries(
    await officerFetch<ApiSeriesResponse>("/officer/impact/series", { query })
  )

/** One 2025 commune's report, or undefined when there is no such commune. */
export const getCommuneReport = async (
  code: string,
  query: Record<string, string>
): Promise<CommuneReport | undefined> => {
  try {
    return toCommuneReport(
      await officerFetch<ApiCommuneReportResponse>(
        `/officer/impact/communes/${encodeURIComponent(code)}`,
        { query }
      )
    )
  } catch (error) {
    if (error instanceof OfficerApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}

// Recorded (baseline) sales

export const listRecordedSales = async (query: {
  province?: string
  commune_code?: string
  limit: number
  offset: number
}): Promise<RecordedSaleList> =>
  toRecordedSales(
    await officerFetch<ApiRecordedSalesResponse>(
      "/officer/impact/recorded-sales",
      { query }
    )
  )

export type RecordedSaleInput = {
  month: string
  commune_code: string
  code_kind: "new" | "old"
  sales_value: number
  cooperative_id?: string
  note?: string
  shares?: Record<string, number>
}

export const createRecordedSale = async (
  body: RecordedSaleInput
): Promise<RecordedSale[]> =>
  toRecordedSales(
    await officerFetch<ApiRecordedSalesResponse>(
      "/officer/impact/recorded-sales",
      { method: "POST", body }
    )
  ).recordedSales

/** Imports a CSV, all rows or none: how many were created, or an OfficerApiError with problems. */
export const importRecordedSales = async (csv: string): Promise<number> => {
  const { created } = await officerFetch<{ created?: number }>(
    "/officer/impact/recorded-sales/import",
    { method: "POST", body: { csv } }
  )
  return typeof created === "number" ? created : 0
}

export const deleteRecordedSale = (id: string): Promise<unknown> =>
  officerFetch(`/officer/impact/recorded-sales/${encodeURIComponent(id)}`, {
    method: "DELETE",
  })

/** The 2025 communes an old commune became, or undefined for an unknown code. */
export const getLegacyCommune = async (
  code: string
): Promise<LegacyCommune | undefined> => {
  try {
    return toLegacyCommune(
      await officerFetch<ApiLegacyCommuneResponse>(
        `/officer/impact/legacy-communes/${encodeURIComponent(code)}`
      )
    )
  } catch (error) {
    if (error instanceof OfficerApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}

// Exports

export const EXPORT_FORMATS = ["csv", "xlsx"] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/**
 * The commune table as a file, streamed from the backend with its name (Content-Disposition), or
 * the backend's refusal as it came. Undefined when no officer is signed in.
 */
export const fetchImpactExport = async (
  format: ExportFormat,
  query: Record<string, string>
): Promise<Response | undefined> => {
  const token = await readOfficerToken()
  if (!token) {
    return undefined
  }
  const answer = await fetch(
    withQuery(`/officer/impact/export.${format}`, query),
    { headers: { authorization: `Bearer ${token}` }, cache: "no-store" }
  )
  if (answer.status === 401) {
    return undefined
  }
  const passed = new Headers({ "cache-control": "private, no-store" })
  for (const name of [
    "content-type",
    "content-disposition",
    "content-length",
  ]) {
    const value = answer.headers.get(name)
    if (value) {
      passed.set(name, value)
    }
  }
  return new Response(answer.body, { status: answer.status, headers: passed })
}
