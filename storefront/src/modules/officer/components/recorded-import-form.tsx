"use client"

import { useTranslations } from "next-intl"

import { FieldError, FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useFormAction } from "@/modules/seller/components/use-form-action"

import { type ImportState, importRecordedSalesAction } from "../actions"

/** A CSV of recorded sales: all rows go in, or none and each bad row is named with its column. */
export const RecordedImportForm = () => {
  const t = useTranslations("officer")
  const { state, pending, formProps } = useFormAction<ImportState>(
    importRecordedSalesAction,
    {}
  )
  const problems = state.problems ?? []
  return (
    <form {...formProps} className={styles.form} data-testid="recorded-import">
      <FormMessage message={state.message} ok={state.ok} />
      <div className={styles.field}>
        <label htmlFor="field-file" className={styles.label}>
          {t("recorded.file")}
        </label>
        <input
          id="field-file"
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          className={styles.file}
          aria-invalid={state.errors?.file ? true : undefined}
          aria-describedby={state.errors?.file ? "field-file-error" : undefined}
          data-testid="recorded-import-file"
        />
        <FieldError id="field-file-error" error={state.errors?.file} />
      </div>
      {problems.length > 0 && (
        <ul className={styles.list} data-testid="recorded-import-errors">
          {problems.map((problem, index) => (
            <li key={`${problem.row}-${problem.column ?? ""}-${index}`}>
              <strong>{t("recorded.rowError", { row: problem.row })}</strong>
              {problem.column ? ` (${problem.column})` : ""}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        variant="secondary"
        testId="recorded-import-submit"
      >
        {t("recorded.importSubmit")}
      </SubmitButton>
    </form>
  )
}
