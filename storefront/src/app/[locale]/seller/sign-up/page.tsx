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
  const t = await getTranslations({ locale, namespace: "seller.signUp" })
  return { title: t("title") }
}

export default async function SellerSignUpPage({
  params,
  searchParams,
}: PageProps) {
  await readLocale(params)
  const t = await getTranslations("seller.signUp")
  const { next } = await searchParams
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuthForm
        kind="signUp"
        next={typeof next === "string" ? next.slice(0, 200) : undefined}
      />
      <p>
        {t("haveAccount")} <Link href="/seller/sign-in">{t("signInLink")}</Link>
      </p>
    </div>
  )
}
