import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { AuthForm } from "@/modules/seller/components/auth-forms"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.signIn" })
  return { title: t("title") }
}

export default async function SellerSignInPage({
  params,
  searchParams,
}: PageProps) {
  await readLocale(params)
  const t = await getTranslations("seller.signIn")
  const { next } = await searchParams
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuthForm
        kind="signIn"
        next={typeof next === "string" ? next.slice(0, 200) : undefined}
      />
      <p>
        {t("noAccount")} <Link href="/seller/sign-up">{t("signUpLink")}</Link>
      </p>
    </div>
  )
}
