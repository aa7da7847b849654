import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { listProvinces } from "@/lib/data/places"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressForm } from "@/modules/account/components/address-form"
import { requireCustomer } from "@/modules/account/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.address" })
  return { title: t("addTitle") }
}

export default async function NewAddressPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const customer = await requireCustomer("/account/addresses/new")
  const [t, provinces] = await Promise.all([
    getTranslations("account.address"),
    listProvinces(locale),
  ])
  return (
    <AccountShell customer={customer}>
      <h1>{t("addTitle")}</h1>
      <AddressForm
        provinces={provinces.map(({ code, name }) => ({ code, name }))}
        communes={[]}
      />
    </AccountShell>
  )
}
