import { normalizeMobile } from "./validate"

/** "0912345678" as people read it aloud, "0912 345 678"; anything else as it is. */
export const formatVnMobileForDisplay = (value: string): string => {
  const mobile = normalizeMobile(value)
  return mobile
    ? `${mobile.slice(0, 4)} ${mobile.slice(4, 7)} ${mobile.slice(7)}`
    : value
}
