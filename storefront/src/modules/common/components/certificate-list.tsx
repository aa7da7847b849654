import { getLocale, getTranslations } from "next-intl/server"

import { formatDate, isoDateInVietnam } from "@/lib/util/dates"
import type { Certification } from "@/types/certification"

import styles from "./certificate-list.module.css"

const STATE_LABELS = {
  valid: "stateValid",
  expiring: "stateExpiring",
  expired: "stateExpired",
} as const

/** Certificates with their number, issuer, dates (in Vietnam) and whether they still hold. */
export const CertificateList = async ({
  certifications,
}: {
  certifications: Certification[]
}) => {
  const [locale, t, types] = await Promise.all([
    getLocale(),
    getTranslations("certificate"),
    getTranslations("certificationTypes"),
  ])
  return (
    <ul className={styles.list}>
      {certifications.map((certificate) => (
        <li
          key={certificate.id}
          className={styles.item}
          data-testid="certificate"
          data-state={certificate.state}
        >
          <div className={styles.head}>
            <span className={styles.name}>
              {types(certificate.type)}
              {certificate.ocopStars ? (
                <>
                  {" "}
                  <span aria-hidden="true">
                    {"★".repeat(certificate.ocopStars)}
                  </span>
                  <span className="visually-hidden">
                    {t("ocopStars", { stars: certificate.ocopStars })}
                  </span>
                </>
              ) : null}
            </span>
            <span
              className={`${styles.state} ${styles[certificate.state]}`}
              data-testid="certificate-state"
            >
              {t(STATE_LABELS[certificate.state])}
            </span>
          </div>
          <p className={styles.details}>
            <span>{t("number", { number: certificate.number })}</span>
            {certificate.issuer ? (
              <span>{t("issuedBy", { issuer: certificate.issuer })}</span>
            ) : null}
            <span>
              {t.rich("issued", {
                date: formatDate(certificate.issuedAt, locale),
                time: (chunks) => (
                  <time dateTime={isoDateInVietnam(certificate.issuedAt)}>
                    {chunks}
                  </time>
                ),
              })}
            </span>
            <span>
              {certificate.expiresAt
                ? t.rich(
                    certificate.state === "expired" ? "expired" : "expires",
                    {
                      date: formatDate(certificate.expiresAt, locale),
                      time: (chunks) => (
                        <time
                          dateTime={isoDateInVietnam(
                            certificate.expiresAt ?? ""
                          )}
                        >
                          {chunks}
                        </time>
                      ),
                    }
                  )
                : t("noExpiry")}
            </span>
          </p>
        </li>
      ))}
    </ul>
  )
}
