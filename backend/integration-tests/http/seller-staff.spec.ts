import { seedDemoOperator } from "@cho-phien/seed"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  type Api,
  applicationBody,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

const INVALID =
  "This invitation is no longer valid; ask your cooperative's owner for a new one."

type Invite = {
  id: string
  email: string
  name: string
  expires_at: string
  created_at: string
}
type Member = { id: string; email: string; name: string; role: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.4.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      await seedDemoOperator(getContainer(), { logger: quiet })
    })

    /** Registers, applies and signs in again: the owner's token and the cooperative's id. */
    const onboard = async (
      handle: string
    ): Promise<{ token: string; cooperativeId: string }> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      return {
        token: await client.signIn(email),
        cooperativeId: (applied.data.cooperative as { id: string }).id,
      }
    }

    const invite = async (
      owner: string,
      email: string,
      name = "Lò Thị Lan"
    ): Promise<Invite> => {
      const sent = await client.post("/seller/invites", { email, name }, owner)
      expect(sent.status).toBe(201)
      return sent.data.invite as Invite
    }

    /** The invitation e-mails sent to an address, newest last. */
    const invitationsTo = async (email: string) => {
      const notifications = getContainer().resolve<INotificationModuleService>(
        Modules.NOTIFICATION
      )
      const sent = await notifications.listNotifications(
        { to: email, template: "cooperative-invite" },
        { order: { created_at: "ASC" } }
      )
      return sent.map((n) => n.data as Record<string, string>)
    }

    /** The token in the link of the last invitation e-mail sent to an address. */
    const tokenFor = async (email: string): Promise<string> => {
      const last = (await invitationsTo(email)).at(-1)
      return new URL(last?.accept_url ?? "http://x").searchParams.get(
        "token"
      ) as string
    }

    /** Registers the invited address, accepts, and signs in again: a staff token. */
    const join = async (email: string, token: string): Promise<string> => {
      const registration = await client.register(email)
      const accepted = await client.post(
        "/seller/invites/accept",
        { token, name: "Lò Thị Lan" },
        registration
      )
      expect(accepted.status).toBe(201)
      return client.signIn(email)
    }

    it("the owner invites by e-mail, the invited person accepts and signs in as staff", async () => {
      const { token: owner, cooperativeId } = await onboard("htx-moi-a")
      const sent = await client.post(
        "/seller/invites",
        { email: "  Lan@Staff.Example.vn ", name: "Lò Thị Lan" },
        owner
      )
      expect(sent.status).toBe(201)
      const created = sent.data.invite as Invite
      expect(Object.keys(created).sort()).toEqual([
        "created_at",
        "email",
        "expires_at",
        "id",
        "name",
      ])
      expect(created).toMatchObject({
        email: "lan@staff.example.vn",
        name: "Lò Thị Lan",
      })
      const days =
        (new Date(created.expires_at).getTime() - Date.now()) / 86_400_000
      expect(days).toBeGreaterThan(6.9)
      expect(days).toBeLessThanOrEqual(7)

      const [mail] = await invitationsTo("lan@staff.example.vn")
      expect(mail).toMatchObject({
        cooperative_id: cooperativeId,
        cooperative_name: "HTX htx-moi-a",
        name: "Lò Thị Lan",
      })
      expect(mail?.accept_url).toMatch(
        /^http:\/\/localhost:8000\/seller\/invite\?token=[A-Za-z0-9_-]{43}$/
      )
      const token = await tokenFor("lan@staff.example.vn")

      // Only a digest of the token is stored.
      const stored = await getContainer()
        .resolve<{
          listCooperativeInvites: (
            f: Record<string, unknown>
          ) => Promise<{ token_hash: string }[]>
        }>("cooperative")
        .listCooperativeInvites({ id: created.id })
      expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(stored[0]?.token_hash).not.toContain(token)

      const listed = await client.get("/seller/members", owner)
      expect(listed.status).toBe(200)
      expect(listed.data.members as Member[]).toEqual([
        expect.objectContaining({
          email: "htx-moi-a@seller.example.vn",
          role: "owner",
        }),
      ])
      expect(listed.data.invites).toEqual([created])

      const registration = await client.register("lan@staff.example.vn")
      const accepted = await client.post(
        "/seller/invites/accept",
        { token, name: "Lò Thị Lan (kế toán)" },
        registration
      )
      expect(accepted.status).toBe(201)
      expect(accepted.data.member).toMatchObject({
        email: "lan@staff.example.vn",
        name: "Lò Thị Lan (kế toán)",
        role: "staff",
      })

      const staff = await client.signIn("lan@staff.example.vn")
      const me = await client.get("/seller/me", staff)
      expect(me.status).toBe(200)
      expect(me.data.member).toMatchObject({
        role: "staff",
        cooperative_id: cooperativeId,
      })
      expect(
        (await client.get(`/seller/cooperatives/${cooperativeId}`, staff))
          .status
      ).toBe(200)

      // Staff see the staff list too; the accepted invitation is no longer waiting.
      const after = await client.get("/seller/members", staff)
      expect(
        (after.data.members as Member[]).map((m) => [m.email, m.role])
      ).toEqual([
        ["htx-moi-a@seller.example.vn", "owner"],
        ["lan@staff.example.vn", "staff"],
      ])
      expect(after.data.invites).toEqual([])
    })

    it("an invitation works once, only for the invited address, and only for seven days", async () => {
      const { token: owner } = await onboard("htx-moi-b")
      await invite(owner, "mai@staff.example.vn")
      const token = await tokenFor("mai@staff.example.vn")

      const stranger = await client.register("stranger@staff.example.vn")
      const wrongEmail = await client.post(
        "/seller/invites/accept",
        { token },
        stranger
      )
      expect(wrongEmail.status).toBe(400)
      expect(wrongEmail.data.message).toBe(
        "This invitation was sent to another e-mail address; register with the address the invitation was sent to."
      )

      const unknown = await client.post(
        "/seller/invites/accept",
        { token: "made-up-token" },
        stranger
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toBe(INVALID)

      // The owner's own (member) token is not a registration token for someone new.
      const asOwner = await client.post(
        "/seller/invites/accept",
        { token },
        owner
      )
      expect(asOwner.status).toBe(400)

      await join("mai@staff.example.vn", token)

      // Used: the same link no longer works, not even for a new account.
      await invite(owner, "hoa@staff.example.vn")
      const hoa = await client.register("hoa@staff.example.vn")
      const reused = await client.post("/seller/invites/accept", { token }, hoa)
      expect(reused.status).toBe(400)
      expect(reused.data.message).toBe(INVALID)

      // Expired: seven days have passed.
      const pending = (await client.get("/seller/members", owner)).data
        .invites as Invite[]
      const hoaInvite = pending.find((i) => i.email === "hoa@staff.example.vn")
      await getContainer()
        .resolve<{
          updateCooperativeInvites: (
            d: Record<string, unknown>
          ) => Promise<void>
        }>("cooperative")
        .updateCooperativeInvites({
          id: hoaInvite?.id,
          expires_at: new Date(Date.now() - 1000),
        })
      const expired = await client.post(
        "/seller/invites/accept",
        { token: await tokenFor("hoa@staff.example.vn") },
        hoa
      )
      expect(expired.status).toBe(400)
      expect(expired.data.message).toBe(INVALID)
      // An expired invitation is not listed as waiting.
      expect(
        ((await client.get("/seller/members", owner)).data.invites as Invite[])
          .length
      ).toBe(0)

      const badBody = await client.post(
        "/seller/invites/accept",
        { token, extra: 1 },
        hoa
      )
      expect(badBody.status).toBe(400)
      expect(badBody.data.message).toBe("Unknown field: extra.")
    })

    it("refuses inviting a member, inviting twice, bad addresses and more than 20 waiting", async () => {
      const { token: owner } = await onboard("htx-moi-c")
      await onboard("htx-khac-c")

      const member = await client.post(
        "/seller/invites",
        { email: "htx-khac-c@seller.example.vn", name: "Người khác" },
        owner
      )
      expect(member.status).toBe(400)
      expect(member.data.message).toBe(
        "This e-mail address already belongs to a cooperative's staff; it cannot be invited."
      )

      await invite(owner, "twice@staff.example.vn")
      const twice = await client.post(
        "/seller/invites",
        { email: "twice@staff.example.vn", name: "Lò Thị Lan" },
        owner
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe(
        "This e-mail address already has an invitation waiting; cancel it first to send a new one."
      )

      for (const [body, message] of [
        [
          { email: "not-an-address", name: "Lan" },
          "email is not an e-mail address, for example lan@example.vn.",
        ],
        [{ email: "a@b.vn" }, "name is required."],
        [{ email: "a@b.vn", name: "L" }, "name must be 2–120 characters long."],
        [
          { email: "a@b.vn", name: "Lan", role: "owner" },
          "Unknown field: role.",
        ],
      ] as const) {
        const refused = await client.post("/seller/invites", body, owner)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(message)
      }

      for (let i = 2; i <= 20; i += 1) {
        await invite(owner, `staff${i}@staff.example.vn`)
      }
      const tooMany = await client.post(
        "/seller/invites",
        { email: "staff21@staff.example.vn", name: "Lò Thị Lan" },
        owner
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe(
        "A cooperative can have at most 20 invitations waiting; cancel some first."
      )
    })

    it("the owner withdraws an invitation and its link stops working; another cooperative's is not found", async () => {
      const { token: owner } = await onboard("htx-moi-d")
      const { token: other } = await onboard("htx-khac-d")
      const sent = await invite(owner, "rut@staff.example.vn")
      const otherInvite = await invite(other, "khac@staff.example.vn")

      const foreign = await client.delete(
        `/seller/invites/${otherInvite.id}`,
        owner
      )
      expect(foreign.status).toBe(404)
      expect(
        (
          (await client.get("/seller/members", other)).data.invites as Invite[]
        ).map((i) => i.id)
      ).toEqual([otherInvite.id])

      const withdrawn = await client.delete(`/seller/invites/${sent.id}`, owner)
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.data).toEqual({
        id: sent.id,
        object: "cooperative_invite",
        deleted: true,
      })
      expect(
        (await client.delete(`/seller/invites/${sent.id}`, owner)).status
      ).toBe(404)

      const registration = await client.register("rut@staff.example.vn")
      const accepted = await client.post(
        "/seller/invites/accept",
        { token: await tokenFor("rut@staff.example.vn") },
        registration
      )
      expect(accepted.status).toBe(400)
      expect(accepted.data.message).toBe(INVALID)
    })

    it("removing a staff member ends their access at once; only the owner removes, never themselves", async () => {
      const { token: owner, cooperativeId } = await onboard("htx-moi-e")
      const { token: other } = await onboard("htx-khac-e")
      await invite(owner, "xoa@staff.example.vn")
      const staff = await join(
        "xoa@staff.example.vn",
        await tokenFor("xoa@staff.example.vn")
      )
      await invite(owner, "o-lai@staff.example.vn")
      const stays = await join(
        "o-lai@staff.example.vn",
        await tokenFor("o-lai@staff.example.vn")
      )
      const members = (await client.get("/seller/members", owner)).data
        .members as Member[]
      const byEmail = (email: string) =>
        members.find((m) => m.email === email)?.id ?? ""
      const staffId = byEmail("xoa@staff.example.vn")
      const ownerId = byEmail("htx-moi-e@seller.example.vn")

      // Staff can neither invite nor remove.
      const staffInvites = await client.post(
        "/seller/invites",
        { email: "x@staff.example.vn", name: "Lan" },
        staff
      )
      expect(staffInvites.status).toBe(403)
      expect(staffInvites.data.message).toBe(
        "Only the cooperative's owner can invite staff."
      )
      const staffRemoves = await client.delete(
        `/seller/members/${byEmail("o-lai@staff.example.vn")}`,
        stays
      )
      expect(staffRemoves.status).toBe(403)
      expect(staffRemoves.data.message).toBe(
        "Only the cooperative's owner can remove staff."
      )

      const self = await client.delete(`/seller/members/${ownerId}`, owner)
      expect(self.status).toBe(400)
      expect(self.data.message).toBe(
        "You cannot remove yourself from the cooperative; you are its owner."
      )
      expect(
        (await client.delete(`/seller/members/${staffId}`, other)).status
      ).toBe(404)
      expect((await client.get("/seller/me", staff)).status).toBe(200)

      const removed = await client.delete(`/seller/members/${staffId}`, owner)
      expect(removed.status).toBe(200)
      expect(removed.data).toEqual({
        id: staffId,
        object: "cooperative_member",
        deleted: true,
      })

      // The old token stops working on the very next request.
      expect((await client.get("/seller/me", staff)).status).toBe(401)
      expect(
        (await client.get(`/seller/cooperatives/${cooperativeId}`, staff))
          .status
      ).toBe(401)
      expect((await client.get("/seller/products", staff)).status).toBe(401)
      expect((await client.get("/seller/members", staff)).status).toBe(401)
      // Signing in again gives a registration token only.
      const again = await client.signIn("xoa@staff.example.vn")
      expect((await client.get("/seller/me", again)).status).toBe(401)
      expect((await client.get("/seller/me", stays)).status).toBe(200)
      expect(
        ((await client.get("/seller/members", owner)).data.members as Member[])
          .map((m) => m.email)
          .sort()
      ).toEqual(["htx-moi-e@seller.example.vn", "o-lai@staff.example.vn"])

      // The person can be invited back, and accepts with that same account.
      await invite(owner, "xoa@staff.example.vn")
      const back = await client.post(
        "/seller/invites/accept",
        { token: await tokenFor("xoa@staff.example.vn") },
        again
      )
      expect(back.status).toBe(201)
      const rejoined = await client.signIn("xoa@staff.example.vn")
      expect((await client.get("/seller/me", rejoined)).status).toBe(200)
    })

    it("needs a seller token, and rejects malformed ids", async () => {
      expect((await client.get("/seller/members")).status).toBe(401)
      expect(
        (await client.post("/seller/invites", { email: "a@b.vn", name: "Lan" }))
          .status
      ).toBe(401)
      expect(
        (await client.post("/seller/invites/accept", { token: "x" })).status
      ).toBe(401)
      const operator = await client.signInOperator()
      expect((await client.get("/seller/members", operator)).status).toBe(401)
      const { token: owner } = await onboard("htx-moi-f")
      const malformed = await client.delete("/seller/members/abc%20def", owner)
      expect(malformed.status).toBe(400)
      expect(
        (await client.get("/seller/members?cooperative_id=coop_x", owner))
          .status
      ).toBe(400)
    })
  },
})
