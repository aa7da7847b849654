import { getTranslations } from "next-intl/server"

import type { SellerProductStatus } from "@/types/seller"

import styles from "./seller.module.css"

const KEYS = {
  draft: "statusDraft",
  proposed: "statusProposed",
  published: "statusPublished",
  rejected: "statusRejected",
} as const

export const ProductStatus = async ({
  status,
}: {
  status: SellerProductStatus
}) => {
  const t = await getTranslations("seller.products")
  return (
    <span
      className={styles.badge}
      data-tone={
        status === "published"
          ? "good"
          : status === "rejected"
            ? "bad"
            : "neutral"
      }
    >
      {t(KEYS[status] ?? "statusDraft")}
    </span>
  )
}
