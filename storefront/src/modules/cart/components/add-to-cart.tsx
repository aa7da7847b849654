"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

import { Link } from "@/i18n/navigation"
import { formatVnd } from "@/lib/util/money"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import type { ProductVariant } from "@/types/product"

import { addToCartAction, type CartFormState } from "../actions"
import { CART_PATH } from "../paths"
import { MAX_QUANTITY } from "../quantity"
import styles from "./cart.module.css"
import { QuantityStepper } from "./quantity-stepper"

const EMPTY: CartFormState = {}

/**
 * The product page's buying form: a size (when there is more than one), how many, and the
 * button. Sizes that are sold out cannot be chosen; after adding, a link leads to the cart.
 */
export const AddToCart = ({
  variants,
  productTitle,
}: {
  variants: ProductVariant[]
  productTitle: string
}) => {
  const t = useTranslations("cart")
  const buyable = variants.filter((variant) => variant.stock !== "out_of_stock")
  const [variantId, setVariantId] = useState(buyable[0]?.id ?? "")
  const { state, pending, formProps } = useFormAction(addToCartAction, EMPTY)

  if (buyable.length === 0) {
    return (
      <p className={styles.soldOutNote} data-testid="add-to-cart-sold-out">
        {t("allSoldOut")}
      </p>
    )
  }
  const [only] = variants
  return (
    <form
      {...formProps}
      className={styles.addToCart}
      data-testid="add-to-cart"
      noValidate
    >
      {variants.length === 1 && only ? (
        <input type="hidden" name="variant_id" value={only.id} />
      ) : (
        <div className={styles.field}>
          <label htmlFor="add-to-cart-variant" className={styles.label}>
            {t("variant")}
          </label>
          <select
            id="add-to-cart-variant"
            name="variant_id"
            className={styles.select}
            value={variantId}
            onChange={(event) => setVariantId(event.target.value)}
            data-testid="add-to-cart-variant"
          >
            {variants.map((variant) => {
              const label = `${variant.title} · ${formatVnd(variant.price)}`
              const soldOut = variant.stock === "out_of_stock"
              return (
                <option key={variant.id} value={variant.id} disabled={soldOut}>
                  {soldOut ? t("variantSoldOut", { variant: label }) : label}
                </option>
              )
            })}
          </select>
        </div>
      )}
      <div className={styles.buyRow}>
        <QuantityStepper
          id="add-to-cart-quantity"
          label={t("quantity")}
          max={MAX_QUANTITY}
          decreaseLabel={t("decrease", { product: productTitle })}
          increaseLabel={t("increase", { product: productTitle })}
        />
        <button
          type="submit"
          className={styles.primary}
          disabled={pending}
          aria-disabled={pending}
          data-testid="add-to-cart-submit"
        >
          {pending ? t("adding") : t("add")}
        </button>
      </div>
      <div aria-live="polite" className={styles.feedback}>
        {state.message ? (
          <p
            className={state.ok ? styles.success : styles.notice}
            data-testid={state.ok ? "add-to-cart-added" : "add-to-cart-error"}
          >
            {state.message}{" "}
            {state.ok ? (
              <Link href={CART_PATH} data-testid="add-to-cart-view">
                {t("viewCart")}
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
    </form>
  )
}
