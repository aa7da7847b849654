import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Cart } from "@/types/cart"

import { BuyingMessages } from "../components/buying-messages"
import { CartGroupCard, lineShort } from "../components/cart-group"
import { CartTotals } from "../components/cart-totals"
import styles from "../components/cart.module.css"
import { CHECKOUT_PATH } from "../paths"

/** The cart page: a parcel per cooperative, the totals, and the way to checkout. */
export const CartTemplate = async ({ cart }: { cart?: Cart }) => {
  const t = await getTranslations("cart")
  if (!cart || cart.groups.length === 0) {
    return (
      <div className="message-page" data-testid="cart-empty">
        <h1>{t("title")}</h1>
        <p>{t("empty")}</p>
        <p>{t("emptyHint")}</p>
        <Link href="/products" className="button">
          {t("browse")}
        </Link>
      </div>
    )
  }
  const short = cart.groups.some((group) => group.lines.some(lineShort))
  return (
    <BuyingMessages>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      <div className={styles.layout}>
        <div className={styles.groups}>
          {cart.groups.map((group) => (
            <CartGroupCard key={group.cooperative.id} group={group} editable />
          ))}
        </div>
        <aside className={styles.side}>
          <CartTotals cart={cart}>
            {short ? (
              <p className={styles.stockWarning} role="alert">
                {t("fixStock")}
              </p>
            ) : (
              <Link
                href={CHECKOUT_PATH}
                className={styles.checkoutLink}
                data-testid="go-to-checkout"
              >
                {t("checkout")}
              </Link>
            )}
          </CartTotals>
        </aside>
      </div>
    </BuyingMessages>
  )
}
