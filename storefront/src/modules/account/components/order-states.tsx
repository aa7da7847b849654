import { getTranslations } from "next-intl/server"

import type { OrderProgress, PaymentWording } from "@/types/account"

import styles from "./account.module.css"

const PROGRESS_TONE: Partial<Record<OrderProgress, "good" | "bad">> = {
  delivered: "good",
  completed: "good",
  canceled: "bad",
  needsAttention: "bad",
}

const PAYMENT_TONE: Partial<Record<PaymentWording, "good" | "bad">> = {
  paid: "good",
  canceled: "bad",
  needsAction: "bad",
}

/** Where the order is and how it is paid, in plain words, each with its label for screen readers. */
export const OrderStates = async ({
  progress,
  payment,
}: {
  progress: OrderProgress
  payment: PaymentWording
}) => {
  const t = await getTranslations("account")
  return (
    <ul className={styles.states}>
      <li>
        <span className="visually-hidden">{t("orders.status")}: </span>
        <span
          className={styles.state}
          data-tone={PROGRESS_TONE[progress]}
          data-testid="order-progress"
        >
          {t(`progress.${progress}`)}
        </span>
      </li>
      <li>
        <span className="visually-hidden">{t("orders.payment")}: </span>
        <span
          className={styles.state}
          data-tone={PAYMENT_TONE[payment]}
          data-testid="order-payment"
        >
          {t(`payment.${payment}`)}
        </span>
      </li>
    </ul>
  )
}
