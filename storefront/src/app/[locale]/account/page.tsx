import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listOrders } from "@/lib/data/customer"
import { listProvinces } from "@/lib/data/places"
import accountStyles from "@/modules/account/components/account.module.css"
import { AccountShell } from "@/modules/account/components/account-shell"
import { AddressText } from "@/modules/account/components/address-card"
import { OrderList } from "@/modules/account/components/order-list"
import { ProfileForm } from "@/modules/account/components/profile-form"
import { requireCustomer } from "@/modules/account/session"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = { params: Promise<{ locale: string }> }

const RECENT_ORDERS = 3

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: { absolute: t("title") } }
}

export default async function AccountPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const customer = await requireCustomer("/account")
  const t = await getTranslations("account")
  const defaultAddress = customer.addresses.find(
    (address) => address.isDefaultShipping
  )
  const [provinces, { orders }] = await Promise.all([
    defaultAddress ? listProvinces(locale) : [],
    listOrders({ page: 1 }),
  ])
  const recent = orders.slice(0, RECENT_ORDERS)
  return (
    <AccountShell customer={customer}>
      <h1>{t("title")}</h1>
      <div className={accountStyles.sections}>
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t("profile.title")}</h2>
          <ProfileForm
            email={customer.email}
            name={customer.name}
            phone={customer.phone}
          />
        </section>
        <section aria-labelledby="address-heading" className={styles.card}>
          <h2 id="address-heading">{t("address.defaultHeading")}</h2>
          {defaultAddress ? (
            <AddressText
              address={defaultAddress}
              provinceName={
                provinces.find(
                  (province) => province.code === defaultAddress.provinceCode
                )?.name
              }
            />
          ) : (
            <p>{t("address.empty")}</p>
          )}
          <p>
            <Link href="/account/addresses">{t("address.manage")}</Link>
          </p>
        </section>
        <section aria-labelledby="orders-heading">
          <h2 id="orders-heading">{t("orders.recent")}</h2>
          {recent.length > 0 ? (
            <>
              <OrderList orders={recent} />
              <Link href="/account/orders">{t("orders.all")}</Link>
            </>
          ) : (
            <p>
              {t("orders.empty")}{" "}
              <Link href="/products">{t("orders.browse")}</Link>
            </p>
          )}
        </section>
      </div>
    </AccountShell>
  )
}
