/** Province codes are two digits ("15"), commune and ward codes five ("04270"). */
export const PROVINCE_CODE_PATTERN = /^\d{2}$/
export const COMMUNE_CODE_PATTERN = /^\d{5}$/

export const isProvinceCode = (value: string): boolean =>
  PROVINCE_CODE_PATTERN.test(value)

export const isCommuneCode = (value: string): boolean =>
  COMMUNE_CODE_PATTERN.test(value)
