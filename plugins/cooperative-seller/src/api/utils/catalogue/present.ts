import { ETHNIC_GROUPS } from "../../../modules/cooperative/ethnic-groups"
import type VnAdminModuleService from "../../../modules/vn-admin/service"
import type { CertificationRecord, CooperativeRecord } from "./records"
import type {
  StoreCertification,
  StoreCooperative,
  StoreEthnicGroup,
} from "./types"

const iso = (value: Date | string): string => new Date(value).toISOString()

const ethnicGroupsByCode = new Map<string, StoreEthnicGroup>(
  ETHNIC_GROUPS.map((group) => [
    group.code,
    { code: group.code, name_vi: group.name_vi, name_en: group.name_en },
  ])
)

export const presentEthnicGroup = (code: string): StoreEthnicGroup =>
  ethnicGroupsByCode.get(code) ?? { code, name_vi: code, name_en: code }

export const presentCertification = (
  certificate: CertificationRecord
): StoreCertification => ({
  id: certificate.id,
  type: certificate.type,
  number: certificate.number,
  ocop_stars: certificate.ocop_stars,
  issued_at: iso(certificate.issued_at),
  expires_at: certificate.expires_at ? iso(certificate.expires_at) : null,
  issuer: certificate.issuer,
})

/** Names of a 2025 commune and its province, for display next to the codes. */
export const placeNames = (
  vnAdmin: VnAdminModuleService,
  communeCode: string
) => {
  const commune = vnAdmin.retrieveCommune(communeCode)
  return {
    province_code: commune.province.code,
    province_name: commune.province.name,
    province_name_en: commune.province.name_en,
    commune_code: commune.code,
    commune_name: commune.full_name,
    commune_name_en: commune.full_name_en,
  }
}

/** A cooperative as buyers see it: no phone, e-mail, status or commission. */
export const presentCooperative = (
  cooperative: CooperativeRecord,
  vnAdmin: VnAdminModuleService,
  productCount: number
): StoreCooperative => ({
  id: cooperative.id,
  handle: cooperative.handle,
  name: cooperative.name,
  registration_number: cooperative.registration_number,
  ...placeNames(vnAdmin, cooperative.commune_code),
  address_line: cooperative.address_line,
  founded_year: cooperative.founded_year,
  ethnic_groups: (cooperative.ethnic_groups ?? []).map(presentEthnicGroup),
  households: cooperative.households,
  story_vi: cooperative.story_vi,
  story_en: cooperative.story_en,
  cover_image: cooperative.cover_image,
  gallery: cooperative.gallery ?? [],
  certifications: (cooperative.certifications ?? [])
    .map(presentCertification)
    .sort((a, b) => a.type.localeCompare(b.type)),
  product_count: productCount,
})
