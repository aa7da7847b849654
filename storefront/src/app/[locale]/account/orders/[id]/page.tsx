import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { getOrder, getOrderTimeline } from "@/lib/data/customer"
import { listProvinces } from "@/lib/data/places"
import { AccountShell } from "@/modules/account/components/account-shell"
import { OrderDetail } from "@/modules/account/components/order-detail"
import { requireCustomer } from "@/modules/account/session"

type PageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.orders" })
  return { title: t("title") }
}

export default async function OrderPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const { id } = await params
  const customer = await requireCustomer(
    `/account/orders/${encodeURIComponent(id)}`
  )
  const [order, provinces, timeline] = await Promise.all([
    getOrder(id),
    listProvinces(locale),
    getOrderTimeline(id),
  ])
  if (!order) {
    notFound()
  }
  return (
    <AccountShell customer={customer}>
      <OrderDetail
        order={order}
        timeline={timeline}
        provinceName={
          provinces.find(
            (province) => province.code === order.shippingAddress?.provinceCode
          )?.name
        }
      />
    </AccountShell>
  )
}
