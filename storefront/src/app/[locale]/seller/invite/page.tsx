import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link, redirect } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getSellerSession } from "@/lib/data/seller"
import { AcceptInviteForm } from "@/modules/seller/components/invite-form"
import styles from "@/modules/seller/components/seller.module.css"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.invite" })
  return { title: t("title") }
}

export default async function SellerInvitePage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const t = await getTranslations("seller")
  const { token: raw } = await searchParams
  const token =
    typeof raw === "string" && /^[\w-]{10,200}$/.test(raw) ? raw : undefined
  const session = await getSellerSession()
  if (session && session !== "unassigned") {
    redirect({ href: "/seller", locale })
  }
  const back = token ? `/seller/invite?token=${token}` : "/seller/invite"
  return (
    <div className={styles.page}>
      <h1>{t("invite.title")}</h1>
      {!token ? (
        <p className={styles.notice}>{t("invite.invalid")}</p>
      ) : session === "unassigned" ? (
        <AcceptInviteForm token={token} />
      ) : (
        <>
          <p>{t("invite.intro")}</p>
          <p className={styles.actions}>
            <Link
              href={{ pathname: "/seller/sign-up", query: { next: back } }}
              className={styles.button}
            >
              {t("signUp.title")}
            </Link>
            <Link
              href={{ pathname: "/seller/sign-in", query: { next: back } }}
              className={styles.secondary}
            >
              {t("signIn.title")}
            </Link>
          </p>
        </>
      )}
    </div>
  )
}
