import {
  DEMO_PASSWORD,
  DEMO_SELLER_EMAIL,
  seedDemoOperator,
  seedDemoSeller,
} from "@cho-phien/seed"
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
    let cooperativeIds: Record<string, string>
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.0.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      storeHeaders = {
        headers: { "x-publishable-api-key": seeded.publishableKey },
      }
      cooperativeIds = seeded.cooperativeIds
    })

    const storeGet = (url: string) =>
      api
        .get(url, storeHeaders)
        .catch(
          (error: {
            response: { status: number; data: Record<string, unknown> }
          }) => error.response
        )

    /** Registers, applies and signs in again: a seller token naming the new owner. */
    const onboard = async (
      handle: string
    ): Promise<{ token: string; cooperative: Cooperative }> => {
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
        cooperative: applied.data.cooperative as Cooperative,
      }
    }

    describe("applying as a cooperative", () => {
      it("takes a new seller from sign-up to an approved cooperative in the store", async () => {
        const registration = await client.register("pao@seller.example.vn")
        // A registration token names no member yet.
        expect((await client.get("/seller/me", registration)).status).toBe(401)

        const applied = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-man-bac-ha"),
          registration
        )
        expect(applied.status).toBe(201)
        const cooperative = applied.data.cooperative as Cooperative
        expect(cooperative).toMatchObject({
          handle: "htx-man-bac-ha",
          status: "pending",
          status_reason: null,
          phone: "0912345678",
          email: "htx-man-bac-ha@example.vn",
          province_code: "15",
          commune_code: "04630",
          province_name: "Lào Cai",
          households: {
            total: 40,
            poor: 10,
            near_poor: 5,
            ethnic_minority: 38,
          },
        })

        const token = await client.signIn("pao@seller.example.vn")
        const me = await client.get("/seller/me", token)
        expect(me.status).toBe(200)
        expect(me.data.member).toMatchObject({
          email: "pao@seller.example.vn",
          name: "Giàng A Páo",
          role: "owner",
          cooperative_id: cooperative.id,
        })
        expect(me.data.cooperative).toMatchObject({
          id: cooperative.id,
          status: "pending",
        })

        // Pending: not in the store.
        const listed = async () =>
          (
            (await storeGet("/store/cooperatives?limit=50")).data
              .cooperatives as Cooperative[]
          ).map((c) => c.handle)
        expect(await listed()).not.toContain("htx-man-bac-ha")
        expect(
          (await storeGet("/store/cooperatives/htx-man-bac-ha")).status
        ).toBe(404)

        const operator = await client.signInOperator()
        const queue = await client.get(
          "/admin/cooperatives?status=pending",
          operator
        )
        expect(
          (queue.data.cooperatives as Cooperative[]).map((c) => c.handle)
        ).toContain("htx-man-bac-ha")
        const approved = await client.post(
          `/admin/cooperatives/${cooperative.id}/approve`,
          {},
          operator
        )
        expect(approved.status).toBe(200)
        expect(approved.data.cooperative).toMatchObject({ status: "active" })

        expect(await listed()).toContain("htx-man-bac-ha")
        expect(
          (await storeGet("/store/cooperatives/htx-man-bac-ha")).status
        ).toBe(200)
        expect(
          (
            (await client.get("/seller/me", token)).data
              .cooperative as Cooperative
          ).status
        ).toBe("active")
      })

      it("sees a rejection and its reason on the status page", async () => {
        const { token, cooperative } = await onboard("htx-bi-loai")
        const operator = await client.signInOperator()
        const rejected = await client.post(
          `/admin/cooperatives/${cooperative.id}/reject`,
          { reason: "Thiếu giấy chứng nhận đăng ký hợp tác xã." },
          operator
        )
        expect(rejected.status).toBe(200)
        const me = await client.get("/seller/me", token)
        expect(me.data.cooperative).toMatchObject({
          status: "rejected",
          status_reason: "Thiếu giấy chứng nhận đăng ký hợp tác xã.",
        })
      })

      it("refuses a second application from a seller who already has a cooperative", async () => {
        const email = "twice@seller.example.vn"
        const registration = await client.register(email)
        expect(
          (
            await client.post(
              "/seller/cooperatives",
              applicationBody("htx-lan-mot"),
              registration
            )
          ).status
        ).toBe(201)
        for (const token of [registration, await client.signIn(email)]) {
          const again = await client.post(
            "/seller/cooperatives",
            applicationBody("htx-lan-hai"),
            token
          )
          expect(again.status).toBe(400)
          expect(again.data.message).toContain(
            "This account already belongs to a cooperative"
          )
        }
      })

      it("refuses a taken handle and an unknown commune with a sentence, and writes nothing", async () => {
        const registration = await client.register("late@seller.example.vn")
        const taken = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-tram-tau"),
          registration
        )
        expect(taken.status).toBe(400)
        expect(taken.data.message).toBe(
          'The handle "htx-tram-tau" is already taken by another cooperative; choose another.'
        )
        const nowhere = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-khong-co-xa", { commune_code: "99999" }),
          registration
        )
        expect(nowhere.status).toBe(400)
        expect(nowhere.data.message).toContain(
          "The commune code 99999 is not a commune or ward"
        )
        // Nothing was left behind: the same account can still apply.
        const applied = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-den-sau"),
          registration
        )
        expect(applied.status).toBe(201)
      })

      const badApplications: [string, Record<string, unknown>, string][] = [
        ["missing name", { name: undefined }, "name is required."],
        ["short name", { name: "A" }, "name must be 2–200 characters long."],
        ["bad handle", { handle: "HTX Mận" }, "handle is lowercase letters"],
        [
          "landline",
          { phone: "024 3825 1234" },
          "phone is a Vietnamese mobile",
        ],
        ["bad e-mail", { email: "htx-at-example" }, "email is not an e-mail"],
        [
          "commune code",
          { commune_code: "4606" },
          "commune_code is a five-digit",
        ],
        ["ethnic group", { ethnic_groups: ["klingon"] }, "54 ethnic groups"],
        [
          "too many groups",
          {
            ethnic_groups: [
              "mong",
              "thai",
              "dao",
              "tay",
              "nung",
              "kinh",
              "muong",
              "khmer",
              "hoa",
              "gia-rai",
              "e-de",
              "ba-na",
              "xo-dang",
            ],
          },
          "at most 12 groups",
        ],
        [
          "negative households",
          {
            households: {
              total: -1,
              poor: 0,
              near_poor: 0,
              ethnic_minority: 0,
            },
          },
          "households.total cannot be negative.",
        ],
        [
          "households over total",
          {
            households: { total: 5, poor: 4, near_poor: 4, ethnic_minority: 5 },
          },
          "cannot be more than the total",
        ],
        ["empty story", { story_vi: "   " }, "story_vi must be 1–5000"],
        [
          "long story",
          { story_en: "x".repeat(5001) },
          "story_en must be 1–5000",
        ],
        [
          "future year",
          { founded_year: 1900 },
          "founded_year must be a year from 1945",
        ],
        ["status", { status: "active" }, "Unknown field: status."],
        [
          "commission",
          { commission_rate: 0 },
          "Unknown field: commission_rate.",
        ],
      ]
      it("answers bad applications with 400 and a sentence", async () => {
        const registration = await client.register("form@seller.example.vn")
        for (const [label, change, message] of badApplications) {
          const response = await client.post(
            "/seller/cooperatives",
            applicationBody("htx-sai-mau", change),
            registration
          )
          expect({ label, status: response.status }).toEqual({
            label,
            status: 400,
          })
          expect({ label, message: response.data.message }).toEqual({
            label,
            message: expect.stringContaining(message),
          })
        }
        const notJson = await client.post(
          "/seller/cooperatives",
          ["not", "an", "object"],
          registration
        )
        expect(notJson.status).toBe(400)
      })

      it("needs a seller token to apply", async () => {
        const anonymous = await client.post(
          "/seller/cooperatives",
          applicationBody("htx-vo-danh")
        )
        expect(anonymous.status).toBe(401)
      })
    })

    describe("the seller's own profile", () => {
      it("reads and edits its cooperative; a new commune moves it to that province", async () => {
        const { token, cooperative } = await onboard("htx-sua-ho-so")
        const read = await client.get(
          `/seller/cooperatives/${cooperative.id}`,
          token
        )
        expect(read.status).toBe(200)
        expect(read.data.cooperative).toMatchObject({
          id: cooperative.id,
          status: "pending",
          phone: "0912345678",
        })
        const edited = await client.post(
          `/seller/cooperatives/${cooperative.id}`,
          {
            name: "HTX Sửa Hồ Sơ Mới",
            phone: "+84 987 654 321",
            commune_code: "03980",
            households: {
              total: 50,
              poor: 10,
              near_poor: 5,
              ethnic_minority: 45,
            },
          },
          token
        )
        expect(edited.status).toBe(200)
        expect(edited.data.cooperative).toMatchObject({
          name: "HTX Sửa Hồ Sơ Mới",
          phone: "+84987654321",
          commune_code: "03980",
          province_code: "14",
          status: "pending",
          handle: "htx-sua-ho-so",
        })
      })

      it("cannot change its status, handle or commission", async () => {
        const { token, cooperative } = await onboard("htx-tu-duyet")
        for (const field of ["status", "handle", "commission_rate"]) {
          const response = await client.post(
            `/seller/cooperatives/${cooperative.id}`,
            { [field]: field === "commission_rate" ? 0 : "active" },
            token
          )
          expect(response.status).toBe(400)
          expect(response.data.message).toBe(`Unknown field: ${field}.`)
        }
        const bad = await client.post(
          `/seller/cooperatives/${cooperative.id}`,
          { phone: "12345" },
          token
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("phone is a Vietnamese mobile")
      })

      it("finds no other cooperative, whether by its id or a made-up one", async () => {
        const a = await onboard("htx-ben-a")
        const b = await onboard("htx-ben-b")
        const others = [
          b.cooperative.id,
          cooperativeIds["htx-tram-tau"] ?? "",
          "coop_does_not_exist",
        ]
        for (const id of others) {
          const read = await client.get(`/seller/cooperatives/${id}`, a.token)
          expect({ id, status: read.status }).toEqual({ id, status: 404 })
          expect(read.data.message).toBe(
            `There is no cooperative with id ${id}.`
          )
          const write = await client.post(
            `/seller/cooperatives/${id}`,
            { name: "Chiếm quyền" },
            a.token
          )
          expect({ id, status: write.status }).toEqual({ id, status: 404 })
        }
        const untouched = await client.get(
          `/seller/cooperatives/${b.cooperative.id}`,
          b.token
        )
        expect(untouched.data.cooperative).toMatchObject({
          name: "HTX htx-ben-b",
        })
      })
    })

    describe("isolation from the operator's routes", () => {
      it("refuses seller tokens on /admin", async () => {
        const { token, cooperative } = await onboard("htx-toi-admin")
        expect((await client.get("/admin/cooperatives", token)).status).toBe(
          401
        )
        expect(
          (
            await client.post(
              `/admin/cooperatives/${cooperative.id}/approve`,
              {},
              token
            )
          ).status
        ).toBe(401)
        expect((await client.get("/admin/products", token)).status).toBe(401)
      })

      it("refuses operator tokens on /seller", async () => {
        const operator = await client.signInOperator()
        expect((await client.get("/seller/me", operator)).status).toBe(401)
      })
    })

    describe("the demo seller", () => {
      it("is seeded once as owner of the chosen cooperative and can sign in; never in production", async () => {
        const options = { logger: quiet, cooperativeHandle: "htx-tram-tau" }
        expect(
          await seedDemoSeller(getContainer(), {
            ...options,
            env: { NODE_ENV: "production" },
          })
        ).toBeUndefined()
        const first = await seedDemoSeller(getContainer(), options)
        const second = await seedDemoSeller(getContainer(), options)
        expect(first).toEqual({
          email: DEMO_SELLER_EMAIL,
          cooperative_id: cooperativeIds["htx-tram-tau"],
        })
        expect(second).toEqual(first)
        const signedIn = await client.post("/auth/seller/emailpass", {
          email: DEMO_SELLER_EMAIL,
          password: DEMO_PASSWORD,
        })
        expect(signedIn.status).toBe(200)
        const me = await client.get("/seller/me", signedIn.data.token as string)
        expect(me.data).toMatchObject({
          member: { email: DEMO_SELLER_EMAIL, role: "owner" },
          cooperative: { handle: "htx-tram-tau", status: "active" },
        })
      })
    })

    describe("rate limiting", () => {
      it("answers the eleventh sign-in attempt in a minute with 429 and Retry-After", async () => {
        await client.register("guess@seller.example.vn")
        const attempts: number[] = []
        for (let i = 0; i < 11; i += 1) {
          const response = await client.post("/auth/seller/emailpass", {
            email: "guess@seller.example.vn",
            password: `wrong-${i}`,
          })
          attempts.push(response.status)
        }
        expect(attempts.slice(0, 10).every((status) => status === 401)).toBe(
          true
        )
        expect(attempts[10]).toBe(429)
        const blocked = await api
          .post(
            "/auth/seller/emailpass",
            { email: "guess@seller.example.vn", password: "wrong" },
            client.headers()
          )
          .catch(
            (error: {
              response: {
                status: number
                headers: Record<string, string>
                data: { message: string }
              }
            }) => error.response
          )
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
        expect(blocked.data.message).toContain(
          "Too many attempts to sign in or register"
        )
        // Another address is not held back.
        const elsewhere = await api
          .post(
            "/auth/seller/emailpass",
            { email: "guess@seller.example.vn", password: "wrong" },
            { headers: { "x-forwarded-for": "10.9.9.9" } }
          )
          .catch((error: { response: { status: number } }) => error.response)
        expect(elsewhere.status).toBe(401)
      })
    })
  },
})
