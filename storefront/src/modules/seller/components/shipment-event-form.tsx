"use client"

import { useTranslations } from "next-intl"

import { EMPTY_FORM_STATE } from "../form-state"
import { COURIER_EVENT_STATUSES, EVENT_NOTE_MAX } from "../shipping"
import { recordShipmentEventAction } from "../shipping-actions"
import { Field, FieldError, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** The table courier has no API: a member records what it did with the parcel. */
export const ShipmentEventForm = ({ orderId }: { orderId: string }) => {
  const t = useTranslations("seller")
  const tStatus = useTranslations("parcelStatus")
  const { state, pending, formProps } = useFormAction(
    recordShipmentEventAction,
    EMPTY_FORM_STATE
  )
  const error = state.errors?.status
  return (
    <details open={Boolean(state.message || state.errors)}>
      <summary>{t("parcel.recordHeading")}</summary>
      <form
        {...formProps}
        className={styles.form}
        noValidate
        data-testid="shipment-event-form"
      >
        <p className={styles.meta}>{t("parcel.recordIntro")}</p>
        <FormMessage message={state.message} />
        <input type="hidden" name="order_id" value={orderId} />
        <div className={styles.field}>
          <label htmlFor="field-status" className={styles.label}>
            {t("parcel.eventStatus")}
          </label>
          <select
            id="field-status"
            name="status"
            required
            className={`${styles.select} ${error ? styles.invalid : ""}`}
            defaultValue={state.values?.status ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "field-status-error" : undefined}
          >
            <option value="" disabled>
              —
            </option>
            {COURIER_EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
          <FieldError id="field-status-error" error={error} />
        </div>
        <Field
          name="note"
          label={t("parcel.eventNote")}
          maxLength={EVENT_NOTE_MAX}
          defaultValue={state.values?.note ?? ""}
          error={state.errors?.note}
        />
        <SubmitButton
          pending={pending}
          pendingLabel={t("saving")}
          variant="secondary"
          testId="shipment-event-submit"
        >
          {t("parcel.record")}
        </SubmitButton>
      </form>
    </details>
  )
}
