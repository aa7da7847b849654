"use client"

import { useTranslations } from "next-intl"

import { Field, FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { useFormAction } from "@/modules/seller/components/use-form-action"
import { EMPTY_FORM_STATE } from "@/modules/seller/form-state"

import { officerSignInAction } from "../actions"

/** E-mail and password; the officer's accounts are made by the operator, so nothing else. */
export const OfficerSignInForm = ({ next }: { next?: string }) => {
  const t = useTranslations("officer")
  const { state, pending, formProps } = useFormAction(
    officerSignInAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field
        name="email"
        label={t("signIn.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        maxLength={254}
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <Field
        name="password"
        label={t("signIn.password")}
        type="password"
        autoComplete="current-password"
        maxLength={256}
        required
        error={state.errors?.password}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="officer-sign-in"
      >
        {t("signIn.submit")}
      </SubmitButton>
    </form>
  )
}
