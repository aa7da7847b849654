import type { InputHTMLAttributes } from "react"

import styles from "./checkout.module.css"

type TextFieldProps = {
  name: string
  label: string
  error?: string
  hint?: string
} & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | "type"
  | "inputMode"
  | "autoComplete"
  | "maxLength"
  | "defaultValue"
  | "onBlur"
  | "onChange"
>

export const checkoutFieldId = (name: string): string =>
  `field-${name.replace(/[^\w-]/g, "-")}`

/** A labelled input with its hint, and its error right under it, tied to it for screen readers. */
export const TextField = ({
  name,
  label,
  error,
  hint,
  ...input
}: TextFieldProps) => {
  const id = checkoutFieldId(name)
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={input.type ?? "text"}
        className={`${styles.input} ${error ? styles.invalid : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required
        {...input}
      />
      {error ? (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
