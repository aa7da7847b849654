import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import {
  listCommunes,
  listEthnicGroups,
  listProvinces,
} from "@/lib/data/places"
import { ApplyForm } from "@/modules/seller/components/apply-form"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import { requireSeller } from "@/modules/seller/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller" })
  return { title: t("profileTitle") }
}

export default async function SellerProfilePage({ params }: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/profile")
  const t = await getTranslations("seller")
  const [provinces, ethnicGroups, communes] = await Promise.all([
    listProvinces(locale),
    listEthnicGroups(locale),
    listCommunes(me.cooperative.province_code, locale),
  ])
  return (
    <PortalShell me={me}>
      <h1>{t("profileTitle")}</h1>
      <ApplyForm
        provinces={provinces.map(({ code, name }) => ({ code, name }))}
        ethnicGroups={ethnicGroups}
        cooperative={me.cooperative}
        communes={communes}
      />
    </PortalShell>
  )
}
