import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { getCooperative } from "@/lib/data/cooperatives"
import { truncate } from "@/lib/util/text"
import { CooperativeTemplate } from "@/modules/cooperatives/templates/cooperative-template"

type CooperativePageProps = {
  params: Promise<{ locale: string; handle: string }>
}

const DESCRIPTION_LENGTH = 160

export async function generateMetadata({
  params,
}: CooperativePageProps): Promise<Metadata> {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const cooperative = await getCooperative(handle, locale)
  if (!cooperative) {
    const t = await getTranslations({ locale, namespace: "notFound" })
    return { title: t("title") }
  }
  const description = truncate(cooperative.story, DESCRIPTION_LENGTH)
  const cover = cooperative.cover
  return {
    title: cooperative.name,
    description,
    openGraph: {
      title: cooperative.name,
      description,
      type: "website",
      ...(cover
        ? {
            images: [
              {
                url: cover.url,
                width: cover.width,
                height: cover.height,
                alt: cover.alt,
              },
            ],
          }
        : {}),
    },
  }
}

export default async function CooperativePage({
  params,
}: CooperativePageProps) {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const cooperative = await getCooperative(handle, locale)
  if (!cooperative) {
    notFound()
  }
  return <CooperativeTemplate cooperative={cooperative} />
}
