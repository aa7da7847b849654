import { sdk } from "./sdk"

export type Programme = { code: string; name_vi: string; name_en: string }

export type TaggedCooperative = {
  id: string
  name: string
  handle: string
  status: string
  province_code: string
  commune_code: string
  programmes: string[]
}

export type ProgrammeList = {
  programmes: Programme[]
  cooperatives: TaggedCooperative[]
}

export const listProgrammes = (): Promise<ProgrammeList> =>
  sdk.client.fetch<ProgrammeList>("/admin/impact/programmes")

export const setProgrammes = ({
  id,
  programmes,
}: {
  id: string
  programmes: string[]
}): Promise<{ cooperative_id: string; programmes: string[] }> =>
  sdk.client.fetch(`/admin/cooperatives/${id}/programmes`, {
    method: "POST",
    body: { programmes },
  })
