import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { getCatalogueFacets } from "@/lib/data/catalogue"
import { listEthnicGroups } from "@/lib/data/places"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import { ProductForm } from "@/modules/seller/components/product-form"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.productForm" })
  return { title: t("newTitle") }
}

export default async function NewSellerProductPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/products/new")
  const t = await getTranslations("seller")
  const [facets, ethnicGroups] = await Promise.all([
    getCatalogueFacets(locale),
    listEthnicGroups(locale),
  ])
  const firstGroup = me.cooperative.ethnic_groups[0]
  return (
    <PortalShell me={me}>
      <h1>{t("productForm.newTitle")}</h1>
      {me.cooperative.status !== "active" ? (
        <p className={styles.notice}>{t("products.notActive")}</p>
      ) : (
        <ProductForm
          categories={facets.categories.map((category) => ({
            code: category.value,
            name: category.name,
          }))}
          ethnicGroups={ethnicGroups}
          communeCode={me.cooperative.commune_code}
          defaultEthnicGroup={
            typeof firstGroup === "string" ? firstGroup : firstGroup?.code
          }
        />
      )}
    </PortalShell>
  )
}
