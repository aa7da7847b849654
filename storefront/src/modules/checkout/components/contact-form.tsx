"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState } from "react"

import {
  CommunePicker,
  type PlaceOption,
} from "@/modules/common/components/commune-picker"
import { useFormAction } from "@/modules/seller/components/use-form-action"

import { loadCommunesAction, saveContactAction } from "../actions"
import { EMPTY_CHECKOUT_STATE } from "../form-state"
import {
  CONTACT_FIELDS,
  CONTACT_LIMITS,
  type ContactField,
  type ContactInput,
  contactProblems,
  type ContactProblem,
  phoneProblem,
  problemMessage,
} from "../validate"
import styles from "./checkout.module.css"
import { checkoutFieldId, TextField } from "./text-field"

const PICKER_CLASSES = {
  field: styles.field ?? "",
  label: styles.label ?? "",
  input: styles.input ?? "",
  select: styles.select ?? "",
  invalid: styles.invalid ?? "",
  error: styles.error ?? "",
}

type ContactFormProps = {
  provinces: PlaceOption[]
  /** The communes of the saved address's province. */
  communes: PlaceOption[]
  /** What the cart already has, to fill the form in. */
  saved: Partial<ContactInput>
}

const readInput = (form: HTMLFormElement): ContactInput => {
  const data = new FormData(form)
  return Object.fromEntries(
    CONTACT_FIELDS.map((field) => {
      const value = data.get(field)
      return [field, typeof value === "string" ? value : ""]
    })
  ) as ContactInput
}

/**
 * Step 1: the e-mail for the confirmation, and who receives the parcels where: name, mobile
 * phone, province → commune or ward (2025 units), street or hamlet. Checked here first, in the
 * page's language; a sentence from the backend that names a field goes next to that field.
 */
export const ContactForm = ({
  provinces,
  communes,
  saved,
}: ContactFormProps) => {
  const t = useTranslations("checkout")
  const { state, pending, formProps } = useFormAction(
    saveContactAction,
    EMPTY_CHECKOUT_STATE
  )
  // Problems the browser found since the last submit; they replace the server's.
  const [local, setLocal] = useState<Record<string, string> | undefined>()
  const values = { ...saved, ...(state.values ?? {}) }
  const errors = local ?? state.errors ?? {}

  const explain = (field: ContactField, problem: ContactProblem): string => {
    const text = problemMessage(field, problem)
    return text.key === "tooLong" ? t(text.key, text.values) : t(text.key)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const problems = contactProblems(readInput(event.currentTarget))
    const found = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [
        field,
        explain(field as ContactField, problem),
      ])
    )
    if (Object.keys(found).length > 0) {
      event.preventDefault()
      setLocal(found)
      const first = CONTACT_FIELDS.find((field) => found[field])
      if (first) {
        document.getElementById(checkoutFieldId(first))?.focus()
      }
      return
    }
    setLocal(undefined)
    formProps.onSubmit(event)
  }

  /** The phone is checked as soon as the buyer leaves it. */
  const checkPhone = (value: string) => {
    const problem = phoneProblem(value)
    setLocal((current) => {
      const next = { ...(current ?? state.errors ?? {}) }
      if (problem && value.trim()) {
        next.phone = explain("phone", problem)
      } else {
        delete next.phone
      }
      return next
    })
  }

  return (
    <form
      action={formProps.action}
      onSubmit={onSubmit}
      className={styles.form}
      data-testid="contact-form"
      noValidate
    >
      {state.message ? (
        <p className={styles.notice} role="alert">
          {state.message}
        </p>
      ) : null}
      <TextField
        name="email"
        label={t("email")}
        hint={t("emailHint")}
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={CONTACT_LIMITS.email}
        defaultValue={values.email}
        error={errors.email}
      />
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        maxLength={CONTACT_LIMITS.name}
        defaultValue={values.name}
        error={errors.name}
      />
      <TextField
        name="phone"
        label={t("phone")}
        hint={t("phoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        defaultValue={values.phone}
        error={errors.phone}
        onBlur={(event) => {
          // Leaving for the submit button: the submit checks it, without moving the button.
          const next = event.relatedTarget
          if (!(next instanceof HTMLButtonElement && next.type === "submit")) {
            checkPhone(event.currentTarget.value)
          }
        }}
      />
      <CommunePicker
        provinces={provinces}
        initialCommunes={communes}
        provinceCode={values.province_code}
        communeCode={values.commune_code}
        provinceError={errors.province_code}
        communeError={errors.commune_code}
        loadCommunes={loadCommunesAction}
        labels={{
          province: t("province"),
          commune: t("commune"),
          communeSearch: t("communeSearch"),
          choose: t("choose"),
          chooseProvinceFirst: t("chooseProvinceFirst"),
        }}
        classes={PICKER_CLASSES}
      />
      <TextField
        name="address_1"
        label={t("line")}
        autoComplete="street-address"
        maxLength={CONTACT_LIMITS.address_1}
        defaultValue={values.address_1}
        error={errors.address_1}
      />
      <button
        type="submit"
        className={styles.primary}
        disabled={pending}
        aria-disabled={pending}
        data-testid="save-contact"
      >
        {pending ? t("saving") : t("saveAddress")}
      </button>
    </form>
  )
}
