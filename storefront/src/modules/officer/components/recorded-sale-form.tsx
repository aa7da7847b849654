"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"

import {
  Field,
  FieldError,
  FormMessage,
} from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import { EMPTY_FORM_STATE } from "@/modules/seller/form-state"

import {
  createRecordedSaleAction,
  type LegacyLookup,
  lookUpLegacyCommuneAction,
} from "../actions"

const COMMUNE = /^\d{5}$/

/**
 * One month's recorded sales for a commune. With an old (pre-2025) code, the 2025 communes it
 * became are looked up and each gets a share to edit (equal by default); without script the
 * backend splits equally.
 */
export const RecordedSaleForm = () => {
  const t = useTranslations("officer")
  const { state, pending, formProps } = useFormAction(
    createRecordedSaleAction,
    EMPTY_FORM_STATE
  )
  const [kind, setKind] = useState<"new" | "old">(
    state.values?.code_kind === "old" ? "old" : "new"
  )
  const [code, setCode] = useState(state.values?.commune_code ?? "")
  const [lookup, setLookup] = useState<
    (LegacyLookup & { code: string }) | undefined
  >(undefined)
  const [looking, startLooking] = useTransition()

  const lookUp = (value: string) => {
    if (!COMMUNE.test(value) || lookup?.code === value) {
      return
    }
    startLooking(async () => {
      const answer = await lookUpLegacyCommuneAction(value)
      setLookup({ ...answer, code: value })
    })
  }

  const legacy =
    kind === "old" && lookup?.code === code && lookup.found
      ? lookup.legacy
      : undefined
  return (
    <form
      {...formProps}
      className={styles.form}
      noValidate
      data-testid="recorded-sale-form"
    >
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        name="month"
        label={t("recorded.month")}
        type="month"
        placeholder="2024-03"
        required
        defaultValue={state.values?.month}
        error={state.errors?.month}
      />
      <fieldset className={styles.fieldset}>
        <legend>{t("recorded.codeKind")}</legend>
        <div className={styles.checks}>
          {(["new", "old"] as const).map((value) => (
            <label key={value} className={styles.check}>
              <input
                type="radio"
                name="code_kind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value)
                  if (value === "old") {
                    lookUp(code)
                  }
                }}
              />
              {value === "new" ? t("recorded.codeNew") : t("recorded.codeOld")}
            </label>
          ))}
        </div>
        <FieldError
          id="field-code_kind-error"
          error={state.errors?.code_kind}
        />
      </fieldset>
      <div className={styles.field}>
        <label htmlFor="field-commune_code" className={styles.label}>
          {t("recorded.communeCode")}
        </label>
        <span id="field-commune_code-hint" className={styles.hint}>
          {t("recorded.communeCodeHint")}
        </span>
        <input
          id="field-commune_code"
          name="commune_code"
          inputMode="numeric"
          maxLength={5}
          pattern="\d{5}"
          required
          value={code}
          onChange={(event) => {
            const value = event.target.value.replace(/\D/g, "").slice(0, 5)
            setCode(value)
            if (kind === "old") {
              lookUp(value)
            }
          }}
          aria-invalid={state.errors?.commune_code ? true : undefined}
          aria-describedby={`field-commune_code-hint${state.errors?.commune_code ? " field-commune_code-error" : ""}`}
          className={`${styles.input} ${state.errors?.commune_code ? styles.invalid : ""}`}
        />
        <FieldError
          id="field-commune_code-error"
          error={state.errors?.commune_code}
        />
      </div>
      {kind === "old" && (
        <div aria-live="polite" data-testid="legacy-communes">
          {looking && <p className={styles.hint}>{t("recorded.lookingUp")}</p>}
          {!looking &&
            lookup?.code === code &&
            !lookup.found &&
            lookup.message && <p className={styles.notice}>{lookup.message}</p>}
          {legacy && (
            <fieldset className={styles.fieldset}>
              <legend>{t("recorded.shares")}</legend>
              <p className={styles.hint}>
                {legacy.name
                  ? `${t("recorded.legacyOf", {
                      name: legacy.name,
                      province: legacy.oldProvinceName ?? "",
                    })} `
                  : ""}
                {t("recorded.sharesHint")}
              </p>
              {legacy.communes.map((commune) => {
                const name = `share.${commune.communeCode}`
                return (
                  <Field
                    key={commune.communeCode}
                    name={name}
                    label={`${t("recorded.shareOf", {
                      commune: commune.communeName,
                    })} (${commune.communeCode})`}
                    inputMode="decimal"
                    maxLength={8}
                    defaultValue={state.values?.[name] ?? String(commune.share)}
                    error={state.errors?.[name]}
                  />
                )
              })}
              <FieldError
                id="field-shares-error"
                error={state.errors?.shares}
              />
            </fieldset>
          )}
        </div>
      )}
      <Field
        name="sales_value"
        label={t("recorded.salesValue")}
        hint={t("recorded.salesValueHint")}
        inputMode="numeric"
        maxLength={20}
        required
        defaultValue={state.values?.sales_value}
        error={state.errors?.sales_value}
      />
      <Field
        name="cooperative"
        label={t("recorded.cooperative")}
        hint={t("recorded.cooperativeHint")}
        maxLength={100}
        defaultValue={state.values?.cooperative}
        error={state.errors?.cooperative}
      />
      <Field
        name="note"
        label={t("recorded.note")}
        maxLength={500}
        defaultValue={state.values?.note}
        error={state.errors?.note}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="recorded-sale-submit"
      >
        {t("recorded.submit")}
      </SubmitButton>
    </form>
  )
}
