"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

import { useFormAction } from "@/modules/seller/components/use-form-action"

import { type CartFormState, updateLineAction } from "../actions"
import { MAX_QUANTITY } from "../quantity"
import styles from "./cart.module.css"

const EMPTY: CartFormState = {}

/**
 * A cart line's quantity: one fewer, one more, a number typed (Enter or "Update"), or remove.
 * Each is a submit button with its intent, so it works before the page's script has loaded.
 * The typed number's button comes first in the form, as Enter presses the first one.
 */
export const LineControls = ({
  lineId,
  quantity,
  product,
}: {
  lineId: string
  quantity: number
  product: string
}) => {
  const t = useTranslations("cart")
  const { state, pending, formProps } = useFormAction(updateLineAction, EMPTY)
  const [typed, setTyped] = useState(String(quantity))
  const [shown, setShown] = useState(quantity)
  // A new quantity from the server (after −, + or another tab) replaces what was typed.
  if (shown !== quantity) {
    setShown(quantity)
    setTyped(String(quantity))
  }
  const inputId = `quantity-${lineId}`
  return (
    <form
      {...formProps}
      className={styles.lineForm}
      data-testid="line-controls"
    >
      <input type="hidden" name="line_id" value={lineId} />
      <div className={styles.stepper}>
        <label htmlFor={inputId} className="visually-hidden">
          {t("quantityOf", { product })}
        </label>
        <input
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_QUANTITY}
          value={typed}
          onChange={(event) => setTyped(event.target.value.slice(0, 3))}
          className={`${styles.count} ${styles.countMiddle}`}
          data-testid="line-quantity"
        />
        <button
          type="submit"
          name="intent"
          value="set"
          className={styles.update}
          hidden={typed === String(quantity)}
          disabled={pending}
        >
          {t("update")}
        </button>
        <button
          type="submit"
          name="intent"
          value="decrease"
          className={`${styles.step} ${styles.stepFirst}`}
          disabled={pending}
          aria-label={t("decrease", { product })}
          data-testid="line-decrease"
        >
          −
        </button>
        <button
          type="submit"
          name="intent"
          value="increase"
          className={`${styles.step} ${styles.stepLast}`}
          disabled={pending || quantity >= MAX_QUANTITY}
          aria-label={t("increase", { product })}
          data-testid="line-increase"
        >
          +
        </button>
      </div>
      <button
        type="submit"
        name="intent"
        value="remove"
        className={styles.remove}
        disabled={pending}
        aria-label={t("removeItem", { product })}
        data-testid="line-remove"
      >
        {t("remove")}
      </button>
      <p aria-live="polite" className={styles.lineStatus}>
        {pending ? t("updating") : null}
        {!pending && state.message && !state.ok ? (
          <span className={styles.error} role="alert">
            {state.message}
          </span>
        ) : null}
      </p>
    </form>
  )
}
