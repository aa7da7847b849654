"use client"

import { useTranslations } from "next-intl"

import { formatVnd } from "@/lib/util/money"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import type { DeliveryGroup, DeliveryOption } from "@/types/cart"

import { chooseDeliveryAction } from "../actions"
import { EMPTY_CHECKOUT_STATE } from "../form-state"
import styles from "./checkout.module.css"

const OptionDetails = ({ option }: { option: DeliveryOption }) => {
  const t = useTranslations("checkout")
  const days = option.days
  return (
    <span className={styles.optionText}>
      <span className={styles.optionName}>
        {option.courier && option.service
          ? `${option.courier} · ${t(option.service)}`
          : option.name}
      </span>
      {days ? (
        <span className={styles.optionMeta}>
          {days.min === days.max
            ? t("daysExact", { days: days.min })
            : t("daysRange", { min: days.min, max: days.max })}
        </span>
      ) : null}
      {option.quoteError !== undefined ? (
        <span className={styles.optionProblem} data-testid="quote-unavailable">
          {t("quoteUnavailable")}
        </span>
      ) : null}
      {option.insufficientInventory ? (
        <span className={styles.optionProblem}>
          {t("insufficientInventory")}
        </span>
      ) : null}
    </span>
  )
}

/**
 * Step 2: for each cooperative's parcel, the couriers' options with their price and expected
 * days; the buyer picks one each. An option the courier could not quote cannot be picked, and
 * a cooperative that does not reach the buyer's commune says so.
 */
export const DeliveryForm = ({
  groups,
  communeName,
}: {
  groups: DeliveryGroup[]
  communeName: string
}) => {
  const t = useTranslations("checkout")
  const { state, pending, formProps } = useFormAction(
    chooseDeliveryAction,
    EMPTY_CHECKOUT_STATE
  )
  const errors = state.errors ?? {}
  return (
    <form
      {...formProps}
      className={styles.form}
      data-testid="delivery-form"
      noValidate
    >
      {state.message ? (
        <p className={styles.notice} role="alert">
          {state.message}
        </p>
      ) : null}
      {groups.map((group) => {
        const key = `delivery:${group.cooperative.id}`
        const error = errors[key]
        const quoted = group.options.filter(
          (option) => option.quoteError === undefined
        )
        return (
          <fieldset
            key={key}
            className={`${styles.fieldset} ${styles.plain}`}
            data-testid="delivery-group"
            data-cooperative={group.cooperative.id}
            aria-describedby={error ? `${key}-error` : undefined}
          >
            <legend>
              {t("deliveryFor", { cooperative: group.cooperative.name })}
            </legend>
            {group.options.length === 0 ? (
              <p className={styles.notice} data-testid="not-served">
                {t("notServed", {
                  cooperative: group.cooperative.name,
                  commune: communeName,
                })}
              </p>
            ) : null}
            {group.options.length > 0 && quoted.length === 0 ? (
              <p className={styles.notice} data-testid="quotes-unavailable">
                {t("quoteUnavailableAll")}
              </p>
            ) : null}
            <div className={styles.options}>
              {group.options.map((option) => {
                const disabled = option.quoteError !== undefined
                return (
                  <label
                    key={option.id}
                    className={`${styles.option} ${disabled ? styles.optionDisabled : ""}`}
                    data-testid="delivery-option"
                    data-service={option.service}
                  >
                    <input
                      type="radio"
                      name={key}
                      value={option.id}
                      defaultChecked={option.id === group.chosenOptionId}
                      disabled={disabled}
                      className={styles.radio}
                    />
                    <OptionDetails option={option} />
                    {option.amount !== undefined ? (
                      <span
                        className={styles.optionPrice}
                        data-testid="delivery-price"
                      >
                        {formatVnd(option.amount)}
                      </span>
                    ) : null}
                  </label>
                )
              })}
            </div>
            {error ? (
              <p id={`${key}-error`} className={styles.error} role="alert">
                {error}
              </p>
            ) : null}
          </fieldset>
        )
      })}
      <button
        type="submit"
        className={styles.primary}
        disabled={pending}
        aria-disabled={pending}
        data-testid="save-delivery"
      >
        {pending ? t("saving") : t("saveDelivery")}
      </button>
    </form>
  )
}
