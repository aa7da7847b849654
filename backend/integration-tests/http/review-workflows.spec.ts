import {
  acceptCooperativeInviteWorkflow,
  approveCooperativeWorkflow,
  inviteCooperativeMemberWorkflow,
  rejectCooperativeWorkflow,
  removeCooperativeMemberWorkflow,
  suspendCooperativeWorkflow,
} from "@cho-phien/cooperative-seller/workflows"
import { seedDemoOperator } from "@cho-phien/seed"
import type {
  IAuthModuleService,
  INotificationModuleService,
  IStockLocationService,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type CooperativeService = {
  updateCooperatives: (...args: unknown[]) => Promise<unknown>
  listCooperativeInvites: (
    filters: Record<string, unknown>
  ) => Promise<{ id: string; accepted_at: Date | null }[]>
  listCooperativeMembers: (
    filters: Record<string, unknown>
  ) => Promise<{ id: string }[]>
}

/**
 * The review workflows (approve, reject, suspend) and the staff workflows, each made to fail at a
 * later step: whatever the earlier steps wrote must be undone, and nothing must be e-mailed when
 * the failure comes before the e-mail.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ids: Record<string, string>
    let productIds: Record<string, string>
    let storeHeaders: { headers: Record<string, string> }
    let operator: string
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.7.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      ids = seeded.cooperativeIds
      productIds = seeded.productIds
      storeHeaders = {
        headers: { "x-publishable-api-key": seeded.publishableKey },
      }
      operator = await client.signInOperator()
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    const id = (handle: string): string => ids[handle] ?? ""
    const cooperatives = () =>
      getContainer().resolve<CooperativeService>("cooperative")
    const notifications = () =>
      getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const auth = () => getContainer().resolve<IAuthModuleService>(Modules.AUTH)

    const review = async (handle: string) =>
      (await client.get(`/admin/cooperatives/${id(handle)}`, operator)).data
        .cooperative as { status: string; status_reason: string | null }

    // A failed run's error crosses the workflow engine as a plain object, so the tests read its
    // message.
    const failureOf = async (
      run: Promise<{ errors: { error: { message?: string } }[] }>
    ): Promise<string> => {
      const { errors } = await run
      return errors[0]?.error.message ?? "the workflow did not fail"
    }

    const failEmail = () =>
      jest
        .spyOn(notifications(), "createNotifications")
        .mockRejectedValue(new Error("The mail server is down."))

    const locationCount = async (): Promise<number> =>
      (
        await getContainer()
          .resolve<IStockLocationService>(Modules.STOCK_LOCATION)
          .listStockLocations({}, { select: ["id"] })
      ).length

    const sentTo = async (email: string): Promise<number> =>
      (await notifications().listNotifications({ to: email })).length

    describe("review", () => {
      it("approve: a failed e-mail puts the application back to pending and removes the stock location it made", async () => {
        const locations = await locationCount()
        failEmail()
        expect(
          await failureOf(
            approveCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-cho-duyet") },
              throwOnError: false,
            })
          )
        ).toBe("The mail server is down.")
        expect(await review("htx-cho-duyet")).toMatchObject({
          status: "pending",
          status_reason: null,
        })
        expect(await locationCount()).toBe(locations)

        jest.restoreAllMocks()
        const approved = await client.post(
          `/admin/cooperatives/${id("htx-cho-duyet")}/approve`,
          {},
          operator
        )
        expect(approved.status).toBe(200)
        expect(await review("htx-cho-duyet")).toMatchObject({
          status: "active",
        })
        expect(await sentTo("htx-cho-duyet@example.vn")).toBe(1)
      })

      it("approve: when storing the status fails, nothing is e-mailed and nothing is left behind", async () => {
        const locations = await locationCount()
        jest
          .spyOn(cooperatives(), "updateCooperatives")
          .mockRejectedValueOnce(new Error("The database is read-only."))
        expect(
          await failureOf(
            approveCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-tam-dung") },
              throwOnError: false,
            })
          )
        ).toBe("The database is read-only.")
        expect(await review("htx-tam-dung")).toMatchObject({
          status: "suspended",
        })
        expect(await sentTo("htx-tam-dung@example.vn")).toBe(0)
        expect(await locationCount()).toBe(locations)
      })

      it("reject: a failed e-mail restores both the status and the empty reason", async () => {
        failEmail()
        expect(
          await failureOf(
            rejectCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-cho-duyet"), reason: "Thiếu giấy phép." },
              throwOnError: false,
            })
          )
        ).toBe("The mail server is down.")
        expect(await review("htx-cho-duyet")).toMatchObject({
          status: "pending",
          status_reason: null,
        })
      })

      it("suspend: a failed e-mail keeps the cooperative active and its products in the store", async () => {
        failEmail()
        expect(
          await failureOf(
            suspendCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-tram-tau"), reason: "Kiểm tra an toàn." },
              throwOnError: false,
            })
          )
        ).toBe("The mail server is down.")
        expect(await review("htx-tram-tau")).toMatchObject({
          status: "active",
          status_reason: null,
        })
        const product = (await api
          .get(`/store/products/${productIds["tao-meo-ocop"]}`, storeHeaders)
          .catch((error: { response: Response }) => error.response)) as Response
        expect(product.status).toBe(200)
      })

      it("a refused transition writes and sends nothing", async () => {
        const locations = await locationCount()
        const email = failEmail()
        expect(
          await failureOf(
            approveCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-bi-tu-choi") },
              throwOnError: false,
            })
          )
        ).not.toBe("the workflow did not fail")
        expect(email).not.toHaveBeenCalled()
        expect(await review("htx-bi-tu-choi")).toMatchObject({
          status: "rejected",
        })
        expect(await locationCount()).toBe(locations)
      })
    })

    describe("staff", () => {
      const onboard = async (handle: string) => {
        const email = `${handle}@seller.example.vn`
        const registration = await client.register(email)
        const applied = await client.post(
          "/seller/cooperatives",
          applicationBody(handle),
          registration
        )
        const [member] = await cooperatives().listCooperativeMembers({ email })
        return {
          token: await client.signIn(email),
          cooperativeId: (applied.data.cooperative as { id: string }).id,
          memberId: member?.id ?? "",
        }
      }

      const tokenFor = async (email: string): Promise<string> => {
        const [last] = await notifications().listNotifications(
          { to: email, template: "cooperative-invite" },
          { order: { created_at: "DESC" }, take: 1 }
        )
        const url = (last?.data as { accept_url?: string } | null)?.accept_url
        return new URL(url ?? "http://x").searchParams.get("token") ?? ""
      }

      const identityOf = async (email: string): Promise<string> => {
        const [provider] = await auth().listProviderIdentities({
          entity_id: email,
        })
        return provider?.auth_identity_id ?? ""
      }

      it("invite: an e-mail that cannot be sent withdraws the invitation", async () => {
        const owner = await onboard("htx-moi-hoan-a")
        failEmail()
        expect(
          await failureOf(
            inviteCooperativeMemberWorkflow(getContainer()).run({
              input: {
                cooperative_id: owner.cooperativeId,
                email: "lan@staff.example.vn",
                name: "Lò Thị Lan",
                invited_by: "Giàng A Páo",
              },
              throwOnError: false,
            })
          )
        ).toBe("The mail server is down.")
        expect(
          await cooperatives().listCooperativeInvites({
            cooperative_id: owner.cooperativeId,
          })
        ).toEqual([])
      })

      it("accept: when the account cannot be linked, the member goes and the invitation works again", async () => {
        const owner = await onboard("htx-moi-hoan-b")
        const sent = await client.post(
          "/seller/invites",
          { email: "mai@staff.example.vn", name: "Lò Thị Mai" },
          owner.token
        )
        expect(sent.status).toBe(201)
        const token = await tokenFor("mai@staff.example.vn")
        const registration = await client.register("mai@staff.example.vn")
        const identityId = await identityOf("mai@staff.example.vn")

        jest
          .spyOn(auth(), "updateAuthIdentities")
          .mockRejectedValueOnce(new Error("The auth store is down."))
        expect(
          await failureOf(
            acceptCooperativeInviteWorkflow(getContainer()).run({
              input: { auth_identity_id: identityId, token },
              throwOnError: false,
            })
          )
        ).toBe("The auth store is down.")
        expect(
          await cooperatives().listCooperativeMembers({
            email: "mai@staff.example.vn",
          })
        ).toEqual([])
        const [invite] = await cooperatives().listCooperativeInvites({
          cooperative_id: owner.cooperativeId,
        })
        expect(invite?.accepted_at).toBeNull()

        jest.restoreAllMocks()
        const accepted = await client.post(
          "/seller/invites/accept",
          { token },
          registration
        )
        expect(accepted.status).toBe(201)
      })

      it("remove: when the account cannot be freed, the member is restored and keeps working", async () => {
        const owner = await onboard("htx-moi-hoan-c")
        await client.post(
          "/seller/invites",
          { email: "hoa@staff.example.vn", name: "Lò Thị Hoa" },
          owner.token
        )
        const registration = await client.register("hoa@staff.example.vn")
        await client.post(
          "/seller/invites/accept",
          { token: await tokenFor("hoa@staff.example.vn") },
          registration
        )
        const staff = await client.signIn("hoa@staff.example.vn")
        const me = await client.get("/seller/me", staff)
        const staffId = (me.data.member as { id: string }).id

        jest
          .spyOn(auth(), "updateAuthIdentities")
          .mockRejectedValue(new Error("The auth store is down."))
        expect(
          await failureOf(
            removeCooperativeMemberWorkflow(getContainer()).run({
              input: {
                cooperative_id: owner.cooperativeId,
                member_id: staffId,
                actor_member_id: owner.memberId,
              },
              throwOnError: false,
            })
          )
        ).toBe("The auth store is down.")
        jest.restoreAllMocks()
        expect((await client.get("/seller/me", staff)).status).toBe(200)
        const identity = await auth().retrieveAuthIdentity(
          await identityOf("hoa@staff.example.vn")
        )
        expect(identity.app_metadata).toMatchObject({ seller_id: staffId })
      })
    })
  },
})
