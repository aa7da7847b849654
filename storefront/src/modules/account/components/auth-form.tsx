"use client"

import { useTranslations } from "next-intl"

import { Field, FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"

import { registerAction, signInAction } from "../actions"
import { registerProblems, signInProblems } from "../validate"
import { useCheckedForm } from "./use-checked-form"

type AuthFormProps = {
  kind: "register" | "signIn"
  /** Where to go afterwards (the checkout, say); the account page when empty. */
  next?: string
}

/** Create a buyer's account (name, e-mail, phone, password), or sign in (e-mail, password). */
export const AuthForm = ({ kind, next }: AuthFormProps) => {
  const t = useTranslations("account")
  const register = kind === "register"
  const { state, pending, formProps } = useCheckedForm(
    register ? registerAction : signInAction,
    register ? registerProblems : signInProblems
  )
  const errors = state.errors ?? {}
  return (
    <form
      {...formProps}
      className={styles.form}
      noValidate
      data-testid={register ? "register-form" : "sign-in-form"}
    >
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next ?? ""} />
      {register && (
        <Field
          name="name"
          label={t("register.name")}
          autoComplete="name"
          maxLength={100}
          required
          defaultValue={state.values?.name}
          error={errors.name}
        />
      )}
      <Field
        name="email"
        label={t(`${kind}.email`)}
        type="email"
        autoComplete={register ? "email" : "username"}
        inputMode="email"
        maxLength={254}
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      {register && (
        <Field
          name="phone"
          label={t("register.phone")}
          hint={t("register.phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={20}
          placeholder="0912 345 678"
          required
          defaultValue={state.values?.phone}
          error={errors.phone}
        />
      )}
      <Field
        name="password"
        label={t(`${kind}.password`)}
        hint={register ? t("register.passwordHint") : undefined}
        type="password"
        autoComplete={register ? "new-password" : "current-password"}
        maxLength={128}
        required
        error={errors.password}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId={register ? "register-submit" : "sign-in-submit"}
      >
        {t(`${kind}.submit`)}
      </SubmitButton>
    </form>
  )
}
