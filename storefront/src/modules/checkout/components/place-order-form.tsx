"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { CART_PATH } from "@/modules/cart/paths"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import type { PaymentMethod } from "@/types/cart"

import { placeOrderAction } from "../actions"
import { EMPTY_CHECKOUT_STATE } from "../form-state"
import styles from "./checkout.module.css"

type PlaceOrderFormProps = {
  methods: PaymentMethod[]
  /** Address and a delivery for every parcel are in: the order can be placed. */
  ready: boolean
  paymentHeading: ReactNode
  reviewHeading: ReactNode
  /** The review: each parcel, the address, the totals. */
  children: ReactNode
}

/**
 * Steps 3 and 4 in one form: how to pay (cash on delivery, chosen already), then the review and
 * the button. A double click asks the backend twice, which answers with the same orders.
 */
export const PlaceOrderForm = ({
  methods,
  ready,
  paymentHeading,
  reviewHeading,
  children,
}: PlaceOrderFormProps) => {
  const t = useTranslations("checkout")
  const { state, pending, formProps } = useFormAction(
    placeOrderAction,
    EMPTY_CHECKOUT_STATE
  )
  const preselected = methods.find((method) => method.available)?.id
  const paymentError = state.errors?.payment_provider_id
  return (
    <form {...formProps} data-testid="place-order-form" noValidate>
      <section className={styles.step} aria-labelledby="step-payment">
        {paymentHeading}
        <fieldset
          className={`${styles.fieldset} ${styles.plain}`}
          aria-describedby={paymentError ? "payment-error" : undefined}
        >
          <legend className="visually-hidden">{t("paymentIntro")}</legend>
          <div className={styles.options}>
            {methods.map((method) => (
              <label
                key={method.id}
                className={`${styles.option} ${method.available ? "" : styles.optionDisabled}`}
                data-testid="payment-method"
                data-kind={method.kind}
              >
                <input
                  type="radio"
                  name="payment_provider_id"
                  value={method.id}
                  defaultChecked={method.id === preselected}
                  disabled={!method.available}
                  className={styles.radio}
                />
                <span className={styles.optionText}>
                  <span className={styles.optionName}>
                    {method.kind === "cod" ? t("cod") : t("card")}
                  </span>
                  <span className={styles.optionMeta}>
                    {method.kind === "cod" ? t("codHint") : t("cardSoon")}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {paymentError ? (
            <p id="payment-error" className={styles.error} role="alert">
              {paymentError}
            </p>
          ) : null}
        </fieldset>
      </section>
      <section className={styles.step} aria-labelledby="step-review">
        {reviewHeading}
        {children}
        {state.message ? (
          <p
            className={styles.notice}
            role="alert"
            data-testid="place-order-error"
          >
            {state.message}{" "}
            {state.kind === "out_of_stock" ? (
              <Link href={CART_PATH}>{t("backToCart")}</Link>
            ) : null}
            {state.detail ? (
              <span className={styles.detail}>{state.detail}</span>
            ) : null}
          </p>
        ) : null}
        {ready ? null : <p className={styles.muted}>{t("finishSteps")}</p>}
        <button
          type="submit"
          className={`${styles.primary} ${styles.placeOrder}`}
          disabled={!ready || pending}
          aria-disabled={!ready || pending}
          data-testid="place-order"
        >
          {pending ? t("placing") : t("placeOrder")}
        </button>
      </section>
    </form>
  )
}
