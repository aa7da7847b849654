import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getPlace } from "@/lib/data/places"
import { getSellerOrder, listShipmentEvents } from "@/lib/data/seller"
import { formatVnd } from "@/lib/util/money"
import { recordCodCollectedAction } from "@/modules/seller/actions"
import { FormMessage } from "@/modules/seller/components/field"
import {
  packingSlipHref,
  ParcelCard,
} from "@/modules/seller/components/parcel-card"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import styles from "@/modules/seller/components/seller.module.css"
import { ShipForm } from "@/modules/seller/components/ship-form"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { requireSeller } from "@/modules/seller/session"
import { formatWeight } from "@/modules/seller/shipping"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{
    shipped?: string | string[]
    recorded?: string | string[]
  }>
}

const TRACKING_NUMBER = /^[A-Z0-9]{1,64}$/i

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.orders" })
  return { title: t("title") }
}

export default async function SellerOrderPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const { id } = await params
  if (!/^[\w-]{1,100}$/.test(id)) {
    notFound()
  }
  const me = await requireSeller(`/seller/orders/${id}`)
  const order = await getSellerOrder(id)
  if (!order) {
    notFound()
  }
  const t = await getTranslations("seller.orders")
  const tSeller = await getTranslations("seller")
  const query = await searchParams
  const shipment = order.shipment
  const events = shipment ? await listShipmentEvents(order.id) : []
  const shipped =
    typeof query.shipped === "string" && TRACKING_NUMBER.test(query.shipped)
      ? query.shipped
      : undefined
  const readyToShip =
    !shipment &&
    order.status !== "canceled" &&
    (order.seller_status ?? "to_pack") === "to_pack"
  const address = order.shipping_address
  const place = address?.commune_code
    ? await getPlace(address.commune_code, locale)
    : undefined
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  })
  return (
    <PortalShell me={me}>
      <p>
        <Link href="/seller/orders">← {t("back")}</Link>
      </p>
      <h1>{t("number", { id: order.display_id })}</h1>
      <p className={styles.meta}>
        {t("placed", { date: date.format(new Date(order.created_at)) })}
      </p>
      {shipped && (
        <FormMessage ok message={tSeller("ship.done", { tracking: shipped })} />
      )}
      {query.recorded === "1" && (
        <FormMessage ok message={tSeller("parcel.recorded")} />
      )}
      {shipment && (
        <ParcelCard
          orderId={order.id}
          courierName={order.shipping?.name}
          shipment={shipment}
          events={events}
        />
      )}
      {readyToShip && (
        <ShipForm
          orderId={order.id}
          parcel={order.parcel}
          courierName={order.shipping?.name}
          weightText={
            order.parcel
              ? formatWeight(order.parcel.weight_g, locale)
              : undefined
          }
          packingSlipHref={packingSlipHref(order.id)}
        />
      )}
      <section className={styles.card}>
        <table className={styles.table}>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.title}
                  {item.variant_title ? ` · ${item.variant_title}` : ""}
                  <br />
                  <span className={styles.meta}>
                    {item.quantity} × {formatVnd(item.unit_price)}
                  </span>
                </td>
                <td>{formatVnd(item.total)}</td>
              </tr>
            ))}
            <tr>
              <td>{t("itemTotal")}</td>
              <td>{formatVnd(order.item_total)}</td>
            </tr>
            <tr>
              <td>{t("shipping")}</td>
              <td>{formatVnd(order.shipping_total)}</td>
            </tr>
            <tr>
              <th scope="row">{t("total")}</th>
              <td>
                <strong>{formatVnd(order.total)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      {order.payment_method === "cod" && (
        <section className={styles.card} data-testid="cod">
          <h2>{t("cod")}</h2>
          <p>{t("codDue", { amount: formatVnd(order.cod_amount) })}</p>
          {order.payment_status === "captured" ? (
            <p>
              <strong>{t("codCollected")}</strong>
            </p>
          ) : (
            order.status !== "canceled" && (
              <details>
                <summary>{t("codCollect")}</summary>
                <form action={recordCodCollectedAction} className={styles.form}>
                  <p>
                    {t("codCollectConfirm", {
                      amount: formatVnd(order.cod_amount),
                    })}
                  </p>
                  <input type="hidden" name="order_id" value={order.id} />
                  <SubmitButton
                    pendingLabel={tSeller("saving")}
                    testId="cod-collected"
                  >
                    {t("codCollect")}
                  </SubmitButton>
                </form>
              </details>
            )
          )}
        </section>
      )}
      {order.payment_method === "card" && (
        <section className={styles.card}>
          <p>{t("paidByCard")}</p>
        </section>
      )}
      {address && (
        <section className={styles.card} data-testid="deliver-to">
          <h2>{t("deliverTo")}</h2>
          <p>
            {[address.last_name, address.first_name].filter(Boolean).join(" ")}
            <br />
            {address.address_1}
            <br />
            {place
              ? `${place.communeName}, ${place.provinceName}`
              : [address.city, address.province].filter(Boolean).join(", ")}
          </p>
          {address.phone && (
            <p>
              {t("phone")}: <a href={`tel:${address.phone}`}>{address.phone}</a>
            </p>
          )}
        </section>
      )}
    </PortalShell>
  )
}
