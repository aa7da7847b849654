import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getSalesSummary, listDocuments } from "@/lib/data/seller"
import { formatVnd } from "@/lib/util/money"
import { DocumentsForm } from "@/modules/seller/components/documents-form"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import { SalesChart } from "@/modules/seller/components/sales-chart"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.home" })
  return { title: t("title") }
}

export default async function SellerHomePage({ params }: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller")
  const t = await getTranslations("seller")
  const { cooperative } = me
  const reason = cooperative.status_reason ?? t("status.noReason")
  const active = cooperative.status === "active"
  const [summary, documents] = await Promise.all([
    active ? getSalesSummary() : undefined,
    active ? [] : listDocuments(cooperative.id),
  ])
  return (
    <PortalShell me={me}>
      <h1>{t("home.welcome", { name: me.member.name })}</h1>
      <section className={styles.card} aria-labelledby="status-heading">
        <h2 id="status-heading">{t("status.heading")}</h2>
        <p data-testid="status-body">
          {cooperative.status === "pending" && t("status.pendingBody")}
          {cooperative.status === "active" && t("status.activeBody")}
          {cooperative.status === "rejected" &&
            t("status.rejectedBody", { reason })}
          {cooperative.status === "suspended" &&
            t("status.suspendedBody", { reason })}
        </p>
        {!active && (
          <>
            <h3>{t("status.documents")}</h3>
            {documents.length === 0 ? (
              <p className={styles.meta}>{t("status.documentsNone")}</p>
            ) : (
              <ul data-testid="documents">
                {documents.map((document) => (
                  <li key={document.id}>
                    {document.filename} ({Math.ceil(document.size / 1024)} KB)
                  </li>
                ))}
              </ul>
            )}
            {["pending", "rejected"].includes(cooperative.status) && (
              <DocumentsForm cooperativeId={cooperative.id} />
            )}
          </>
        )}
        {active && (
          <div className={styles.actions}>
            <Link href="/seller/products/new" className={styles.button}>
              {t("home.addProduct")}
            </Link>
            <Link href="/seller/orders" className={styles.secondary}>
              {t("home.viewOrders")}
            </Link>
          </div>
        )}
      </section>
      {summary && (
        <>
          <div className={styles.stats}>
            <div className={styles.stat}>
              <p className={styles.statValue} data-testid="to-pack">
                {summary.to_pack}
              </p>
              <Link href="/seller/orders?status=to_pack">
                {t("home.toPack")}
              </Link>
            </div>
          </div>
          <section className={styles.card} aria-labelledby="revenue-heading">
            <h2 id="revenue-heading">{t("home.revenueHeading")}</h2>
            <p className={styles.hint}>{t("home.revenueNote")}</p>
            <SalesChart months={summary.revenue_by_month} locale={locale} />
            <p>
              <strong>
                {formatVnd(
                  summary.revenue_by_month.reduce(
                    (sum, month) => sum + month.revenue,
                    0
                  )
                )}
              </strong>{" "}
              ·{" "}
              {t("home.ordersCount", {
                count: summary.revenue_by_month.reduce(
                  (sum, month) => sum + month.orders,
                  0
                ),
              })}
            </p>
          </section>
          <section className={styles.card} aria-labelledby="top-heading">
            <h2 id="top-heading">{t("home.topProducts")}</h2>
            {summary.top_products.length === 0 ? (
              <p>{t("home.noSales")}</p>
            ) : (
              <table className={styles.table}>
                <tbody>
                  {summary.top_products.map((product) => (
                    <tr key={product.product_id}>
                      <td>
                        {product.title}
                        <br />
                        <span className={styles.meta}>
                          {t("home.sold", { count: product.quantity })}
                        </span>
                      </td>
                      <td>{formatVnd(product.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </PortalShell>
  )
}
