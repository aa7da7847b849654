"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

import type { SellerCooperative } from "@/types/seller"

import { applyAction, updateProfileAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { toHandle } from "../validate"
import { CommunePicker } from "./commune-picker"
import { Field, FieldError, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

type Option = { code: string; name: string }

type ApplyFormProps = {
  provinces: Option[]
  ethnicGroups: Option[]
  /** Editing this cooperative's profile rather than applying. */
  cooperative?: SellerCooperative
  /** The communes of the cooperative's province, when editing. */
  communes?: Option[]
}

const asText = (value: number | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : String(value)

/**
 * The cooperative's profile: the application (with handle and registration number), or, given a
 * cooperative, its profile page (the same fields, filled in, without what cannot change).
 */
export const ApplyForm = ({
  provinces,
  ethnicGroups,
  cooperative,
  communes = [],
}: ApplyFormProps) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    cooperative ? updateProfileAction : applyAction,
    EMPTY_FORM_STATE
  )
  const saved: Record<string, string | undefined> = cooperative
    ? {
        name: cooperative.name,
        address_line: cooperative.address_line ?? undefined,
        phone: cooperative.phone ?? undefined,
        email: cooperative.email ?? undefined,
        founded_year: asText(cooperative.founded_year),
        ethnic_groups: cooperative.ethnic_groups
          .map((group) => (typeof group === "string" ? group : group.code))
          .join(","),
        "households.total": asText(cooperative.households?.total),
        "households.poor": asText(cooperative.households?.poor),
        "households.near_poor": asText(cooperative.households?.near_poor),
        "households.ethnic_minority": asText(
          cooperative.households?.ethnic_minority
        ),
        story_vi: cooperative.story_vi,
        story_en:
          cooperative.story_en === cooperative.story_vi
            ? ""
            : cooperative.story_en,
      }
    : {}
  const values = { ...saved, ...(state.values ?? {}) }
  const errors = state.errors ?? {}
  const [handle, setHandle] = useState(values.handle ?? "")
  const [handleTouched, setHandleTouched] = useState(false)
  const chosenGroups = new Set((values.ethnic_groups ?? "").split(","))

  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {cooperative && (
        <input type="hidden" name="cooperative_id" value={cooperative.id} />
      )}
      <Field
        name="name"
        label={t("apply.name")}
        maxLength={200}
        required
        defaultValue={values.name}
        error={errors.name}
      />
      {!cooperative && (
        <>
          <div className={styles.field}>
            <label htmlFor="field-handle" className={styles.label}>
              {t("apply.handle")}
            </label>
            <span id="field-handle-hint" className={styles.hint}>
              {t("apply.handleHint")}
            </span>
            <input
              id="field-handle"
              name="handle"
              className={`${styles.input} ${errors.handle ? styles.invalid : ""}`}
              value={handle}
              onChange={(event) => {
                setHandleTouched(true)
                setHandle(event.target.value)
              }}
              onFocus={(event) => {
                if (!handleTouched && !handle) {
                  const name =
                    event.currentTarget.form?.elements.namedItem("name")
                  if (name instanceof HTMLInputElement) {
                    setHandle(toHandle(name.value))
                  }
                }
              }}
              maxLength={100}
              autoCapitalize="none"
              aria-invalid={errors.handle ? true : undefined}
              aria-describedby={`field-handle-hint${errors.handle ? " field-handle-error" : ""}`}
              required
            />
            <FieldError id="field-handle-error" error={errors.handle} />
          </div>
          <Field
            name="registration_number"
            label={t("apply.registrationNumber")}
            maxLength={40}
            required
            defaultValue={values.registration_number}
            error={errors.registration_number}
          />
        </>
      )}
      <CommunePicker
        provinces={provinces}
        initialCommunes={communes}
        provinceCode={cooperative?.province_code}
        communeCode={cooperative?.commune_code}
        provinceError={errors.province_code}
        communeError={errors.commune_code}
      />
      <Field
        name="address_line"
        label={t("apply.addressLine")}
        maxLength={300}
        required
        defaultValue={values.address_line}
        error={errors.address_line}
      />
      <Field
        name="phone"
        label={t("apply.phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        required
        defaultValue={values.phone}
        error={errors.phone}
      />
      <Field
        name="email"
        label={t("apply.email")}
        type="email"
        inputMode="email"
        maxLength={254}
        required
        defaultValue={values.email}
        error={errors.email}
      />
      {!cooperative && (
        <Field
          name="owner_name"
          label={t("apply.ownerName")}
          autoComplete="name"
          maxLength={120}
          defaultValue={values.owner_name}
          error={errors.owner_name}
        />
      )}
      <Field
        name="founded_year"
        label={t("apply.foundedYear")}
        inputMode="numeric"
        maxLength={4}
        defaultValue={values.founded_year}
        error={errors.founded_year}
      />
      <fieldset
        className={styles.fieldset}
        aria-describedby={
          errors.ethnic_groups ? "field-ethnic_groups-error" : undefined
        }
      >
        <legend>{t("apply.ethnicGroups")}</legend>
        <div className={styles.checkList}>
          {ethnicGroups.map((group) => (
            <label key={group.code} className={styles.check}>
              <input
                type="checkbox"
                name="ethnic_groups"
                value={group.code}
                defaultChecked={chosenGroups.has(group.code)}
              />
              {group.name}
            </label>
          ))}
        </div>
        <FieldError
          id="field-ethnic_groups-error"
          error={errors.ethnic_groups}
        />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("apply.households")}</legend>
        <div className={styles.row}>
          <Field
            name="households.total"
            label={t("apply.householdsTotal")}
            inputMode="numeric"
            maxLength={7}
            required
            defaultValue={values["households.total"]}
            error={errors["households.total"] ?? errors.households}
          />
          <Field
            name="households.poor"
            label={t("apply.householdsPoor")}
            inputMode="numeric"
            maxLength={7}
            defaultValue={values["households.poor"]}
            error={errors["households.poor"]}
          />
          <Field
            name="households.near_poor"
            label={t("apply.householdsNearPoor")}
            inputMode="numeric"
            maxLength={7}
            defaultValue={values["households.near_poor"]}
            error={errors["households.near_poor"]}
          />
          <Field
            name="households.ethnic_minority"
            label={t("apply.householdsEthnic")}
            inputMode="numeric"
            maxLength={7}
            defaultValue={values["households.ethnic_minority"]}
            error={errors["households.ethnic_minority"]}
          />
        </div>
      </fieldset>
      <Field
        name="story_vi"
        label={t("apply.storyVi")}
        multiline
        maxLength={5000}
        required
        defaultValue={values.story_vi}
        error={errors.story_vi}
      />
      <Field
        name="story_en"
        label={t("apply.storyEn")}
        hint={t("apply.storyEnHint")}
        multiline
        maxLength={5000}
        defaultValue={values.story_en}
        error={errors.story_en}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId={cooperative ? "seller-profile-save" : "seller-apply"}
      >
        {cooperative ? t("productForm.save") : t("apply.submit")}
      </SubmitButton>
    </form>
  )
}
