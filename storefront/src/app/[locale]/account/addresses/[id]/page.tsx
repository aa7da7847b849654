import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { listCommunes, listProvinces } from "@/lib/data/places"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressForm } from "@/modules/account/components/address-form"
import { requireCustomer } from "@/modules/account/session"

type PageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.address" })
  return { title: t("editTitle") }
}

export default async function EditAddressPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const { id } = await params
  const customer = await requireCustomer(
    `/account/addresses/${encodeURIComponent(id)}`
  )
  const address = customer.addresses.find((entry) => entry.id === id)
  if (!address) {
    notFound()
  }
  const [t, provinces, communes] = await Promise.all([
    getTranslations("account.address"),
    listProvinces(locale),
    listCommunes(address.provinceCode, locale),
  ])
  return (
    <AccountShell customer={customer}>
      <h1>{t("editTitle")}</h1>
      <AddressForm
        provinces={provinces.map(({ code, name }) => ({ code, name }))}
        communes={communes}
        address={address}
      />
    </AccountShell>
  )
}
