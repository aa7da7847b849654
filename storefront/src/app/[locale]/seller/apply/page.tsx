import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listEthnicGroups, listProvinces } from "@/lib/data/places"
import { getSellerSession } from "@/lib/data/seller"
import { ApplyForm } from "@/modules/seller/components/apply-form"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.apply" })
  return { title: t("title") }
}

export default async function SellerApplyPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const session = await getSellerSession()
  if (session === undefined) {
    redirect({
      href: { pathname: "/seller/sign-up", query: { next: "/seller/apply" } },
      locale,
    })
  } else if (session !== "unassigned") {
    // Already a member of a cooperative: its status page says where the application stands.
    redirect({ href: "/seller", locale })
  }
  const t = await getTranslations("seller.apply")
  const [provinces, ethnicGroups] = await Promise.all([
    listProvinces(locale),
    listEthnicGroups(locale),
  ])
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ApplyForm
        provinces={provinces.map((province) => ({
          code: province.code,
          name: province.name,
        }))}
        ethnicGroups={ethnicGroups}
      />
    </div>
  )
}
