"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"

import type { ProductImport } from "@/types/seller"

import { type ImportState, startImportAction } from "../actions"
import { FieldError, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

const POLL_MS = 1000

/** Upload a CSV, see each bad row and why, then watch the good rows import. */
export const ImportForm = () => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction<ImportState>(
    startImportAction,
    {}
  )
  const [progress, setProgress] = useState<ProductImport | undefined>(undefined)
  const current = progress?.id === state.import?.id ? progress : state.import

  useEffect(() => {
    const id = state.import?.id
    if (!id) {
      return
    }
    let stopped = false
    const poll = async () => {
      while (!stopped) {
        const answer = await fetch(
          `/api/seller/product-imports/${encodeURIComponent(id)}`,
          {
            cache: "no-store",
          }
        ).catch(() => undefined)
        if (answer?.ok) {
          const body = (await answer.json()) as { import: ProductImport }
          setProgress(body.import)
          if (["done", "failed"].includes(body.import.status)) {
            return
          }
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    }
    void poll()
    return () => {
      stopped = true
    }
  }, [state.import?.id])

  const report = current?.errors ?? state.refused ?? []
  return (
    <>
      <form {...formProps} className={styles.form}>
        <FormMessage message={state.message} />
        <div className={styles.field}>
          <label htmlFor="field-file" className={styles.label}>
            {t("import.file")}
          </label>
          <input
            id="field-file"
            type="file"
            className={styles.file}
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby={
              state.errors?.file ? "field-file-error" : undefined
            }
            data-testid="import-file"
          />
          <FieldError id="field-file-error" error={state.errors?.file} />
        </div>
        <SubmitButton
          pending={pending}
          pendingLabel={t("saving")}
          testId="import-submit"
        >
          {t("import.submit")}
        </SubmitButton>
      </form>
      {!current && report.length > 0 && (
        <section className={styles.card} data-testid="import-progress">
          <h2>{t("import.report")}</h2>
          <p className={styles.notice}>{t("import.noValid")}</p>
          <ul data-testid="import-errors">
            {report.map((problem, index) => (
              <li key={`${problem.row}-${index}`}>
                <strong>{t("import.rowError", { row: problem.row })}</strong>
                {problem.column ? ` (${problem.column})` : ""}:{" "}
                {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {current && (
        <section
          className={styles.card}
          aria-live="polite"
          data-testid="import-progress"
        >
          <h2>{t("import.report")}</h2>
          <p>
            {t("import.rowsOk", {
              valid: current.valid_rows,
              total: current.total_rows,
            })}
          </p>
          <progress
            className={styles.progress}
            max={Math.max(1, current.valid_rows)}
            value={current.processed}
          />
          <p data-testid="import-status">
            {current.status === "queued" && t("import.queued")}
            {current.status === "processing" &&
              t("import.progress", {
                processed: current.processed,
                total: current.valid_rows,
              })}
            {current.status === "done" &&
              t("import.done", { created: current.created })}
            {current.status === "failed" &&
              t("import.failed", { failed: current.failed })}
          </p>
          {report.length > 0 && (
            <ul data-testid="import-errors">
              {report.map((problem, index) => (
                <li key={`${problem.row}-${index}`}>
                  <strong>{t("import.rowError", { row: problem.row })}</strong>
                  {problem.column ? ` (${problem.column})` : ""}:{" "}
                  {problem.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  )
}
