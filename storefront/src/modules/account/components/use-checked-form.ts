"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState } from "react"

import { fieldId } from "@/modules/seller/components/field"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/seller/form-state"

import { explainProblems, type FormFields, type Problems } from "../validate"

/**
 * An account form bound to its server action that checks the fields in the browser first: a
 * mistake is named under its field at once, without a round trip. The action checks them again
 * (and without JavaScript it is the only check).
 */
export const useCheckedForm = (
  action: (state: FormState, form: FormData) => Promise<FormState>,
  check: (fields: FormFields) => Problems
) => {
  const t = useTranslations("account.problems")
  const { state, pending, formProps } = useFormAction(action, EMPTY_FORM_STATE)
  const [found, setFound] = useState<{
    errors: Record<string, string>
    after: FormState
  }>()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = Object.fromEntries(
      [...new FormData(event.currentTarget).entries()].flatMap(
        ([name, value]) =>
          typeof value === "string"
            ? [[name, name === "password" ? value : value.trim()]]
            : []
      )
    ) as FormFields
    const problems = check(fields)
    const names = Object.keys(problems)
    if (names.length > 0) {
      event.preventDefault()
      setFound({
        errors: explainProblems(problems, (key, values) => t(key, values)),
        after: state,
      })
      document.getElementById(fieldId(names[0] ?? ""))?.focus()
      return
    }
    setFound(undefined)
    formProps.onSubmit(event)
  }

  // The browser's findings stand until the server answers the next submission.
  const shown =
    found && found.after === state
      ? { ...state, message: undefined, errors: found.errors }
      : state
  return { state: shown, pending, formProps: { ...formProps, onSubmit } }
}
