import { getTranslations } from "next-intl/server"
import { Suspense } from "react"

import { Link } from "@/i18n/navigation"
import { getCartCount } from "@/lib/data/cart"

import { CART_PATH } from "../paths"

type CartLinkProps = { className?: string; countClassName?: string }

const CartLinkView = async ({
  className,
  countClassName,
  count,
}: CartLinkProps & { count?: number }) => {
  const t = await getTranslations("cart")
  return (
    <Link
      href={CART_PATH}
      className={className}
      aria-label={count ? t("headerLinkLabel", { count }) : t("headerLink")}
      data-testid="cart-link"
    >
      {t("headerLink")}
      {count ? (
        <span className={countClassName} data-testid="cart-count">
          {count}
        </span>
      ) : null}
    </Link>
  )
}

const CartLinkWithCount = async (props: CartLinkProps) => (
  <CartLinkView {...props} count={await getCartCount()} />
)

/**
 * The header's link to the cart with how many items are in it. The count is read per request
 * (the cart is the buyer's own, never cached) and streamed in, so the page never waits on it.
 */
export const CartLink = (props: CartLinkProps) => (
  <Suspense fallback={<CartLinkView {...props} />}>
    <CartLinkWithCount {...props} />
  </Suspense>
)
