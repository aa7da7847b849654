import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listProvinces } from "@/lib/data/places"
import accountStyles from "@/modules/account/components/account.module.css"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressCard } from "@/modules/account/components/address-card"
import { requireCustomer } from "@/modules/account/session"
import { FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ saved?: string | string[] }>
}

const SAVED = {
  added: "added",
  updated: "updated",
  deleted: "deleted",
  default: "defaultSet",
} as const

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.address" })
  return { title: t("title") }
}

export default async function AddressesPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const customer = await requireCustomer("/account/addresses")
  const [t, provinces, { saved }] = await Promise.all([
    getTranslations("account.address"),
    listProvinces(locale),
    searchParams,
  ])
  const savedKey =
    typeof saved === "string" && saved in SAVED
      ? SAVED[saved as keyof typeof SAVED]
      : undefined
  const provinceName = (code: string) =>
    provinces.find((province) => province.code === code)?.name
  return (
    <AccountShell customer={customer}>
      <div className={accountStyles.header}>
        <h1>{t("title")}</h1>
        <Link
          href="/account/addresses/new"
          className={styles.secondary}
          data-testid="address-add"
        >
          {t("add")}
        </Link>
      </div>
      <p>{t("intro")}</p>
      <FormMessage message={savedKey ? t(savedKey) : undefined} ok />
      {customer.addresses.length === 0 ? (
        <p data-testid="addresses-empty">{t("empty")}</p>
      ) : (
        <ul className={accountStyles.addresses} data-testid="addresses">
          {customer.addresses.map((address) => (
            <AddressCard
              key={address.id}
              address={address}
              provinceName={provinceName(address.provinceCode)}
            />
          ))}
        </ul>
      )}
    </AccountShell>
  )
}
