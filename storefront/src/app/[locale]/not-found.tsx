import { getLocale, getTranslations } from "next-intl/server"

import { getPathname } from "@/i18n/navigation"
import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

export default async function NotFound() {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("notFound"),
  ])
  return (
    <NotFoundTemplate
      title={t("title")}
      body={t("body")}
      backHome={{
        href: getPathname({ href: "/", locale }),
        label: t("backHome"),
      }}
    />
  )
}
