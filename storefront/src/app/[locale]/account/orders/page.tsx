import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listOrders, ORDERS_PER_PAGE } from "@/lib/data/customer"
import { pageCount, pageFromQuery } from "@/lib/util/pagination"
import { AccountShell } from "@/modules/account/components/account-shell"
import { OrderList } from "@/modules/account/components/order-list"
import { requireCustomer } from "@/modules/account/session"
import { Pagination } from "@/modules/common/components/pagination"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.orders" })
  return { title: t("title") }
}

export default async function OrdersPage({ params, searchParams }: PageProps) {
  await readLocale(params)
  const customer = await requireCustomer("/account/orders")
  const t = await getTranslations("account.orders")
  const { page } = await searchParams
  const pageNumber = pageFromQuery(page)
  const { orders, count } = await listOrders({ page: pageNumber })
  return (
    <AccountShell customer={customer}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {orders.length === 0 ? (
        <p data-testid="orders-empty">
          {t("empty")} <Link href="/products">{t("browse")}</Link>
        </p>
      ) : (
        <OrderList orders={orders} />
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount(count, ORDERS_PER_PAGE)}
        hrefFor={(number) => {
          const query: Record<string, string> =
            number > 1 ? { page: String(number) } : {}
          return { pathname: "/account/orders", query }
        }}
      />
    </AccountShell>
  )
}
