"use client"

import {
  CardElement,
  Elements,
  useElements,
  useStripe,
} from "@stripe/react-stripe-js"
import type {
  Stripe,
  StripeCardElementOptions,
  StripeElementLocale,
} from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useTranslations } from "next-intl"
import { type RefObject, useEffect, useState } from "react"

import {
  type CardBilling,
  cardPaymentMethodData,
  type StripeErrorLike,
} from "@/lib/util/card-payment"

import styles from "./checkout.module.css"

/** The card turned into a Stripe PaymentMethod, or Stripe's reason why not. */
export type CardResult =
  { paymentMethodId: string } | { error: StripeErrorLike }

/** What the order form asks of the card field when "place order" is pressed. */
export type CardHandle = {
  createPaymentMethod: (billing: CardBilling) => Promise<CardResult>
}

/** Stripe could not be reached: the form says so in its own words. */
const UNREACHABLE: StripeErrorLike = { type: "api_connection_error" }

// The iframe cannot read the page's CSS variables: the same colours and size as our inputs.
const CARD_OPTIONS: StripeCardElementOptions = {
  hidePostalCode: true,
  style: {
    base: {
      color: "#2a211b",
      fontSize: "17px",
      "::placeholder": { color: "#5d5048" },
    },
    invalid: { color: "#7f2c16", iconColor: "#7f2c16" },
  },
}

let loaded: { key: string; stripe: Promise<Stripe | null> } | undefined

/** Stripe.js, fetched once per key, and only once a buyer has chosen to pay by card. */
const stripeFor = (publishableKey: string): Promise<Stripe | null> => {
  if (loaded?.key !== publishableKey) {
    loaded = {
      key: publishableKey,
      stripe: loadStripe(publishableKey).catch(() => {
        // Not reached this time: choosing the card again tries again.
        loaded = undefined
        return null
      }),
    }
  }
  return loaded.stripe
}

type CardInputProps = {
  handleRef: RefObject<CardHandle | null>
  onError: (error: StripeErrorLike | undefined) => void
}

const CardInput = ({ handleRef, onError }: CardInputProps) => {
  const stripe = useStripe()
  const elements = useElements()
  useEffect(() => {
    handleRef.current = {
      createPaymentMethod: async (billing) => {
        const card = elements?.getElement(CardElement)
        if (!stripe || !card) {
          return { error: UNREACHABLE }
        }
        const { paymentMethod, error } = await stripe.createPaymentMethod(
          cardPaymentMethodData(card, billing)
        )
        return paymentMethod
          ? { paymentMethodId: paymentMethod.id }
          : { error: error ?? UNREACHABLE }
      },
    }
    return () => {
      handleRef.current = null
    }
  }, [stripe, elements, handleRef])
  return (
    <CardElement
      options={CARD_OPTIONS}
      onChange={(event) => onError(event.error)}
    />
  )
}

type CardFieldProps = {
  publishableKey: string
  locale: StripeElementLocale
  handleRef: RefObject<CardHandle | null>
  /** The sentence to show under the field (Stripe's own about the card, or ours). */
  error?: string
  onError: (error: StripeErrorLike | undefined) => void
}

/**
 * Stripe's card field (number, expiry, CVC; no postal code, which Vietnamese cards do not use).
 * The card's details stay in Stripe's iframe; this page only ever sees the PaymentMethod's id.
 */
export const CardField = ({
  publishableKey,
  locale,
  handleRef,
  error,
  onError,
}: CardFieldProps) => {
  const t = useTranslations("checkout")
  const [stripe] = useState(() => stripeFor(publishableKey))
  const [status, setStatus] = useState<"loading" | "ready" | "failed">(
    "loading"
  )
  useEffect(() => {
    let current = true
    void stripe.then((loadedStripe) => {
      if (!current) {
        return
      }
      setStatus(loadedStripe ? "ready" : "failed")
      if (!loadedStripe) {
        onError(UNREACHABLE)
      }
    })
    return () => {
      current = false
    }
  }, [stripe, onError])
  return (
    <div className={styles.field} data-testid="card-field">
      <span id="card-label" className={styles.label}>
        {t("cardLabel")}
      </span>
      <div
        role="group"
        aria-labelledby="card-label"
        aria-describedby={error ? "card-error" : undefined}
        className={`${styles.cardBox} ${error ? styles.invalid : ""}`}
      >
        <Elements stripe={stripe} options={{ locale }}>
          <CardInput handleRef={handleRef} onError={onError} />
        </Elements>
        {status === "loading" ? (
          <span className={styles.muted}>{t("cardLoading")}</span>
        ) : null}
      </div>
      {error ? (
        <p
          id="card-error"
          className={styles.error}
          role="alert"
          data-testid="card-error"
        >
          {error}
        </p>
      ) : null}
    </div>
  )
}
