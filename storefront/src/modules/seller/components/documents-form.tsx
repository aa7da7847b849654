"use client"

import { useTranslations } from "next-intl"

import { uploadDocumentsAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { FieldError, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** Photos or PDFs of the registration certificate, sent with the application. */
export const DocumentsForm = ({ cooperativeId }: { cooperativeId: string }) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    uploadDocumentsAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form}>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="cooperative_id" value={cooperativeId} />
      <div className={styles.field}>
        <label htmlFor="field-documents" className={styles.label}>
          {t("status.documentsChoose")}
        </label>
        <span id="field-documents-hint" className={styles.hint}>
          {t("status.documentsHint")}
        </span>
        <input
          id="field-documents"
          type="file"
          className={styles.file}
          name="files"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={`field-documents-hint${state.errors?.files ? " field-documents-error" : ""}`}
        />
        <FieldError id="field-documents-error" error={state.errors?.files} />
      </div>
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        variant="secondary"
        testId="seller-documents-submit"
      >
        {t("status.documentsUpload")}
      </SubmitButton>
    </form>
  )
}
