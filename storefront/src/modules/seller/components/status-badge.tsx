import { getTranslations } from "next-intl/server"

import type { CooperativeStatus } from "@/types/seller"

import styles from "./seller.module.css"

const TONES: Record<CooperativeStatus, "good" | "bad" | "neutral"> = {
  active: "good",
  pending: "neutral",
  rejected: "bad",
  suspended: "bad",
}

export const StatusBadge = async ({
  status,
}: {
  status: CooperativeStatus
}) => {
  const t = await getTranslations("seller.status")
  return (
    <span
      className={styles.badge}
      data-tone={TONES[status]}
      data-testid="cooperative-status"
    >
      {t(status)}
    </span>
  )
}
