"use client"

import dynamic from "next/dynamic"
import { useLocale, useTranslations } from "next-intl"
import {
  type FormEvent,
  type ReactNode,
  startTransition,
  useCallback,
  useRef,
  useState,
} from "react"

import { Link } from "@/i18n/navigation"
import {
  type CardBilling,
  cardErrorText,
  type StripeErrorLike,
} from "@/lib/util/card-payment"
import { CART_PATH } from "@/modules/cart/paths"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import type { PaymentMethod } from "@/types/cart"

import { placeOrderAction } from "../actions"
import { EMPTY_CHECKOUT_STATE } from "../form-state"
import type { CardHandle } from "./card-field"
import styles from "./checkout.module.css"

// Stripe's code and Stripe.js are fetched only once a buyer chooses to pay by card.
const CardField = dynamic(
  () => import("./card-field").then((module) => module.CardField),
  { ssr: false }
)

type PlaceOrderFormProps = {
  methods: PaymentMethod[]
  /** Address and a delivery for every parcel are in: the order can be placed. */
  ready: boolean
  /** The Stripe publishable key, when a card is among `methods`. */
  stripeKey?: string
  /** The cart's recipient and e-mail, as the card's billing details. */
  billing: CardBilling
  paymentHeading: ReactNode
  reviewHeading: ReactNode
  /** The review: each parcel, the address, the totals. */
  children: ReactNode
}

/**
 * Steps 3 and 4 in one form: how to pay (cash on delivery, chosen already; a card when Stripe is
 * set up), then the review and the button. With a card, "place order" first turns the card into
 * a Stripe PaymentMethod, then sends its id with the order. A double click asks the backend
 * twice, which answers with the same orders.
 */
export const PlaceOrderForm = ({
  methods,
  ready,
  stripeKey,
  billing,
  paymentHeading,
  reviewHeading,
  children,
}: PlaceOrderFormProps) => {
  const t = useTranslations("checkout")
  const locale = useLocale() === "en" ? "en" : "vi"
  const { state, pending, formProps } = useFormAction(
    placeOrderAction,
    EMPTY_CHECKOUT_STATE
  )
  const [chosen, setChosen] = useState(
    (methods.find((method) => method.kind === "cod") ?? methods[0])?.id
  )
  const chosenKind = methods.find((method) => method.id === chosen)?.kind
  const payingByCard = chosenKind === "card" && Boolean(stripeKey)
  const cardRef = useRef<CardHandle | null>(null)
  const [cardError, setCardError] = useState<string>()
  const [tokenizing, setTokenizing] = useState(false)
  const busy = pending || tokenizing

  const showCardError = useCallback(
    (error: StripeErrorLike | undefined) => {
      if (!error) {
        setCardError(undefined)
        return
      }
      const text = cardErrorText(error)
      setCardError("text" in text ? text.text : t("cardUnavailable"))
    },
    [t]
  )

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!payingByCard) {
      formProps.onSubmit(event)
      return
    }
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    const handle = cardRef.current
    if (!handle) {
      setCardError(t("cardUnavailable"))
      return
    }
    setTokenizing(true)
    void handle
      .createPaymentMethod(billing)
      .then((result) => {
        if ("error" in result) {
          showCardError(result.error)
          return
        }
        setCardError(undefined)
        data.set("payment_method", result.paymentMethodId)
        startTransition(() => formProps.action(data))
      })
      .finally(() => setTokenizing(false))
  }

  const paymentError = state.errors?.payment_provider_id
  const cardFieldError = cardError ?? state.errors?.card
  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      className={styles.orderForm}
      data-payment={chosenKind}
      data-testid="place-order-form"
      noValidate
    >
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
                className={styles.option}
                data-testid="payment-method"
                data-kind={method.kind}
              >
                <input
                  type="radio"
                  name="payment_provider_id"
                  value={method.id}
                  checked={method.id === chosen}
                  onChange={() => {
                    setChosen(method.id)
                    setCardError(undefined)
                  }}
                  className={styles.radio}
                />
                <span className={styles.optionText}>
                  <span className={styles.optionName}>
                    {method.kind === "cod" ? t("cod") : t("card")}
                  </span>
                  <span className={styles.optionMeta}>
                    {method.kind === "cod" ? t("codHint") : t("cardHint")}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {payingByCard && stripeKey ? (
            <CardField
              publishableKey={stripeKey}
              locale={locale}
              handleRef={cardRef}
              error={cardFieldError}
              onError={showCardError}
            />
          ) : null}
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
          disabled={!ready || busy}
          aria-disabled={!ready || busy}
          data-testid="place-order"
        >
          {busy ? t("placing") : t("placeOrder")}
        </button>
      </section>
    </form>
  )
}
