import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link, redirect } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getCustomer } from "@/lib/data/customer"
import { AuthForm } from "@/modules/account/components/auth-form"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account.signIn" })
  return { title: t("title") }
}

export default async function SignInPage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params)
  if (await getCustomer()) {
    redirect({ href: "/account", locale })
  }
  const t = await getTranslations("account.signIn")
  const { next } = await searchParams
  const nextPath = typeof next === "string" ? next.slice(0, 200) : undefined
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuthForm kind="signIn" next={nextPath} />
      <p>
        {t("noAccount")}{" "}
        <Link
          href={{
            pathname: "/account/register",
            query: nextPath ? { next: nextPath } : {},
          }}
          data-testid="register-link"
        >
          {t("registerLink")}
        </Link>
      </p>
    </div>
  )
}
