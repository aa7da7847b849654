import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { Price } from "@/modules/common/components/price"
import type { Cart } from "@/types/cart"

import styles from "./cart.module.css"

/** The whole cart's amounts: products, shipping (once every parcel's is known), total. */
export const CartTotals = async ({
  cart,
  children,
}: {
  cart: Cart
  children?: ReactNode
}) => {
  const t = await getTranslations("cart")
  const allChosen = cart.groups.every((group) => group.delivery)
  return (
    <div className={styles.totals} data-testid="cart-totals">
      <dl className={styles.amounts}>
        <div>
          <dt>{t("itemTotal")}</dt>
          <dd>
            <Price amount={cart.itemTotal} testId="cart-item-total" />
          </dd>
        </div>
        <div>
          <dt>{t("shippingTotal")}</dt>
          <dd>
            {allChosen ? (
              <Price amount={cart.shippingTotal} testId="cart-shipping-total" />
            ) : (
              <span className={styles.later}>{t("shippingLater")}</span>
            )}
          </dd>
        </div>
        <div className={styles.grand}>
          <dt>{t("total")}</dt>
          <dd>
            <Price amount={cart.total} testId="cart-total" />
          </dd>
        </div>
      </dl>
      {children}
    </div>
  )
}
