import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { getPathname } from "@/i18n/navigation"
import { getCooperative } from "@/lib/data/cooperatives"
import { getPlace } from "@/lib/data/places"
import { getProductByHandle } from "@/lib/data/products"
import { productJsonLd, serializeJsonLd } from "@/lib/util/json-ld"
import { requestOrigin } from "@/lib/util/request-origin"
import { truncate } from "@/lib/util/text"
import { ProductTemplate } from "@/modules/products/templates/product-template"

type ProductPageProps = {
  params: Promise<{ locale: string; handle: string }>
}

const DESCRIPTION_LENGTH = 160

export async function generateMetadata({
  params,
}: ProductPageProps): Promise<Metadata> {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    const t = await getTranslations({ locale, namespace: "notFound" })
    return { title: t("title") }
  }
  const description = truncate(
    product.subtitle ?? product.description ?? product.title,
    DESCRIPTION_LENGTH
  )
  const image = product.images[0]
  return {
    title: product.title,
    description,
    openGraph: {
      title: product.title,
      description,
      type: "website",
      locale: locale === "vi" ? "vi_VN" : "en_GB",
      ...(image
        ? {
            images: [
              {
                url: image.url,
                width: image.width,
                height: image.height,
                alt: image.alt,
              },
            ],
          }
        : product.thumbnail
          ? { images: [{ url: product.thumbnail, alt: product.title }] }
          : {}),
    },
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const [locale, { handle }] = await Promise.all([readLocale(params), params])
  const product = await getProductByHandle(handle, locale)
  if (!product) {
    notFound()
  }
  const [cooperative, place, origin] = await Promise.all([
    product.cooperative
      ? getCooperative(product.cooperative.handle, locale)
      : undefined,
    product.origin ? getPlace(product.origin.communeCode, locale) : undefined,
    requestOrigin(),
  ])
  const pageUrl = `${origin}${getPathname({
    href: `/products/${encodeURIComponent(product.handle)}`,
    locale,
  })}`
  const jsonLd = productJsonLd({
    product,
    url: pageUrl,
    imageUrls: product.images.length
      ? product.images.map((image) => image.url)
      : product.thumbnail
        ? [product.thumbnail]
        : [],
    ...(product.cooperative
      ? {
          cooperative: {
            name: product.cooperative.name,
            url: `${origin}${getPathname({
              href: `/cooperatives/${encodeURIComponent(product.cooperative.handle)}`,
              locale,
            })}`,
          },
        }
      : {}),
  })
  return (
    <ProductTemplate
      product={product}
      place={place}
      ethnicGroups={cooperative?.ethnicGroups ?? []}
      cooperativeProducts={cooperative?.products ?? []}
      qrUrl={`${pageUrl}#origin`}
      jsonLd={serializeJsonLd(jsonLd)}
    />
  )
}
