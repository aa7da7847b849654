import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { Link } from "@/i18n/navigation"
import { getCart, listPaymentMethods } from "@/lib/data/cart"
import { stripePublishableKey } from "@/lib/data/config"
import { getCustomer } from "@/lib/data/customer"
import { listCommunes, listProvinces } from "@/lib/data/places"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"
import type { ContactInput } from "@/modules/checkout/validate"
import type { Cart } from "@/types/cart"

/**
 * What the address form starts with: the cart's own address, else a signed-in buyer's e-mail,
 * name, phone and default address from their address book.
 */
const contactPrefill = async (cart: Cart): Promise<Partial<ContactInput>> => {
  const customer =
    cart.email && cart.address
      ? undefined
      : await getCustomer().catch(() => undefined)
  const book =
    customer?.addresses.find(
      (entry) => entry.isDefaultShipping && entry.communeCode
    ) ?? customer?.addresses.find((entry) => entry.communeCode)
  const address = cart.address ?? book
  return {
    email: cart.email ?? customer?.email,
    name: address?.name ?? customer?.name,
    phone: address?.phone || customer?.phone,
    province_code: address?.provinceCode,
    commune_code: address?.communeCode,
    address_1: address?.line,
  }
}

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
  const prefill = await contactPrefill(cart)
  const [provinces, communes, payments] = await Promise.all([
    listProvinces(locale),
    prefill.province_code ? listCommunes(prefill.province_code, locale) : [],
    listPaymentMethods(cart.regionId),
  ])
  return (
    <CheckoutTemplate
      cart={cart}
      delivery={delivery}
      provinces={provinces}
      communes={communes}
      payments={payments}
      {...(payments.some((method) => method.kind === "card")
        ? { stripeKey: stripePublishableKey() }
        : {})}
      prefill={prefill}
      editingAddress={query.edit === "address"}
    />
  )
}
