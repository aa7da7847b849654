"use client"

import { useTranslations } from "next-intl"

import { EMPTY_FORM_STATE } from "../form-state"
import { PICKUP_NOTE_MAX } from "../shipping"
import { requestPickupAction } from "../shipping-actions"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** One request for the couriers to come for every labelled parcel. */
export const PickupForm = () => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    requestPickupAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <Field
        name="note"
        label={t("pickups.note")}
        hint={t("pickups.noteHint")}
        maxLength={PICKUP_NOTE_MAX}
        defaultValue={state.values?.note ?? ""}
        error={state.errors?.note}
      />
      <div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("pickups.requesting")}
          testId="pickup-request"
        >
          {t("pickups.request")}
        </SubmitButton>
      </div>
    </form>
  )
}
