import {
  DEMO_OFFICER_EMAIL,
  DEMO_PASSWORD,
  seedDemoOfficer,
  seedDemoOperator,
  seedDemoSeller,
  DEMO_SELLER_EMAIL,
} from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import { type Api, sellerClient } from "../helpers/seller-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info: () => undefined }

type Officer = {
  id: string
  email: string
  name: string
  all_provinces: boolean
  provinces: { code: string; name: string }[]
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.7.0.${testNumber}`)

    beforeEach(() => {
      testNumber += 1
    })

    beforeAll(async () => {
      const container = getContainer()
      await seedFixtureShop(container)
      await seedDemoOperator(container, { logger: quiet })
      await seedDemoSeller(container, {
        logger: quiet,
        cooperativeHandle: "htx-tram-tau",
      })
      await seedDemoOfficer(container, { logger: quiet })
    })

    const officerToken = async (email: string, password: string) => {
      const response = await client.post("/auth/officer/emailpass", {
        email,
        password,
      })
      return response
    }

    it("lets the demo officer sign in as an officer and read every province", async () => {
      const signIn = await officerToken(DEMO_OFFICER_EMAIL, DEMO_PASSWORD)
      expect(signIn.status).toBe(200)
      const me = await client.get("/officer/me", signIn.data.token as string)
      expect(me.status).toBe(200)
      const officer = me.data.officer as Officer
      expect(officer).toMatchObject({
        email: DEMO_OFFICER_EMAIL,
        all_provinces: true,
      })
      expect(officer.provinces).toHaveLength(34)
    })

    it("has the operator make an officer limited to some provinces, change and remove them", async () => {
      const admin = await client.signInOperator()
      const created = await client.post(
        "/admin/officers",
        {
          email: "Can.Bo.Lao.Cai@example.vn",
          name: "Lò Văn Minh",
          password: "mat-khau-can-bo",
          province_codes: ["15", "14", "15"],
        },
        admin
      )
      expect(created.status).toBe(201)
      const officer = created.data.officer as Officer
      expect(officer).toMatchObject({
        email: "can.bo.lao.cai@example.vn",
        all_provinces: false,
        provinces: [
          { code: "14", name: "Tỉnh Sơn La" },
          { code: "15", name: "Tỉnh Lào Cai" },
        ],
      })

      const signIn = await officerToken(
        "can.bo.lao.cai@example.vn",
        "mat-khau-can-bo"
      )
      expect(signIn.status).toBe(200)
      const token = signIn.data.token as string
      expect(
        (
          (await client.get("/officer/me", token)).data.officer as Officer
        ).provinces.map((p) => p.code)
      ).toEqual(["14", "15"])

      const changed = await client.post(
        `/admin/officers/${officer.id}`,
        { province_codes: ["15"] },
        admin
      )
      expect(
        (changed.data.officer as Officer).provinces.map((p) => p.code)
      ).toEqual(["15"])
      const listed = await client.get("/admin/officers", admin)
      expect((listed.data.officers as Officer[]).map((o) => o.email)).toContain(
        "can.bo.lao.cai@example.vn"
      )

      const removed = await client.delete(
        `/admin/officers/${officer.id}`,
        admin
      )
      expect(removed.data).toEqual({
        id: officer.id,
        object: "officer",
        deleted: true,
      })
      const after = await client.get("/officer/me", token)
      expect(after.status).toBe(401)
    })

    it("refuses bad officer details with a sentence, and a taken e-mail", async () => {
      const admin = await client.signInOperator()
      const cases: [Record<string, unknown>, string][] = [
        [
          { email: "not-an-email", name: "A B", password: "mat-khau-dai-du" },
          "e-mail address",
        ],
        [
          { email: "a@example.vn", name: "A B", password: "ngan" },
          "at least 10 characters",
        ],
        [
          {
            email: "a@example.vn",
            name: "A B",
            password: "mat-khau-dai-du",
            province_codes: ["99"],
          },
          "99 is not a province",
        ],
        [
          {
            email: "a@example.vn",
            name: "A B",
            password: "mat-khau-dai-du",
            province_codes: ["Hà Nội"],
          },
          "two-digit 2025 code",
        ],
        [
          {
            email: "a@example.vn",
            name: "A B",
            password: "mat-khau-dai-du",
            role: "admin",
          },
          "Unknown field",
        ],
        [
          {
            email: DEMO_SELLER_EMAIL,
            name: "A B",
            password: "mat-khau-dai-du",
          },
          "already has an account",
        ],
      ]
      for (const [body, words] of cases) {
        const response = await client.post("/admin/officers", body, admin)
        expect([response.status, response.data.message]).toEqual([
          400,
          expect.stringContaining(words),
        ])
      }
      const listed = await client.get("/admin/officers", admin)
      expect(
        (listed.data.officers as Officer[]).map((o) => o.email)
      ).not.toContain("a@example.vn")
    })

    it("keeps /officer to officers: no token or a seller's token (even exchanged at the officer sign-in) gets 401, and nobody signs up as an officer", async () => {
      expect((await client.get("/officer/me")).status).toBe(401)
      const seller = await client.post("/auth/seller/emailpass", {
        email: DEMO_SELLER_EMAIL,
        password: DEMO_PASSWORD,
      })
      expect(
        (await client.get("/officer/me", seller.data.token as string)).status
      ).toBe(401)
      // The seller's e-mail and password do not make an officer either.
      expect(
        (await officerToken(DEMO_SELLER_EMAIL, DEMO_PASSWORD)).status
      ).toBe(200)
      const sellerAsOfficer = await officerToken(
        DEMO_SELLER_EMAIL,
        DEMO_PASSWORD
      )
      expect(
        (await client.get("/officer/me", sellerAsOfficer.data.token as string))
          .status
      ).toBe(401)
      const signUp = await client.post("/auth/officer/emailpass/register", {
        email: "moi@example.vn",
        password: "mat-khau-dai-du",
      })
      expect(signUp.status).toBe(400)
      expect(signUp.data.message).toContain("made by the operator")
      // Admin routes refuse officer tokens.
      const officer = await officerToken(DEMO_OFFICER_EMAIL, DEMO_PASSWORD)
      expect(
        (await client.get("/admin/officers", officer.data.token as string))
          .status
      ).toBe(401)
    })
  },
})
