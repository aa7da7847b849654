import { getTranslations } from "next-intl/server"

import { qrPath } from "@/lib/util/qr"

import styles from "./traceability-qr.module.css"

/** Quiet zone around the code, in modules: scanners need a light margin. */
const QUIET_ZONE = 2

type TraceabilityQrProps = {
  /** The absolute address the code opens: this product's origin section. */
  url: string
  code: string
}

/** A QR code drawn on the server as SVG, with the traceability code printed beside it. */
export const TraceabilityQr = async ({ url, code }: TraceabilityQrProps) => {
  const t = await getTranslations("product")
  const { size, d } = qrPath(url)
  const box = size + QUIET_ZONE * 2
  return (
    <div className={styles.box} data-testid="traceability">
      <div
        className={styles.code}
        role="img"
        aria-label={t("qrAlt", { url })}
        data-testid="traceability-qr"
        data-url={url}
      >
        <svg
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
          shapeRendering="crispEdges"
          aria-hidden="true"
          focusable="false"
        >
          <rect
            x={-QUIET_ZONE}
            y={-QUIET_ZONE}
            width={box}
            height={box}
            fill="#fff"
          />
          <path d={d} fill="#000" />
        </svg>
      </div>
      <div className={styles.text}>
        <h3 className={styles.heading}>{t("traceabilityHeading")}</h3>
        <p className={styles.label}>{t("traceabilityCode")}</p>
        <p className={styles.value} data-testid="traceability-code">
          {code}
        </p>
        <p className={styles.hint}>{t("qrHint")}</p>
      </div>
    </div>
  )
}
