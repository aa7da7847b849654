import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { ImportForm } from "@/modules/seller/components/import-form"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.import" })
  return { title: t("title") }
}

export default async function SellerImportPage({ params }: PageProps) {
  await readLocale(params)
  const me = await requireSeller("/seller/products/import")
  const t = await getTranslations("seller")
  return (
    <PortalShell me={me}>
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <p>
        {/* A file download through our own server, which adds the seller's token. */}
        <a
          href="/api/seller/product-imports/template"
          download
          className={styles.secondary}
        >
          {t("import.template")}
        </a>
      </p>
      {me.cooperative.status === "active" ? (
        <ImportForm />
      ) : (
        <p className={styles.notice}>{t("products.notActive")}</p>
      )}
    </PortalShell>
  )
}
