/** Mobile numbers since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x, then eight digits. */
const MOBILE_PATTERN = /^0[35789]\d{8}$/

/**
 * A Vietnamese mobile number as couriers want it, "0912345678", from the ways people type it
 * ("0912 345 678", "091.234.5678", "+84 912 345 678", "84912345678"); undefined when it is not
 * one.
 */
export const normalizeVnMobile = (value: string): string | undefined => {
  const compact = value.replace(/[\s.\-()]/g, "")
  const national = compact.startsWith("+84")
    ? `0${compact.slice(3)}`
    : /^84\d{9}$/.test(compact)
      ? `0${compact.slice(2)}`
      : compact
  return MOBILE_PATTERN.test(national) ? national : undefined
}

/** "0912345678" as people read it aloud: "0912 345 678". Anything else is left as it is. */
export const formatVnMobile = (value: string): string => {
  const mobile = normalizeVnMobile(value)
  return mobile
    ? `${mobile.slice(0, 4)} ${mobile.slice(4, 7)} ${mobile.slice(7)}`
    : value
}
