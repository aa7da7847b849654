import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getSellerProduct } from "@/lib/data/seller"
import { deleteProductAction } from "@/modules/seller/actions"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import { ProductForm } from "@/modules/seller/components/product-form"
import { ProductStatus } from "@/modules/seller/components/product-status"
import styles from "@/modules/seller/components/seller.module.css"
import { StockForm } from "@/modules/seller/components/stock-form"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { requireSeller } from "@/modules/seller/session"

type PageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ saved?: string }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.productForm" })
  return { title: t("editTitle") }
}

export default async function EditSellerProductPage({
  params,
  searchParams,
}: PageProps) {
  await readLocale(params)
  const { id } = await params
  if (!/^[\w-]{1,100}$/.test(id)) {
    notFound()
  }
  const me = await requireSeller(`/seller/products/${id}`)
  const product = await getSellerProduct(id)
  if (!product) {
    notFound()
  }
  const t = await getTranslations("seller")
  const { saved } = await searchParams
  return (
    <PortalShell me={me}>
      <h1>{product.title}</h1>
      <p className={styles.meta}>
        <ProductStatus status={product.status} />{" "}
        {product.origin &&
          t("productForm.traceability", {
            code: product.origin.traceability_code,
          })}
      </p>
      {saved && (
        <p className={styles.success} role="status">
          {t("saved")}
        </p>
      )}
      {product.status === "proposed" && (
        <p className={styles.notice}>{t("productForm.proposedNote")}</p>
      )}
      {product.status === "published" && (
        <p>
          <Link href={`/products/${product.handle}`}>
            {t("productForm.viewInStore")}
          </Link>
        </p>
      )}
      <StockForm product={product} />
      <h2>{t("productForm.editTitle")}</h2>
      <ProductForm
        product={product}
        categories={[]}
        ethnicGroups={[]}
        communeCode={
          product.origin?.commune_code ?? me.cooperative.commune_code
        }
      />
      <details className={styles.card}>
        <summary>{t("productForm.delete")}</summary>
        <form action={deleteProductAction} className={styles.form}>
          <p>{t("productForm.deleteConfirm")}</p>
          <input type="hidden" name="product_id" value={product.id} />
          <SubmitButton
            pendingLabel={t("saving")}
            variant="danger"
            testId="product-delete"
          >
            {t("productForm.delete")}
          </SubmitButton>
        </form>
      </details>
    </PortalShell>
  )
}
