/**
 * The buying pages' paths as the app's folders name them. next-intl shows them in the page's
 * language (/gio-hang, /thanh-toan, /dat-hang/…; /en/cart, /en/checkout, /en/order-confirmed/…;
 * see src/i18n/routing.ts): give these to its Link and redirect, never a localized path.
 */
export const CART_PATH = "/cart"

export const CHECKOUT_PATH = "/checkout"

/** Where a placed checkout's orders are shown. */
export const confirmationHref = (checkoutId: string) => ({
  pathname: "/order-confirmed/[id]",
  params: { id: checkoutId },
})
