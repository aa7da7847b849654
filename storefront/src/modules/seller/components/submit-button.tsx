"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

import styles from "./seller.module.css"

/** A form's submit button that says it is working while the server answers. */
export const SubmitButton = ({
  children,
  pendingLabel,
  variant = "button",
  testId,
  pending: pendingProp,
}: {
  children: ReactNode
  pendingLabel: string
  variant?: "button" | "secondary" | "danger"
  testId?: string
  /** Set by forms that submit through `useFormAction` (useFormStatus does not see those). */
  pending?: boolean
}) => {
  const status = useFormStatus()
  const pending = pendingProp ?? status.pending
  return (
    <button
      type="submit"
      className={styles[variant]}
      disabled={pending}
      aria-disabled={pending}
      data-testid={testId}
    >
      {pending ? pendingLabel : children}
    </button>
  )
}
