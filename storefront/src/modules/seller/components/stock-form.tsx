"use client"

import { useTranslations } from "next-intl"

import type { SellerProduct } from "@/types/seller"

import { saveStockAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** The quantities in the cooperative's own stock, one number per size: the most frequent edit. */
export const StockForm = ({ product }: { product: SellerProduct }) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    saveStockAction,
    EMPTY_FORM_STATE
  )
  const tracked = product.variants.filter((variant) => variant.manage_inventory)
  if (tracked.length === 0) {
    return null
  }
  return (
    <form {...formProps} className={styles.card} noValidate>
      <h2>{t("productForm.stockHeading")}</h2>
      <div className={styles.form}>
        <FormMessage message={state.message} ok={state.ok} />
        <input type="hidden" name="product_id" value={product.id} />
        <div className={styles.row}>
          {tracked.map((variant) => (
            <Field
              key={variant.id}
              name={`stock.${variant.id}`}
              label={variant.title}
              inputMode="numeric"
              maxLength={7}
              required
              defaultValue={
                state.values?.[`stock.${variant.id}`] ??
                String(variant.inventory_quantity ?? 0)
              }
              error={state.errors?.[`stock.${variant.id}`]}
            />
          ))}
        </div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("saving")}
          variant="secondary"
          testId="stock-save"
        >
          {t("productForm.saveStock")}
        </SubmitButton>
      </div>
    </form>
  )
}
