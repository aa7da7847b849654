import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { formatVnd } from "@/lib/util/money"
import { Price } from "@/modules/common/components/price"
import type { CartGroup, CartLine } from "@/types/cart"

import styles from "./cart.module.css"
import { LineControls } from "./line-controls"

/** Whether a line asks for more than the store has (0 left: sold out). */
export const lineShort = (line: CartLine): boolean =>
  line.available !== undefined && line.available < line.quantity

const StockWarning = async ({ line }: { line: CartLine }) => {
  if (!lineShort(line)) {
    return null
  }
  const t = await getTranslations("cart")
  return (
    <p className={styles.stockWarning} data-testid="line-stock">
      {line.available === 0
        ? t("soldOut")
        : t("onlyLeft", { count: line.available ?? 0 })}
    </p>
  )
}

/** The cooperative's name, a link to its page when the backend gave its handle. */
export const CooperativeName = async ({
  cooperative,
}: {
  cooperative: CartGroup["cooperative"]
}) => {
  const t = await getTranslations("cart")
  const name = cooperative.name || t("unknownCooperative")
  return cooperative.handle ? (
    <Link
      href={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}
      data-testid="group-cooperative"
    >
      {name}
    </Link>
  ) : (
    <span data-testid="group-cooperative">{name}</span>
  )
}

/**
 * One cooperative's parcel in the cart: its lines (editable, or not on the checkout's review),
 * what they cost, and the parcel's shipping once chosen.
 */
export const CartGroupCard = async ({
  group,
  editable,
  children,
}: {
  group: CartGroup
  editable: boolean
  /** Shown under the lines, before the group's amounts (the checkout's delivery choice). */
  children?: ReactNode
}) => {
  const t = await getTranslations("cart")
  return (
    <section
      className={styles.group}
      data-testid="cart-group"
      data-cooperative={group.cooperative.id}
      aria-label={group.cooperative.name || t("unknownCooperative")}
    >
      <h2 className={styles.groupHeading}>
        <span className={styles.parcelFrom}>{t("parcelFrom")}</span>{" "}
        <CooperativeName cooperative={group.cooperative} />
      </h2>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <li key={line.id} className={styles.line} data-testid="cart-line">
            <div className={styles.lineMain}>
              <p className={styles.lineTitle}>
                {line.productHandle ? (
                  <Link
                    href={`/products/${encodeURIComponent(line.productHandle)}`}
                    data-testid="line-title"
                  >
                    {line.title}
                  </Link>
                ) : (
                  <span data-testid="line-title">{line.title}</span>
                )}
              </p>
              {line.variantTitle ? (
                <p className={styles.lineVariant}>{line.variantTitle}</p>
              ) : null}
              <p className={styles.lineUnit}>
                {t.rich("unitPrice", {
                  amount: formatVnd(line.unitPrice),
                  price: (chunks) => (
                    <span className={styles.nowrap}>{chunks}</span>
                  ),
                })}
                {editable ? null : (
                  <span className={styles.lineTimes}> × {line.quantity}</span>
                )}
              </p>
              <StockWarning line={line} />
            </div>
            {editable ? (
              <LineControls
                lineId={line.id}
                quantity={line.quantity}
                product={line.title}
              />
            ) : null}
            <Price
              amount={line.total}
              className={styles.lineTotal}
              testId="line-total"
            />
          </li>
        ))}
      </ul>
      {children}
      <dl className={styles.amounts}>
        <div>
          <dt>{t("subtotal")}</dt>
          <dd>
            <Price amount={group.subtotal} testId="group-subtotal" />
          </dd>
        </div>
        <div>
          <dt>{t("shipping")}</dt>
          <dd>
            {group.delivery ? (
              <Price amount={group.delivery.amount} testId="group-shipping" />
            ) : (
              <span className={styles.later}>{t("shippingLater")}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
