import { createHash, randomBytes } from "node:crypto"

/** How long an invitation can be accepted. */
export const INVITE_VALID_DAYS = 7
/** Pending invitations one cooperative may have at a time. */
export const MAX_PENDING_INVITES = 20

/** 32 random bytes, URL-safe: what the invited person receives, never stored. */
export const newInviteToken = (): string =>
  randomBytes(32).toString("base64url")

/** What the database keeps of a token: enough to recognise it, not to use it. */
export const hashInviteToken = (token: string): string =>
  createHash("sha256").update(token).digest("hex")

/** The storefront page where an invited person accepts. */
export const inviteAcceptUrl = (token: string): string => {
  const storefront =
    process.env.STOREFRONT_URL ??
    `http://localhost:${process.env.STOREFRONT_PORT ?? "8000"}`
  return `${storefront.replace(/\/+$/, "")}/seller/invite?token=${encodeURIComponent(token)}`
}

export const InviteMessages = {
  invalid:
    "This invitation is no longer valid; ask your cooperative's owner for a new one.",
  wrongEmail:
    "This invitation was sent to another e-mail address; register with the address the invitation was sent to.",
  ownerOnly: "Only the cooperative's owner can invite staff.",
  ownerOnlyRemove: "Only the cooperative's owner can remove staff.",
  alreadyMember:
    "This e-mail address already belongs to a cooperative's staff; it cannot be invited.",
  alreadyInvited:
    "This e-mail address already has an invitation waiting; cancel it first to send a new one.",
  tooMany: `A cooperative can have at most ${MAX_PENDING_INVITES} invitations waiting; cancel some first.`,
  notYourself:
    "You cannot remove yourself from the cooperative; you are its owner.",
} as const
