import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { getProductByHandle } from "@/lib/data/products"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type ProductPageProps = {
  params: Promise<{ locale: string; handle: string }>
}

export async function generateMetadata({
  params,
}: ProductPageProps): Promise<Metadata> {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    const t = await getTranslations({ locale, namespace: "notFound" })
    return { title: t("title") }
  }
  return { title: product.title, description: product.subtitle }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    notFound()
  }
  return <ProductTemplate product={product} />
}
