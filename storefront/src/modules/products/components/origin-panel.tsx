import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatSeason } from "@/lib/util/months"
import { paragraphs } from "@/lib/util/text"
import { CertificateList } from "@/modules/common/components/certificate-list"
import type { EthnicGroup, Place } from "@/types/cooperative"
import type { ProductOrigin } from "@/types/product"

import styles from "./origin-panel.module.css"
import { SeasonStrip } from "./season-strip"
import { TraceabilityQr } from "./traceability-qr"

type OriginPanelProps = {
  origin: ProductOrigin
  cooperative?: { handle: string; name: string }
  /** The origin's commune and province by name, when the backend knows the code. */
  place?: Place
  /** The cooperative's ethnic groups, which name the origin's one. */
  ethnicGroups: EthnicGroup[]
  /** What the QR code opens: the absolute address of this section. */
  qrUrl: string
}

/** Where the product comes from, who grows it, when, and under which certificates. */
export const OriginPanel = async ({
  origin,
  cooperative,
  place,
  ethnicGroups,
  qrUrl,
}: OriginPanelProps) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("product"),
  ])
  const ethnicGroup =
    ethnicGroups.find((group) => group.code === origin.ethnicGroupCode)?.name ??
    origin.ethnicGroupCode
  return (
    <section
      id="origin"
      className={styles.panel}
      aria-labelledby="origin-heading"
      data-testid="origin-panel"
    >
      <h2 id="origin-heading">{t("originHeading")}</h2>
      <div className={styles.top}>
        <dl className={styles.facts}>
          {cooperative ? (
            <div>
              <dt>{t("originCooperative")}</dt>
              <dd>
                <Link
                  href={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}
                  data-testid="origin-cooperative"
                >
                  {cooperative.name}
                </Link>
              </dd>
            </div>
          ) : null}
          {place ? (
            <div>
              <dt>{t("originPlace")}</dt>
              <dd data-testid="origin-place">
                {place.communeName}, {place.provinceName}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("originEthnicGroup")}</dt>
            <dd data-testid="origin-ethnic-group">{ethnicGroup}</dd>
          </div>
          {origin.harvestMonths.length > 0 ? (
            <div>
              <dt>{t("originSeason")}</dt>
              <dd data-testid="origin-season">
                {formatSeason(origin.harvestMonths, locale)}
                <SeasonStrip months={origin.harvestMonths} />
              </dd>
            </div>
          ) : null}
        </dl>
        <TraceabilityQr url={qrUrl} code={origin.traceabilityCode} />
      </div>
      {origin.story ? (
        <>
          <h3 className={styles.subheading}>{t("originStory")}</h3>
          <div className={styles.story} data-testid="origin-story">
            {paragraphs(origin.story).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </>
      ) : null}
      {origin.producerQuote ? (
        <figure className={styles.quote} data-testid="producer-quote">
          <blockquote>{origin.producerQuote}</blockquote>
          {origin.producerName ? (
            <figcaption>
              {t("quoteBy", { name: origin.producerName })}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {origin.certifications.length > 0 ? (
        <>
          <h3 className={styles.subheading}>{t("originCertifications")}</h3>
          <CertificateList certifications={origin.certifications} />
        </>
      ) : null}
    </section>
  )
}
