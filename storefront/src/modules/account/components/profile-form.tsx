"use client"

import { useTranslations } from "next-intl"

import { formatVnMobile } from "@/lib/util/phone"
import { Field, FormMessage } from "@/modules/seller/components/field"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"

import { updateProfileAction } from "../actions"
import { profileProblems } from "../validate"
import { useCheckedForm } from "./use-checked-form"

type ProfileFormProps = { email: string; name: string; phone: string }

/** The buyer's name and mobile number; the sign-in e-mail is shown, not edited. */
export const ProfileForm = ({ email, name, phone }: ProfileFormProps) => {
  const t = useTranslations("account")
  const { state, pending, formProps } = useCheckedForm(
    updateProfileAction,
    profileProblems
  )
  const errors = state.errors ?? {}
  return (
    <form
      {...formProps}
      className={styles.form}
      noValidate
      data-testid="profile-form"
    >
      <FormMessage message={state.message} ok={state.ok} />
      <p className={styles.meta}>
        {t("profile.email")}:{" "}
        <strong data-testid="profile-email">{email}</strong>
      </p>
      <Field
        name="name"
        label={t("profile.name")}
        autoComplete="name"
        maxLength={100}
        required
        defaultValue={state.values?.name ?? name}
        error={errors.name}
      />
      <Field
        name="phone"
        label={t("profile.phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        required
        defaultValue={formatVnMobile(state.values?.phone ?? phone)}
        error={errors.phone}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="profile-submit"
      >
        {t("profile.submit")}
      </SubmitButton>
    </form>
  )
}
