import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { getCart } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

type CartPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: CartPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "cart" })
  // The buyer's own cart: nothing for search engines.
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** /gio-hang, /en/cart: the buyer's cart, read afresh on every request (it is in a cookie). */
export default async function CartPage({ params }: CartPageProps) {
  const locale = await readLocale(params)
  const view = await getCart(locale)
  return <CartTemplate cart={view?.cart} />
}
