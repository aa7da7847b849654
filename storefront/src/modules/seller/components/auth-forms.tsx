"use client"

import { useTranslations } from "next-intl"

import { signInAction, signUpAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

type AuthFormProps = { kind: "signIn" | "signUp"; next?: string }

/** Sign in, or create an account: the same two fields, a different action and wording. */
export const AuthForm = ({ kind, next }: AuthFormProps) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    kind === "signIn" ? signInAction : signUpAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field
        name="email"
        label={t(`${kind}.email`)}
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
        label={t(`${kind}.password`)}
        type="password"
        autoComplete={kind === "signIn" ? "current-password" : "new-password"}
        maxLength={128}
        required
        error={state.errors?.password}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId={kind === "signIn" ? "seller-sign-in" : "seller-sign-up"}
      >
        {t(`${kind}.submit`)}
      </SubmitButton>
    </form>
  )
}
