import type { InputHTMLAttributes, ReactNode } from "react"

import styles from "./seller.module.css"

type FieldProps = {
  name: string
  label: string
  error?: string
  hint?: string
  multiline?: boolean
  defaultValue?: string
  children?: ReactNode
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "type"
  | "inputMode"
  | "autoComplete"
  | "required"
  | "maxLength"
  | "placeholder"
  | "pattern"
>

export const fieldId = (name: string): string =>
  `field-${name.replace(/[^\w-]/g, "-")}`

/**
 * A labelled input (or text area) with its hint and its error right under it. The error is tied
 * to the input (aria-describedby, aria-invalid) so a screen reader reads it with the field.
 */
export const Field = ({
  name,
  label,
  error,
  hint,
  multiline = false,
  defaultValue,
  children,
  ...input
}: FieldProps) => {
  const id = fieldId(name)
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined
  const common = {
    id,
    name,
    defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required: input.required,
    maxLength: input.maxLength,
    placeholder: input.placeholder,
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          {...common}
          className={`${styles.textarea} ${error ? styles.invalid : ""}`}
        />
      ) : (
        <input
          {...common}
          type={input.type ?? "text"}
          inputMode={input.inputMode}
          autoComplete={input.autoComplete}
          pattern={input.pattern}
          className={`${styles.input} ${error ? styles.invalid : ""}`}
        />
      )}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}

export const FieldError = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <p id={id} className={styles.error} role="alert">
      {error}
    </p>
  ) : null

export const FormMessage = ({
  message,
  ok,
}: {
  message?: string
  ok?: boolean
}) =>
  message ? (
    <p
      className={ok ? styles.success : styles.notice}
      role={ok ? "status" : "alert"}
    >
      {message}
    </p>
  ) : null
