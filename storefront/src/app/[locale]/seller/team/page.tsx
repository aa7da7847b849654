import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { getTeam } from "@/lib/data/seller"
import {
  cancelInviteAction,
  removeMemberAction,
} from "@/modules/seller/actions"
import { InviteForm } from "@/modules/seller/components/invite-form"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import styles from "@/modules/seller/components/seller.module.css"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import { requireSeller } from "@/modules/seller/session"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.team" })
  return { title: t("title") }
}

export default async function SellerTeamPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/team")
  const t = await getTranslations("seller")
  const { members, invites } = await getTeam()
  const owner = me.member.role === "owner"
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    dateStyle: "medium",
    timeZone: "Asia/Ho_Chi_Minh",
  })
  return (
    <PortalShell me={me}>
      <h1>{t("team.title")}</h1>
      <section className={styles.card}>
        <h2>{t("team.members")}</h2>
        <ul className={styles.list} data-testid="team-members">
          {members.map((member) => (
            <li key={member.id}>
              <p className={styles.itemTitle}>
                {member.name} {member.id === me.member.id && t("team.you")}
              </p>
              <p className={styles.meta}>
                {member.email} ·{" "}
                {member.role === "owner" ? t("team.owner") : t("team.staff")}
              </p>
              {owner && member.id !== me.member.id && (
                <details>
                  <summary>{t("team.remove")}</summary>
                  <form action={removeMemberAction} className={styles.form}>
                    <p>{t("team.removeConfirm")}</p>
                    <input type="hidden" name="member_id" value={member.id} />
                    <SubmitButton
                      pendingLabel={t("saving")}
                      variant="danger"
                      testId="member-remove"
                    >
                      {t("team.remove")}
                    </SubmitButton>
                  </form>
                </details>
              )}
            </li>
          ))}
        </ul>
      </section>
      {invites.length > 0 && (
        <section className={styles.card}>
          <h2>{t("team.invites")}</h2>
          <ul className={styles.list}>
            {invites.map((invite) => (
              <li key={invite.id}>
                <p className={styles.itemTitle}>{invite.name}</p>
                <p className={styles.meta}>
                  {invite.email} ·{" "}
                  {t("team.expires", {
                    date: date.format(new Date(invite.expires_at)),
                  })}
                </p>
                {owner && (
                  <form action={cancelInviteAction}>
                    <input type="hidden" name="invite_id" value={invite.id} />
                    <SubmitButton
                      pendingLabel={t("saving")}
                      variant="secondary"
                    >
                      {t("team.cancelInvite")}
                    </SubmitButton>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.card}>
        <h2>{t("team.inviteHeading")}</h2>
        {owner ? <InviteForm /> : <p>{t("team.ownerOnly")}</p>}
      </section>
    </PortalShell>
  )
}
