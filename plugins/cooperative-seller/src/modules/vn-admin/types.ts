export type VnProvince = {
  code: string
  name: string
  name_en: string
  full_name: string
  full_name_en: string
}

export type VnCommune = {
  code: string
  name: string
  name_en: string
  full_name: string
  full_name_en: string
  province_code: string
}

export type VnCommuneWithProvince = VnCommune & { province: VnProvince }

/** A commune as it was before the July 2025 reorganisation, and what it became. */
export type VnLegacyCommune = {
  code: string
  full_name: string
  old_province_code: string
  old_province_name: string
  communes: VnCommuneWithProvince[]
}
