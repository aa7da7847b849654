"use client"

import { useTranslations } from "next-intl"

import { acceptInviteAction, inviteAction } from "../actions"
import { EMPTY_FORM_STATE } from "../form-state"
import { Field, FormMessage } from "./field"
import styles from "./seller.module.css"
import { SubmitButton } from "./submit-button"
import { useFormAction } from "./use-form-action"

/** The owner invites a member of staff by e-mail; the invitation arrives as a link. */
export const InviteForm = () => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    inviteAction,
    EMPTY_FORM_STATE
  )
  return (
    // A new form after each invitation sent: empty fields for the next one.
    <form
      key={state.ok ? state.message : "invite"}
      {...formProps}
      className={styles.form}
      noValidate
    >
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        name="name"
        label={t("team.inviteName")}
        autoComplete="off"
        maxLength={120}
        required
        defaultValue={state.ok ? "" : state.values?.name}
        error={state.errors?.name}
      />
      <Field
        name="email"
        label={t("team.inviteEmail")}
        type="email"
        inputMode="email"
        autoComplete="off"
        maxLength={254}
        required
        defaultValue={state.ok ? "" : state.values?.email}
        error={state.errors?.email}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="invite-submit"
      >
        {t("team.invite")}
      </SubmitButton>
    </form>
  )
}

/** Someone invited, signed in with the invited address, joins the cooperative. */
export const AcceptInviteForm = ({ token }: { token: string }) => {
  const t = useTranslations("seller")
  const { state, pending, formProps } = useFormAction(
    acceptInviteAction,
    EMPTY_FORM_STATE
  )
  return (
    <form {...formProps} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <Field
        name="name"
        label={t("invite.name")}
        autoComplete="name"
        maxLength={120}
        required
        defaultValue={state.values?.name}
        error={state.errors?.name}
      />
      <SubmitButton
        pending={pending}
        pendingLabel={t("saving")}
        testId="invite-accept"
      >
        {t("invite.accept")}
      </SubmitButton>
    </form>
  )
}
