import type { getTranslations } from "next-intl/server"

import type { Problem } from "./validate"

/** The seller portal's messages, as the server actions get them. */
export type SellerTranslate = Awaited<
  ReturnType<typeof getTranslations<"seller">>
>

/** A problem with a field, said in the member's language. */
export const explain = (t: SellerTranslate, problem: Problem): string => {
  switch (problem.key) {
    case "tooLong":
      return t("tooLong", { max: problem.max })
    case "tooShort":
      return t("tooShort", { min: problem.min })
    case "badNumber":
      return t("badNumber", { min: problem.min, max: problem.max })
    default:
      return t(problem.key)
  }
}
