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
}: {
  children: ReactNode
  pendingLabel: string
  variant?: "button" | "secondary" | "danger"
  testId?: string
}) => {
  const { pending } = useFormStatus()
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
