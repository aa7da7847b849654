/** The poverty-reduction programmes an operator can tag a cooperative with (DOMAIN.md). */
export const PROGRAMMES = [
  {
    code: "giam-ngheo-ben-vung",
    name_vi: "Chương trình MTQG Giảm nghèo bền vững 2021–2025",
    name_en:
      "National Target Programme for Sustainable Poverty Reduction 2021–2025",
  },
  {
    code: "giam-ngheo-thong-tin",
    name_vi: "Dự án 6, Tiểu dự án 1: Giảm nghèo về thông tin",
    name_en: "Project 6, Sub-project 1: information poverty reduction",
  },
  {
    code: "qd-1719",
    name_vi:
      "Chương trình MTQG phát triển vùng đồng bào dân tộc thiểu số và miền núi (QĐ 1719/QĐ-TTg)",
    name_en:
      "Ethnic-minority and mountain areas programme (Decision 1719/QĐ-TTg)",
  },
] as const

export type ProgrammeCode = (typeof PROGRAMMES)[number]["code"]

export const PROGRAMME_CODES = PROGRAMMES.map((p) => p.code) as [
  ProgrammeCode,
  ...ProgrammeCode[],
]
