/**
 * The 54 ethnic groups officially recognised in Vietnam (list of the General
 * Statistics Office, Decision 121-TCTK/PPCĐ of 1979), roughly by population.
 * Codes are ASCII kebab-case and stable: cooperatives and product origins
 * store them. English names are the usual exonyms (Hmong, Jarai, Bahnar…).
 */
export const ETHNIC_GROUPS = [
  { code: "kinh", name_vi: "Kinh", name_en: "Kinh" },
  { code: "tay", name_vi: "Tày", name_en: "Tay" },
  { code: "thai", name_vi: "Thái", name_en: "Thai" },
  { code: "muong", name_vi: "Mường", name_en: "Muong" },
  { code: "khmer", name_vi: "Khmer", name_en: "Khmer" },
  { code: "hoa", name_vi: "Hoa", name_en: "Hoa" },
  { code: "nung", name_vi: "Nùng", name_en: "Nung" },
  { code: "mong", name_vi: "Mông", name_en: "Hmong" },
  { code: "dao", name_vi: "Dao", name_en: "Dao" },
  { code: "gia-rai", name_vi: "Gia Rai", name_en: "Jarai" },
  { code: "ngai", name_vi: "Ngái", name_en: "Ngai" },
  { code: "e-de", name_vi: "Ê Đê", name_en: "Ede" },
  { code: "ba-na", name_vi: "Ba Na", name_en: "Bahnar" },
  { code: "xo-dang", name_vi: "Xơ Đăng", name_en: "Sedang" },
  { code: "san-chay", name_vi: "Sán Chay", name_en: "San Chay" },
  { code: "co-ho", name_vi: "Cơ Ho", name_en: "Koho" },
  { code: "cham", name_vi: "Chăm", name_en: "Cham" },
  { code: "san-diu", name_vi: "Sán Dìu", name_en: "San Diu" },
  { code: "hre", name_vi: "Hrê", name_en: "Hre" },
  { code: "mnong", name_vi: "Mnông", name_en: "Mnong" },
  { code: "raglay", name_vi: "Raglay", name_en: "Raglai" },
  { code: "xtieng", name_vi: "Xtiêng", name_en: "Stieng" },
  { code: "bru-van-kieu", name_vi: "Bru-Vân Kiều", name_en: "Bru-Van Kieu" },
  { code: "tho", name_vi: "Thổ", name_en: "Tho" },
  { code: "giay", name_vi: "Giáy", name_en: "Giay" },
  { code: "co-tu", name_vi: "Cơ Tu", name_en: "Katu" },
  { code: "gie-trieng", name_vi: "Giẻ Triêng", name_en: "Gie Trieng" },
  { code: "ma", name_vi: "Mạ", name_en: "Ma" },
  { code: "kho-mu", name_vi: "Khơ Mú", name_en: "Khmu" },
  { code: "co", name_vi: "Co", name_en: "Cor" },
  { code: "ta-oi", name_vi: "Tà Ôi", name_en: "Ta Oi" },
  { code: "cho-ro", name_vi: "Chơ Ro", name_en: "Cho Ro" },
  { code: "khang", name_vi: "Kháng", name_en: "Khang" },
  { code: "xinh-mun", name_vi: "Xinh Mun", name_en: "Xinh Mun" },
  { code: "ha-nhi", name_vi: "Hà Nhì", name_en: "Hani" },
  { code: "chu-ru", name_vi: "Chu Ru", name_en: "Churu" },
  { code: "lao", name_vi: "Lào", name_en: "Lao" },
  { code: "la-chi", name_vi: "La Chí", name_en: "La Chi" },
  { code: "la-ha", name_vi: "La Ha", name_en: "La Ha" },
  { code: "phu-la", name_vi: "Phù Lá", name_en: "Phu La" },
  { code: "la-hu", name_vi: "La Hủ", name_en: "Lahu" },
  { code: "lu", name_vi: "Lự", name_en: "Lu" },
  { code: "lo-lo", name_vi: "Lô Lô", name_en: "Lo Lo" },
  { code: "chut", name_vi: "Chứt", name_en: "Chut" },
  { code: "mang", name_vi: "Mảng", name_en: "Mang" },
  { code: "pa-then", name_vi: "Pà Thẻn", name_en: "Pa Then" },
  { code: "co-lao", name_vi: "Cờ Lao", name_en: "Co Lao" },
  { code: "cong", name_vi: "Cống", name_en: "Cong" },
  { code: "bo-y", name_vi: "Bố Y", name_en: "Bo Y" },
  { code: "si-la", name_vi: "Si La", name_en: "Si La" },
  { code: "pu-peo", name_vi: "Pu Péo", name_en: "Pu Peo" },
  { code: "brau", name_vi: "Brâu", name_en: "Brau" },
  { code: "o-du", name_vi: "Ơ Đu", name_en: "O Du" },
  { code: "ro-mam", name_vi: "Rơ Măm", name_en: "Ro Mam" },
] as const

export type EthnicGroupCode = (typeof ETHNIC_GROUPS)[number]["code"]

export const ETHNIC_GROUP_CODES: ReadonlySet<string> = new Set<string>(
  ETHNIC_GROUPS.map((group) => group.code)
)
