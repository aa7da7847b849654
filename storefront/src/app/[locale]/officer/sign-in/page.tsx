import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getOfficerSession } from "@/lib/data/officer"
import styles from "@/modules/seller/components/seller.module.css"
import { OfficerSignInForm } from "@/modules/officer/components/sign-in-form"
import { safeNext } from "@/modules/officer/session"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "officer.signIn" })
  return { title: t("title") }
}

export default async function OfficerSignInPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const { next } = await searchParams
  const target =
    typeof next === "string" ? safeNext(next.slice(0, 300)) : "/officer"
  // Already signed in: straight on.
  if (await getOfficerSession().catch(() => undefined)) {
    redirect({ href: target, locale })
  }
  const t = await getTranslations("officer.signIn")
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <OfficerSignInForm next={target} />
    </div>
  )
}
