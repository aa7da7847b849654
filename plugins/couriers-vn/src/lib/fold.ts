/**
 * Folds a Vietnamese place name for comparison: no diacritics, "đ" as "d", lower case, single
 * spaces. "Thanh Hoá" and "Thanh Hóa" (both spellings are in use) fold to the same key.
 */
export const foldName = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
