import { getLocale, getTranslations } from "next-intl/server"

import type { Households as HouseholdCounts } from "@/types/cooperative"

import styles from "./households.module.css"

/** The member households: in total, poor, near-poor and of an ethnic minority. */
export const Households = async ({
  households,
}: {
  households: HouseholdCounts
}) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("cooperative"),
  ])
  const number = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB")
  const rows = [
    ["householdsTotal", households.total],
    ["householdsPoor", households.poor],
    ["householdsNearPoor", households.nearPoor],
    ["householdsEthnicMinority", households.ethnicMinority],
  ] as const
  return (
    <dl className={styles.list} data-testid="households">
      {rows.map(([label, value]) => (
        <div key={label} className={styles.item}>
          <dt>{t(label)}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  )
}
