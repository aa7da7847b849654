import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { Link } from "@/i18n/navigation"
import { getCart, listPaymentMethods } from "@/lib/data/cart"
import { listCommunes, listProvinces } from "@/lib/data/places"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type CheckoutPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({
  params,
}: CheckoutPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** /thanh-toan, /en/checkout: the buyer's own cart, read afresh on every request. */
export default async function CheckoutPage({
  params,
  searchParams,
}: CheckoutPageProps) {
  const locale = await readLocale(params)
  const [view, query] = await Promise.all([
    getCart(locale, { delivery: true }),
    searchParams,
  ])
  if (!view || view.cart.groups.length === 0) {
    const t = await getTranslations("checkout")
    return (
      <div className="message-page" data-testid="checkout-empty">
        <h1>{t("title")}</h1>
        <p>{t("emptyCart")}</p>
        <Link href="/products" className="button">
          {(await getTranslations("cart"))("browse")}
        </Link>
      </div>
    )
  }
  const { cart, delivery } = view
  const [provinces, communes, payments] = await Promise.all([
    listProvinces(locale),
    cart.address ? listCommunes(cart.address.provinceCode, locale) : [],
    listPaymentMethods(cart.regionId),
  ])
  return (
    <CheckoutTemplate
      cart={cart}
      delivery={delivery}
      provinces={provinces}
      communes={communes}
      payments={payments}
      editingAddress={query.edit === "address"}
    />
  )
}
