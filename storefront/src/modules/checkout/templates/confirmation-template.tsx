import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { CooperativeName } from "@/modules/cart/components/cart-group"
import { Price } from "@/modules/common/components/price"
import type { Province } from "@/types/cooperative"
import type { Checkout } from "@/types/checkout"

import { AddressSummary } from "../components/address-summary"
import styles from "../components/checkout.module.css"

/**
 * After "place order": one card per cooperative's order (its number, items, shipping, total and
 * the cash to hand that parcel's courier), then the grand total and the cash for all parcels; for
 * a card, that it is paid and the couriers take no cash.
 */
export const ConfirmationTemplate = async ({
  checkout,
  provinces,
}: {
  checkout: Checkout
  provinces: Province[]
}) => {
  const t = await getTranslations("checkout.confirmation")
  const address = checkout.address
  return (
    <div className={styles.page} data-testid="confirmation">
      <h1>{t("title")}</h1>
      <p className={styles.lead}>
        {checkout.email
          ? t("thanks", { email: checkout.email })
          : t("thanksNoEmail")}
      </p>
      <p data-testid="order-count">
        {t("split", { count: checkout.orders.length })}
      </p>
      {checkout.paidByCard ? (
        <p className={styles.paidByCard} data-testid="paid-by-card">
          {t("paidByCard")}
        </p>
      ) : null}
      <ol className={styles.orders}>
        {checkout.orders.map((order) => (
          <li
            key={order.id}
            className={styles.order}
            data-testid="confirmed-order"
          >
            <h2 className={styles.orderHeading}>
              <span data-testid="order-number">
                {t("order", { id: order.displayId })}
              </span>
              <span className={styles.orderFrom}>
                {t("from")} <CooperativeName cooperative={order.cooperative} />
              </span>
            </h2>
            <ul className={styles.orderItems}>
              {order.items.map((item) => (
                <li key={item.id} data-testid="confirmed-item">
                  <span className={styles.orderItemName}>
                    {item.title}
                    {item.variantTitle ? (
                      <span className={styles.muted}>
                        {" "}
                        · {item.variantTitle}
                      </span>
                    ) : null}
                    <span className={styles.nowrap}>
                      {" "}
                      {t("quantity", { count: item.quantity })}
                    </span>
                  </span>
                  <Price amount={item.total} />
                </li>
              ))}
            </ul>
            <dl className={styles.orderAmounts}>
              {order.shipping ? (
                <div>
                  <dt>{t("shipping", { name: order.shipping.name })}</dt>
                  <dd>
                    <Price
                      amount={order.shipping.amount}
                      testId="order-shipping"
                    />
                  </dd>
                </div>
              ) : null}
              <div className={styles.orderTotal}>
                <dt>{t("orderTotal")}</dt>
                <dd>
                  <Price amount={order.total} testId="order-total" />
                </dd>
              </div>
              {order.codAmount > 0 ? (
                <div className={styles.codRow}>
                  <dt>{t("codAmount")}</dt>
                  <dd>
                    <Price amount={order.codAmount} testId="order-cod" />
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      <dl className={styles.grandTotals} data-testid="confirmation-totals">
        <div className={styles.grandRow}>
          <dt>{t("grandTotal")}</dt>
          <dd>
            <Price amount={checkout.total} testId="grand-total" />
          </dd>
        </div>
        {checkout.codTotal > 0 ? (
          <div>
            <dt>{t("codTotal")}</dt>
            <dd>
              <Price amount={checkout.codTotal} testId="cod-total" />
            </dd>
          </div>
        ) : null}
      </dl>
      {address ? (
        <div className={styles.shipTo}>
          <h2>{t("shipTo")}</h2>
          <AddressSummary
            name={address.name}
            phone={address.phone}
            line={address.line}
            communeName={address.communeName}
            provinceName={
              provinces.find(
                (province) => province.code === address.provinceCode
              )?.name
            }
          />
        </div>
      ) : null}
      <p>
        <Link href="/products" className="button">
          {t("keepShopping")}
        </Link>
      </p>
    </div>
  )
}
