import { backendUrl, sdk } from "./sdk"

export type CooperativeStatus = "pending" | "active" | "rejected" | "suspended"

export type AdminCooperative = {
  id: string
  handle: string
  name: string
  registration_number: string
  status: CooperativeStatus
  status_reason: string | null
  province_code: string
  province_name?: string
  commune_code: string
  commune_name?: string
  address_line: string | null
  phone: string | null
  email: string | null
  founded_year: number | null
  ethnic_groups: string[]
  households: {
    total: number
    poor: number
    near_poor: number
    ethnic_minority: number
  }
  story_vi: string
  story_en: string
  created_at: string
  members?: { id: string; email: string; name: string | null; role: string }[]
  documents?: CooperativeDocument[]
}

export type CooperativeDocument = {
  id: string
  filename: string
  mime_type: string
  size: number
  created_at: string
}

export type CooperativeListing = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  created_at: string
}

export type MarketplaceSettings = { listings_need_approval: boolean }

export type CooperativeList = {
  cooperatives: AdminCooperative[]
  count: number
  offset: number
  limit: number
}

export const PAGE_SIZE = 20

export const listCooperatives = (query: {
  status?: CooperativeStatus
  q?: string
  offset: number
}): Promise<CooperativeList> =>
  sdk.client.fetch<CooperativeList>("/admin/cooperatives", {
    query: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.q ? { q: query.q } : {}),
      limit: PAGE_SIZE,
      offset: query.offset,
    },
  })

export const retrieveCooperative = (
  id: string
): Promise<{ cooperative: AdminCooperative }> =>
  sdk.client.fetch(`/admin/cooperatives/${encodeURIComponent(id)}`)

export type ReviewAction = "approve" | "reject" | "suspend"

export const reviewCooperative = (
  id: string,
  action: ReviewAction,
  reason?: string
): Promise<{ cooperative: AdminCooperative }> =>
  sdk.client.fetch(`/admin/cooperatives/${encodeURIComponent(id)}/${action}`, {
    method: "POST",
    body: reason === undefined ? {} : { reason },
  })

/** Which review actions the operator may take from a status. */
export const ACTIONS_BY_STATUS: Record<CooperativeStatus, ReviewAction[]> = {
  pending: ["approve", "reject"],
  active: ["suspend"],
  suspended: ["approve"],
  rejected: [],
}

/** Opens in a new tab with the operator's session cookie; the backend streams the file. */
export const documentFileUrl = (cooperativeId: string, documentId: string) =>
  `${backendUrl.replace(/\/+$/, "")}/admin/cooperatives/${encodeURIComponent(cooperativeId)}/documents/${encodeURIComponent(documentId)}/file`

export const listProposedListings = (
  id: string
): Promise<{ listings: CooperativeListing[] }> =>
  sdk.client.fetch(`/admin/cooperatives/${encodeURIComponent(id)}/listings`, {
    query: { status: "proposed" },
  })

export const publishListing = (
  id: string,
  productId: string
): Promise<{ product: CooperativeListing }> =>
  sdk.client.fetch(
    `/admin/cooperatives/${encodeURIComponent(id)}/listings/${encodeURIComponent(productId)}/publish`,
    { method: "POST", body: {} }
  )

export const retrieveMarketplaceSettings = (): Promise<{
  settings: MarketplaceSettings
}> => sdk.client.fetch("/admin/marketplace-settings")

export const updateMarketplaceSettings = (
  settings: MarketplaceSettings
): Promise<{ settings: MarketplaceSettings }> =>
  sdk.client.fetch("/admin/marketplace-settings", {
    method: "POST",
    body: settings,
  })
