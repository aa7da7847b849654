/**
 * UPU S10 item identifiers, as VNPost prints them on EMS and parcel labels: two service letters,
 * eight serial digits, one check digit and the country code, e.g. EE123456785VN.
 */

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const

/** The S10 service letters we use per courier service: EMS for express, parcel post for standard. */
export const S10_SERVICE_LETTERS = {
  express: "EE",
  standard: "CP",
} as const

export const S10_COUNTRY = "VN"

/** The largest serial that fits in eight digits. */
export const S10_MAX_SERIAL = 99_999_999

/**
 * The S10 check digit of eight serial digits: the digits weighted 8 6 4 2 3 5 9 7 and summed,
 * then 11 − (sum mod 11), where 10 becomes 0 and 11 becomes 5.
 */
export const s10CheckDigit = (serial: string): number => {
  if (!/^\d{8}$/.test(serial)) {
    throw new RangeError(`An S10 serial is eight digits; got "${serial}".`)
  }
  const sum = WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(serial[index]),
    0
  )
  const check = 11 - (sum % 11)
  if (check === 10) {
    return 0
  }
  if (check === 11) {
    return 5
  }
  return check
}

/** An S10 tracking number for a serial (1 to 99,999,999) under two service letters. */
export const s10TrackingNumber = (
  letters: string,
  serial: number,
  country: string = S10_COUNTRY
): string => {
  if (!/^[A-Z]{2}$/.test(letters) || !/^[A-Z]{2}$/.test(country)) {
    throw new RangeError(
      `S10 service letters and country are two capital letters; got "${letters}" and "${country}".`
    )
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > S10_MAX_SERIAL) {
    throw new RangeError(
      `An S10 serial is a whole number from 0 to ${S10_MAX_SERIAL}; got ${serial}.`
    )
  }
  const digits = String(serial).padStart(8, "0")
  return `${letters}${digits}${s10CheckDigit(digits)}${country}`
}

/** Whether a text is a well-formed S10 identifier with the right check digit. */
export const isValidS10 = (value: string): boolean => {
  const match = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(value)
  if (!match) {
    return false
  }
  return s10CheckDigit(match[2] as string) === Number(match[3])
}
