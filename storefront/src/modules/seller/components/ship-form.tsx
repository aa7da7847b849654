"use client"

import { useTranslations } from "next-intl"

import type { SellerParcel } from "@/types/seller"

import { EMPTY_FORM_STATE } from "../form-state"
import { shipOrderAction } from "../shipping-actions"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** The box's three sides, in centimetres, each optional. */
const SIZES = [
  { name: "length_cm", label: "ship.length" },
  { name: "width_cm", label: "ship.width" },
  { name: "height_cm", label: "ship.height" },
] as const

const text = (value: number | null | undefined): string =>
  value ? String(value) : ""

/**
 * "Ready to ship": the box as worked out from the products, to weigh and correct, then the
 * courier's tracking number and label. A refusal keeps what was typed for another try.
 */
export const ShipForm = ({
  orderId,
  parcel,
  courierName,
  weightText,
  packingSlipHref,
}: {
  orderId: string
  parcel: SellerParcel | null
  courierName?: string
  /** The worked-out weight as people say it ("1,5 kg"). */
  weightText?: string
  packingSlipHref: string
}) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    shipOrderAction,
    EMPTY_FORM_STATE
  )
  const value = (name: keyof SellerParcel): string =>
    state.values?.[name] ?? text(parcel?.[name])
  return (
    <form
      {...formProps}
      className={styles.card}
      noValidate
      data-testid="ship-form"
      aria-labelledby="ship-heading"
    >
      <h2 id="ship-heading">{t("ship.heading")}</h2>
      <div className={styles.form}>
        <p className={styles.meta}>
          {courierName
            ? t("ship.intro", { courier: courierName })
            : t("ship.introNoCourier")}
        </p>
        <FormMessage message={state.message} />
        <input type="hidden" name="order_id" value={orderId} />
        <Field
          name="weight_g"
          label={t("ship.weight")}
          hint={
            weightText
              ? t("ship.weightHint", { weight: weightText })
              : undefined
          }
          inputMode="numeric"
          maxLength={7}
          required
          defaultValue={value("weight_g")}
          error={state.errors?.weight_g}
        />
        <div className={`${styles.row} ${styles.sizes}`}>
          {SIZES.map((size) => (
            <Field
              key={size.name}
              name={size.name}
              label={t(size.label)}
              inputMode="numeric"
              maxLength={3}
              defaultValue={value(size.name)}
              error={state.errors?.[size.name]}
            />
          ))}
        </div>
        <p className={styles.hint}>{t("ship.sizeHint")}</p>
        <div className={styles.actions}>
          <SubmitButton
            pending={pending}
            pendingLabel={t("ship.submitting")}
            testId="ship-submit"
          >
            {t("ship.submit")}
          </SubmitButton>
          <a href={packingSlipHref} download data-testid="packing-slip">
            {t("ship.packingSlip")}
          </a>
        </div>
      </div>
    </form>
  )
}
