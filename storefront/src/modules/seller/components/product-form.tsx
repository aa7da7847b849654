"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

import { groupThousands } from "@/lib/util/money"
import type { SellerProduct } from "@/types/seller"

import { saveProductAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { Field, FieldError, FormMessage } from "./field"
import { PhotoUploader, type UploadedImage } from "./photo-uploader"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

type Option = { code: string; name: string }

type ProductFormProps = {
  product?: SellerProduct
  categories: Option[]
  ethnicGroups: Option[]
  communeCode: string
  defaultEthnicGroup?: string
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)
const MAX_VARIANTS = 10

const parseImages = (
  joined: string | undefined
): UploadedImage[] | undefined =>
  joined === undefined
    ? undefined
    : joined
        .split("\n")
        .filter(Boolean)
        .flatMap((raw) => {
          try {
            return [JSON.parse(raw) as UploadedImage]
          } catch {
            return []
          }
        })

const text = (value: number | string | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : String(value)

/** An amount as people write it on a price tag: "120.000". */
const grouped = (amount: number | undefined): string | undefined =>
  amount === undefined ? undefined : groupThousands(Math.round(amount))

/** Add or edit a product: photos first (a phone's camera), then name, sizes with price and stock. */
export const ProductForm = ({
  product,
  categories,
  ethnicGroups,
  communeCode,
  defaultEthnicGroup,
}: ProductFormProps) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    saveProductAction,
    EMPTY_FORM_STATE
  )
  const values = state.values ?? {}
  const errors = state.errors ?? {}
  const editing = Boolean(product)
  const [rows, setRows] = useState(product ? product.variants.length : 1)
  const months = new Set(
    (values.harvest_months ?? "").split(",").filter(Boolean).map(Number)
  )
  const images =
    parseImages(values.images) ??
    (product?.images ?? []).map(({ id: _id, ...image }) => image)
  const value = (name: string, fallback?: string) =>
    name in values ? values[name] : fallback

  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      {product && <input type="hidden" name="product_id" value={product.id} />}
      <input type="hidden" name="commune_code" value={communeCode} />
      <PhotoUploader initial={images} error={errors.images} />
      <Field
        name="title"
        label={t("productForm.title")}
        maxLength={200}
        required
        defaultValue={value("title", product?.title)}
        error={errors.title}
      />
      <Field
        name="description"
        label={t("productForm.description")}
        multiline
        maxLength={5000}
        defaultValue={value("description", product?.description ?? undefined)}
        error={errors.description}
      />
      {!editing && (
        <div className={styles.field}>
          <label htmlFor="field-category_handle" className={styles.label}>
            {t("productForm.category")}
          </label>
          <select
            id="field-category_handle"
            name="category_handle"
            className={styles.select}
            defaultValue={value("category_handle", "")}
          >
            <option value="">{t("productForm.noCategory")}</option>
            {categories.map((category) => (
              <option key={category.code} value={category.code}>
                {category.name}
              </option>
            ))}
          </select>
          <FieldError
            id="field-category_handle-error"
            error={errors.category_handle}
          />
        </div>
      )}
      <fieldset className={styles.fieldset}>
        <legend>{t("productForm.variants")}</legend>
        <FieldError id="field-variants-error" error={errors.variants} />
        {Array.from({ length: rows }, (_, index) => {
          const variant = product?.variants[index]
          return (
            <div key={index} className={styles.row} data-testid="variant-row">
              {variant && (
                <input
                  type="hidden"
                  name={`variants.${index}.id`}
                  value={variant.id}
                />
              )}
              {variant ? (
                <p className={styles.itemTitle}>{variant.title}</p>
              ) : (
                <Field
                  name={`variants.${index}.title`}
                  label={t("productForm.variantTitle")}
                  placeholder={t("productForm.variantTitlePlaceholder")}
                  maxLength={100}
                  required
                  defaultValue={value(`variants.${index}.title`)}
                  error={errors[`variants.${index}.title`]}
                />
              )}
              <Field
                name={`variants.${index}.price`}
                label={t("productForm.price")}
                inputMode="numeric"
                maxLength={13}
                required
                defaultValue={value(
                  `variants.${index}.price`,
                  grouped(
                    variant?.prices.find(
                      (price) => price.currency_code === "vnd"
                    )?.amount
                  )
                )}
                error={errors[`variants.${index}.price`]}
              />
              {!variant && (
                <Field
                  name={`variants.${index}.stock`}
                  label={t("productForm.stock")}
                  inputMode="numeric"
                  maxLength={7}
                  defaultValue={value(`variants.${index}.stock`, "0")}
                  error={errors[`variants.${index}.stock`]}
                />
              )}
            </div>
          )
        })}
        {!editing && rows < MAX_VARIANTS && (
          <button
            type="button"
            className={styles.secondary}
            onClick={() =>
              setRows((count) => Math.min(MAX_VARIANTS, count + 1))
            }
          >
            {t("productForm.addVariant")}
          </button>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("productForm.size")}</legend>
        <div className={styles.row}>
          <Field
            name="weight"
            label={t("productForm.weight")}
            inputMode="numeric"
            maxLength={6}
            defaultValue={value("weight", text(product?.weight))}
            error={errors.weight}
          />
          <Field
            name="length"
            label={t("productForm.length")}
            inputMode="numeric"
            maxLength={4}
            defaultValue={value("length", text(product?.length))}
            error={errors.length}
          />
          <Field
            name="width"
            label={t("productForm.width")}
            inputMode="numeric"
            maxLength={4}
            defaultValue={value("width", text(product?.width))}
            error={errors.width}
          />
          <Field
            name="height"
            label={t("productForm.height")}
            inputMode="numeric"
            maxLength={4}
            defaultValue={value("height", text(product?.height))}
            error={errors.height}
          />
        </div>
      </fieldset>
      {!editing && (
        <fieldset className={styles.fieldset}>
          <legend>{t("productForm.origin")}</legend>
          <div className={styles.field}>
            <label htmlFor="field-ethnic_group" className={styles.label}>
              {t("productForm.ethnicGroup")}
            </label>
            <select
              id="field-ethnic_group"
              name="ethnic_group"
              className={`${styles.select} ${errors["origin.ethnic_group"] ? styles.invalid : ""}`}
              defaultValue={value("ethnic_group", defaultEthnicGroup ?? "")}
              aria-describedby={
                errors["origin.ethnic_group"]
                  ? "field-ethnic_group-error"
                  : undefined
              }
            >
              <option value="">{t("apply.choose")}</option>
              {ethnicGroups.map((group) => (
                <option key={group.code} value={group.code}>
                  {group.name}
                </option>
              ))}
            </select>
            <FieldError
              id="field-ethnic_group-error"
              error={errors["origin.ethnic_group"]}
            />
          </div>
          <div
            className={styles.field}
            role="group"
            aria-labelledby="harvest-label"
          >
            <span id="harvest-label" className={styles.label}>
              {t("productForm.harvestMonths")}
            </span>
            <div className={styles.checks}>
              {MONTHS.map((month) => (
                <label key={month} className={styles.check}>
                  <input
                    type="checkbox"
                    name="harvest_months"
                    value={month}
                    defaultChecked={months.has(month)}
                  />
                  {t("productForm.month", { month })}
                </label>
              ))}
            </div>
            <FieldError
              id="field-harvest_months-error"
              error={errors["origin.harvest_months"]}
            />
          </div>
          <Field
            name="story_vi"
            label={t("productForm.storyVi")}
            multiline
            maxLength={5000}
            required
            defaultValue={value("story_vi")}
            error={errors["origin.story_vi"] ?? errors.origin}
          />
          <Field
            name="story_en"
            label={t("productForm.storyEn")}
            hint={t("apply.storyEnHint")}
            multiline
            maxLength={5000}
            defaultValue={value("story_en")}
            error={errors["origin.story_en"]}
          />
        </fieldset>
      )}
      <label className={styles.check}>
        <input
          type="checkbox"
          name="publish"
          defaultChecked={
            "publish" in values
              ? values.publish === "on"
              : product
                ? product.status !== "draft"
                : true
          }
        />
        {t("productForm.publish")}
      </label>
      <span className={styles.hint}>{t("productForm.publishHint")}</span>
      <FieldError id="field-status-error" error={errors.status} />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="product-save"
      >
        {editing ? t("productForm.save") : t("productForm.create")}
      </SubmitButton>
    </form>
  )
}
