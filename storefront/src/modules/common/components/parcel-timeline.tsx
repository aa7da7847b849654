import { getLocale, getTranslations } from "next-intl/server"

import { formatDateTime } from "@/lib/util/dates"
import type { ParcelStatus } from "@/types/account"

import styles from "./parcel-timeline.module.css"

export type TimelineStep = {
  status: ParcelStatus
  occurredAt: string
  note?: string | null
  /** Recorded by a person for a courier without an API. */
  manualLabel?: string
}

/** Where a parcel has been, oldest first, each step with its time in Vietnam. */
export const ParcelTimeline = async ({
  steps,
  testId,
}: {
  steps: TimelineStep[]
  testId?: string
}) => {
  const [t, locale] = await Promise.all([
    getTranslations("parcelStatus"),
    getLocale(),
  ])
  return (
    <ol className={styles.timeline} data-testid={testId}>
      {steps.map((step, index) => (
        <li
          key={`${step.occurredAt}-${index}`}
          className={styles.step}
          data-status={step.status}
        >
          <span className={styles.status}>{t(step.status)}</span>
          <time className={styles.when} dateTime={step.occurredAt}>
            {formatDateTime(step.occurredAt, locale)}
            {step.manualLabel ? ` · ${step.manualLabel}` : ""}
          </time>
          {step.note && <span className={styles.note}>{step.note}</span>}
        </li>
      ))}
    </ol>
  )
}
