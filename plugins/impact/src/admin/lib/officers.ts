import { sdk } from "./sdk"

export type ProvinceChoice = { code: string; name: string }

export type AdminOfficer = {
  id: string
  email: string
  name: string
  all_provinces: boolean
  provinces: ProvinceChoice[]
  created_at: string
}

export type OfficerList = {
  officers: AdminOfficer[]
  provinces: ProvinceChoice[]
}

export type NewOfficer = {
  email: string
  name: string
  password: string
  province_codes: string[]
}

export const listOfficers = (): Promise<OfficerList> =>
  sdk.client.fetch<OfficerList>("/admin/officers")

export const createOfficer = (
  body: NewOfficer
): Promise<{ officer: AdminOfficer }> =>
  sdk.client.fetch<{ officer: AdminOfficer }>("/admin/officers", {
    method: "POST",
    body,
  })

export const removeOfficer = (id: string): Promise<unknown> =>
  sdk.client.fetch(`/admin/officers/${id}`, { method: "DELETE" })
