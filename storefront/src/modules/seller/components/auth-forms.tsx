"use client"

import { useTranslations } from "next-intl"

import { signInAction, signUpAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

export const SignInForm = ({ next }: { next?: string }) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    signInAction,
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
        maxLength={128}
        required
        error={state.errors?.password}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="seller-sign-in"
      >
        {t("signIn.submit")}
      </SubmitButton>
    </form>
  )
}

export const SignUpForm = ({ next }: { next?: string }) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    signUpAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field
        name="email"
        label={t("signUp.email")}
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
        label={t("signUp.password")}
        type="password"
        autoComplete="new-password"
        maxLength={128}
        required
        error={state.errors?.password}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="seller-sign-up"
      >
        {t("signUp.submit")}
      </SubmitButton>
    </form>
  )
}
