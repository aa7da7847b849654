import {
  approveCooperativeWorkflow,
  applyForCooperativeWorkflow,
  type ApplyForCooperativeWorkflowInput,
  rejectCooperativeWorkflow,
  suspendCooperativeWorkflow,
} from "@cho-phien/cooperative-seller/workflows"
import { seedDemoOperator } from "@cho-phien/seed"
import type {
  IAuthModuleService,
  INotificationModuleService,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type Cooperative = Record<string, unknown> & { id: string; handle: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let ids: Record<string, string>
    let productIds: Record<string, string>
    let operator: string
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.1.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      storeHeaders = {
        headers: { "x-publishable-api-key": seeded.publishableKey },
      }
      ids = seeded.cooperativeIds
      productIds = seeded.productIds
      operator = await client.signInOperator()
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    const id = (handle: string): string => ids[handle] ?? ""
    const storeGet = (url: string) =>
      api
        .get(url, storeHeaders)
        .catch(
          (error: {
            response: { status: number; data: Record<string, unknown> }
          }) => error.response
        )
    const statusOf = async (handle: string): Promise<unknown> =>
      (
        (await client.get(`/admin/cooperatives/${id(handle)}`, operator)).data
          .cooperative as Cooperative
      ).status
    const handles = (list: unknown): string[] =>
      (list as Cooperative[]).map((c) => c.handle)

    describe("GET /admin/cooperatives", () => {
      it("lists every cooperative with its status, filtered by status and name, and pages", async () => {
        const all = await client.get("/admin/cooperatives", operator)
        expect(all.status).toBe(200)
        expect(all.data).toMatchObject({ count: 5, offset: 0, limit: 20 })
        const pending = await client.get(
          "/admin/cooperatives?status=pending",
          operator
        )
        expect(handles(pending.data.cooperatives)).toEqual(["htx-cho-duyet"])
        expect(pending.data.cooperatives).toEqual([
          expect.objectContaining({
            status: "pending",
            phone: "0912 000 111",
            email: "htx-cho-duyet@example.vn",
            commission_rate: 0.08,
            members: [],
          }),
        ])
        const searched = await client.get(
          "/admin/cooperatives?q=moc-chau",
          operator
        )
        expect(handles(searched.data.cooperatives)).toEqual(["htx-moc-chau"])
        const page = await client.get(
          "/admin/cooperatives?limit=2&offset=4",
          operator
        )
        expect(page.data).toMatchObject({ count: 5, limit: 2, offset: 4 })
        expect(page.data.cooperatives).toHaveLength(1)
      })

      it("answers bad filters with 400 and a sentence, and strangers with 401", async () => {
        const bad: [string, string][] = [
          ["status=closed", "status is one of pending, active"],
          ["limit=0", "limit must be a whole number from 1 to 100."],
          ["sort=name", "Unknown parameter: sort."],
        ]
        for (const [search, message] of bad) {
          const response = await client.get(
            `/admin/cooperatives?${search}`,
            operator
          )
          expect({ search, status: response.status }).toEqual({
            search,
            status: 400,
          })
          expect(response.data.message).toContain(message)
        }
        expect((await client.get("/admin/cooperatives")).status).toBe(401)
      })
    })

    describe("GET /admin/cooperatives/:id", () => {
      it("shows one cooperative, and 404 for an unknown id", async () => {
        const one = await client.get(
          `/admin/cooperatives/${id("htx-tam-dung")}`,
          operator
        )
        expect(one.status).toBe(200)
        expect(one.data.cooperative).toMatchObject({
          handle: "htx-tam-dung",
          status: "suspended",
        })
        const none = await client.get("/admin/cooperatives/coop_nope", operator)
        expect(none.status).toBe(404)
        expect(none.data.message).toBe(
          "There is no cooperative with id coop_nope."
        )
      })
    })

    describe("reviewing", () => {
      it("approves a pending cooperative and e-mails it", async () => {
        const approved = await client.post(
          `/admin/cooperatives/${id("htx-cho-duyet")}/approve`,
          {},
          operator
        )
        expect(approved.status).toBe(200)
        expect(approved.data.cooperative).toMatchObject({
          status: "active",
          status_reason: null,
        })
        const notifications =
          getContainer().resolve<INotificationModuleService>(
            Modules.NOTIFICATION
          )
        const sent = await notifications.listNotifications({
          to: "htx-cho-duyet@example.vn",
        })
        expect(sent).toEqual([
          expect.objectContaining({
            channel: "email",
            template: "cooperative-approve",
            data: expect.objectContaining({
              cooperative_name: "HTX htx-cho-duyet",
              status: "active",
            }),
          }),
        ])
      })

      it("rejects with a reason the owner is told, and needs one", async () => {
        const url = `/admin/cooperatives/${id("htx-cho-duyet")}/reject`
        const missing = await client.post(url, {}, operator)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toBe(
          "reason is required: tell the cooperative why, in 3–500 characters."
        )
        const short = await client.post(url, { reason: "no" }, operator)
        expect(short.status).toBe(400)
        expect(short.data.message).toBe("reason must be 3–500 characters long.")
        const long = await client.post(
          url,
          { reason: "x".repeat(501) },
          operator
        )
        expect(long.status).toBe(400)
        expect(await statusOf("htx-cho-duyet")).toBe("pending")

        const rejected = await client.post(
          url,
          { reason: "Số đăng ký không khớp với giấy chứng nhận." },
          operator
        )
        expect(rejected.status).toBe(200)
        expect(rejected.data.cooperative).toMatchObject({
          status: "rejected",
          status_reason: "Số đăng ký không khớp với giấy chứng nhận.",
        })
        const sent = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ to: "htx-cho-duyet@example.vn" })
        expect(sent[0]).toMatchObject({
          template: "cooperative-reject",
          data: {
            reason: "Số đăng ký không khớp với giấy chứng nhận.",
          },
        })
      })

      it("e-mails the owner rather than the cooperative's address once it has one", async () => {
        const email = "owner@seller.example.vn"
        const registration = await client.register(email)
        const applied = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-co-chu"),
          registration
        )
        const cooperative = applied.data.cooperative as Cooperative
        await client.post(
          `/admin/cooperatives/${cooperative.id}/approve`,
          {},
          operator
        )
        const sent = await getContainer()
          .resolve<INotificationModuleService>(Modules.NOTIFICATION)
          .listNotifications({ to: email })
        expect(sent).toEqual([
          expect.objectContaining({
            template: "cooperative-approve",
            data: expect.objectContaining({ owner_name: "Giàng A Páo" }),
          }),
        ])
      })

      it("suspending hides the cooperative's products from the store at once; approving brings them back", async () => {
        const tramTau = [productIds["tao-meo-ocop"], productIds["nep-tu-le"]]
        const listed = async (): Promise<string[]> =>
          (
            (await storeGet("/store/products?limit=100")).data.products as {
              id: string
            }[]
          ).map((product) => product.id)
        expect(await listed()).toEqual(expect.arrayContaining(tramTau))

        const missing = await client.post(
          `/admin/cooperatives/${id("htx-tram-tau")}/suspend`,
          {},
          operator
        )
        expect(missing.status).toBe(400)
        const suspended = await client.post(
          `/admin/cooperatives/${id("htx-tram-tau")}/suspend`,
          { reason: "Hàng giao không đúng mô tả." },
          operator
        )
        expect(suspended.status).toBe(200)
        expect(suspended.data.cooperative).toMatchObject({
          status: "suspended",
          status_reason: "Hàng giao không đúng mô tả.",
        })
        const afterSuspension = await listed()
        for (const productId of tramTau) {
          expect(afterSuspension).not.toContain(productId)
          expect((await storeGet(`/store/products/${productId}`)).status).toBe(
            404
          )
        }
        expect(
          (await storeGet("/store/cooperatives/htx-tram-tau")).status
        ).toBe(404)

        const reactivated = await client.post(
          `/admin/cooperatives/${id("htx-tram-tau")}/approve`,
          {},
          operator
        )
        expect(reactivated.data.cooperative).toMatchObject({
          status: "active",
          status_reason: null,
        })
        expect(await listed()).toEqual(expect.arrayContaining(tramTau))
      })

      const invalid: [string, string, Record<string, string>, string][] = [
        [
          "approve",
          "htx-tram-tau",
          {},
          "HTX htx-tram-tau is active: only a pending or suspended cooperative can be approved.",
        ],
        [
          "approve",
          "htx-bi-tu-choi",
          {},
          "is rejected: only a pending or suspended cooperative can be approved.",
        ],
        [
          "reject",
          "htx-tram-tau",
          { reason: "Không rõ" },
          "is active: only a pending application can be rejected.",
        ],
        [
          "reject",
          "htx-bi-tu-choi",
          { reason: "Lần nữa" },
          "is rejected: only a pending application can be rejected.",
        ],
        [
          "suspend",
          "htx-cho-duyet",
          { reason: "Chưa bán" },
          "is pending: only an active cooperative can be suspended.",
        ],
        [
          "suspend",
          "htx-tam-dung",
          { reason: "Lần nữa" },
          "is suspended: only an active cooperative can be suspended.",
        ],
      ]
      it("refuses transitions the status does not allow, with a sentence", async () => {
        for (const [action, handle, body, message] of invalid) {
          const response = await client.post(
            `/admin/cooperatives/${id(handle)}/${action}`,
            body,
            operator
          )
          expect({ action, handle, status: response.status }).toEqual({
            action,
            handle,
            status: 400,
          })
          expect(response.data.message).toContain(message)
        }
        const unknown = await client.post(
          "/admin/cooperatives/coop_nope/approve",
          {},
          operator
        )
        expect(unknown.status).toBe(404)
      })
    })

    describe("review workflows", () => {
      // A failed run's error crosses the workflow engine as a plain object, not an Error instance,
      // so the tests read its message instead of using rejects.toThrow.
      const failureOf = async (
        run: Promise<{ errors: { error: { message?: string } }[] }>
      ): Promise<string> => {
        const { errors } = await run
        return errors[0]?.error.message ?? "the workflow did not fail"
      }

      const failNotifications = () => {
        const notifications =
          getContainer().resolve<INotificationModuleService>(
            Modules.NOTIFICATION
          )
        return jest
          .spyOn(notifications, "createNotifications")
          .mockRejectedValue(new Error("The mail server is down."))
      }

      it("approve: stores the new status, and undoes it when the e-mail cannot be sent", async () => {
        const container = getContainer()
        failNotifications()
        expect(
          await failureOf(
            approveCooperativeWorkflow(container).run({
              input: { id: id("htx-cho-duyet") },
              throwOnError: false,
            })
          )
        ).toContain("The mail server is down.")
        expect(await statusOf("htx-cho-duyet")).toBe("pending")

        jest.restoreAllMocks()
        const { result } = await approveCooperativeWorkflow(container).run({
          input: { id: id("htx-cho-duyet") },
        })
        expect(result).toMatchObject({ status: "active", status_reason: null })
      })

      it("reject: the reason and the status are both rolled back when a later step fails", async () => {
        failNotifications()
        expect(
          await failureOf(
            rejectCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-cho-duyet"), reason: "Thiếu hồ sơ." },
              throwOnError: false,
            })
          )
        ).toContain("The mail server is down.")
        const after = (
          await client.get(
            `/admin/cooperatives/${id("htx-cho-duyet")}`,
            operator
          )
        ).data.cooperative
        expect(after).toMatchObject({ status: "pending", status_reason: null })
      })

      it("suspend: the cooperative stays active and its products stay in the store when a later step fails", async () => {
        failNotifications()
        expect(
          await failureOf(
            suspendCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-tram-tau"), reason: "Kiểm tra." },
              throwOnError: false,
            })
          )
        ).toContain("The mail server is down.")
        expect(await statusOf("htx-tram-tau")).toBe("active")
        expect(
          (await storeGet(`/store/products/${productIds["tao-meo-ocop"]}`))
            .status
        ).toBe(200)
      })

      it("an invalid transition fails before anything is written or sent", async () => {
        const spy = failNotifications()
        expect(
          await failureOf(
            suspendCooperativeWorkflow(getContainer()).run({
              input: { id: id("htx-cho-duyet"), reason: "Kiểm tra." },
              throwOnError: false,
            })
          )
        ).toContain("only an active cooperative can be suspended")
        expect(spy).not.toHaveBeenCalled()
        expect(await statusOf("htx-cho-duyet")).toBe("pending")
      })

      it("apply: the cooperative and its owner are removed again when the account cannot be linked", async () => {
        const container = getContainer()
        const registration = await client.register("undo@seller.example.vn")
        const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
        const [identity] = await auth.listProviderIdentities({
          entity_id: "undo@seller.example.vn",
        })
        jest
          .spyOn(auth, "updateAuthIdentities")
          .mockRejectedValue(new Error("The auth store is down."))
        const { owner_name: _unused, ...cooperative } =
          applicationBody("htx-hoan-tac")
        expect(
          await failureOf(
            applyForCooperativeWorkflow(container).run({
              input: {
                auth_identity_id: identity?.auth_identity_id ?? "",
                owner_name: "Giàng A Páo",
                cooperative:
                  cooperative as ApplyForCooperativeWorkflowInput["cooperative"],
              },
              throwOnError: false,
            })
          )
        ).toContain("The auth store is down.")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: left } = await query.graph({
          entity: "cooperative",
          fields: ["id"],
          filters: { handle: "htx-hoan-tac" },
        })
        expect(left).toEqual([])
        const { data: members } = await query.graph({
          entity: "cooperative_member",
          fields: ["id"],
          filters: { email: "undo@seller.example.vn" },
        })
        expect(members).toEqual([])

        jest.restoreAllMocks()
        const applied = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-hoan-tac"),
          registration
        )
        expect(applied.status).toBe(201)
      })
    })
  },
})
