import { getLocale, getTranslations } from "next-intl/server"

import { formatDate } from "@/lib/util/dates"
import { formatVnd } from "@/lib/util/money"
import { ParcelTimeline } from "@/modules/common/components/parcel-timeline"
import type { SellerShipment, ShipmentEvent } from "@/types/seller"

import { formatWeight, isFinalShipmentStatus } from "../shipping"
import styles from "./seller.module.css"
import { ShipmentEventForm } from "./shipment-event-form"

/** The PDFs come through the storefront, which adds the seller's token from its cookie. */
export const labelHref = (orderId: string): string =>
  `/api/seller/orders/${encodeURIComponent(orderId)}/label`

export const packingSlipHref = (orderId: string): string =>
  `/api/seller/orders/${encodeURIComponent(orderId)}/packing-slip`

/**
 * The order's parcel once the courier has it: who carries it, its tracking number, where it is,
 * the label to print, and its journey; for the table courier, a form to record that journey.
 */
export const ParcelCard = async ({
  orderId,
  courierName,
  shipment,
  events,
}: {
  orderId: string
  courierName?: string
  shipment: SellerShipment
  events: ShipmentEvent[]
}) => {
  const [t, tStatus, locale] = await Promise.all([
    getTranslations("seller.parcel"),
    getTranslations("parcelStatus"),
    getLocale(),
  ])
  return (
    <section
      className={styles.card}
      data-testid="parcel"
      aria-labelledby="parcel-heading"
    >
      <h2 id="parcel-heading">{t("heading")}</h2>
      <dl className={styles.facts}>
        <dt>{t("courier")}</dt>
        <dd>{courierName ?? shipment.courier}</dd>
        <dt>{t("tracking")}</dt>
        <dd>
          <strong className={styles.tracking} data-testid="tracking-number">
            {shipment.tracking_number}
          </strong>
        </dd>
        <dt>{t("status")}</dt>
        <dd data-testid="shipment-status">{tStatus(shipment.status)}</dd>
        {shipment.expected_delivery_at && (
          <>
            <dt>{t("expected")}</dt>
            <dd>{formatDate(shipment.expected_delivery_at, locale)}</dd>
          </>
        )}
        <dt>{t("weight")}</dt>
        <dd>{formatWeight(shipment.weight_g, locale)}</dd>
        {shipment.cod_amount > 0 && (
          <>
            <dt>{t("cod")}</dt>
            <dd>{formatVnd(shipment.cod_amount)}</dd>
          </>
        )}
      </dl>
      {shipment.pickup_id && <p className={styles.meta}>{t("pickup")}</p>}
      <p className={styles.actions}>
        <a
          href={labelHref(orderId)}
          download
          className={styles.button}
          data-testid="label-download"
        >
          {t("label")}
        </a>
        <a
          href={packingSlipHref(orderId)}
          download
          className={styles.secondary}
          data-testid="packing-slip"
        >
          {t("packingSlip")}
        </a>
      </p>
      <h3>{t("timeline")}</h3>
      {events.length > 0 ? (
        <ParcelTimeline
          testId="seller-timeline"
          steps={events.map((event) => ({
            status: event.status,
            occurredAt: event.occurred_at,
            note: event.note,
            manualLabel: event.source === "manual" ? t("manual") : undefined,
          }))}
        />
      ) : (
        <p className={styles.meta}>{t("noEvents")}</p>
      )}
      {shipment.manual_events && !isFinalShipmentStatus(shipment.status) && (
        <ShipmentEventForm orderId={orderId} />
      )}
    </section>
  )
}
