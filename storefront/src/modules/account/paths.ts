/**
 * Links to the account pages that carry an id. Their paths differ by language
 * (/tai-khoan/don-hang/… and /en/account/orders/…, see src/i18n/routing.ts), so next-intl's Link
 * needs the route and its params rather than a finished path.
 */
const withParams = (
  pathname: string,
  params: Record<string, string>
): { pathname: string } => {
  const href = { pathname, params }
  return href
}

export const orderHref = (id: string) =>
  withParams("/account/orders/[id]", { id })

export const editAddressHref = (id: string) =>
  withParams("/account/addresses/[id]", { id })
