import { seedDemoOperator } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info: () => undefined }

type Product = {
  id: string
  variants: { id: string }[]
  images: { id: string; url: string }[]
}

type Seller = {
  token: string
  cooperativeId: string
  memberId: string
  staffId: string
  inviteId: string
  documentId: string
  product: Product
}

const productBody = (handle: string): Record<string, unknown> => ({
  title: `Mật ong ${handle}`,
  handle,
  status: "published",
  images: [{ url: `https://cdn.example.vn/${handle}.webp` }],
  variants: [
    {
      title: "Chai 500 ml",
      prices: [{ amount: 250000, currency_code: "vnd" }],
      stock: 12,
    },
  ],
  origin: {
    commune_code: "04606",
    ethnic_group: "mong",
    harvest_months: [4, 5],
    story_vi: "Mật ong bạc hà.",
    story_en: "Mint-flower honey.",
  },
})

const PDF = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1")

/**
 * Two cooperatives, A and B, each with an owner, a staff member, a waiting invitation, a document
 * and a product. For every resource and verb, A's owner acting on B's ids gets 404 (exactly as for
 * an id that does not exist), and B's data reads the same afterwards.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.8.0.${testNumber}`)
    let a: Seller
    let b: Seller

    const sendDocument = (cooperativeId: string, token: string) => {
      const form = new FormData()
      form.append(
        "files",
        new Blob([new Uint8Array(PDF)], { type: "application/pdf" }),
        "giay-phep.pdf"
      )
      return api
        .post(`/seller/cooperatives/${cooperativeId}/documents`, form, {
          headers: client.headers(token).headers,
        })
        .catch((error: { response: Response }) => error.response)
    }

    const setUp = async (handle: string): Promise<Seller> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      const cooperativeId = (applied.data.cooperative as { id: string }).id
      const operator = await client.signInOperator()
      await client.post(
        `/admin/cooperatives/${cooperativeId}/approve`,
        {},
        operator
      )
      const token = await client.signIn(email)
      const created = await client.post(
        "/seller/products",
        productBody(`${handle}-mat-ong`),
        token
      )
      expect(created.status).toBe(201)

      // A staff member who joined by invitation, and an invitation still waiting.
      const staffEmail = `staff-${handle}@staff.example.vn`
      await client.post(
        "/seller/invites",
        { email: staffEmail, name: "Lò Thị Lan" },
        token
      )
      const notifications = getContainer().resolve<{
        listNotifications: (
          f: Record<string, unknown>
        ) => Promise<{ data: { accept_url: string } }[]>
      }>("notification")
      const [mail] = await notifications.listNotifications({ to: staffEmail })
      const staffRegistration = await client.register(staffEmail)
      const accepted = await client.post(
        "/seller/invites/accept",
        {
          token: new URL(mail?.data.accept_url ?? "http://x").searchParams.get(
            "token"
          ),
        },
        staffRegistration
      )
      expect(accepted.status).toBe(201)
      const invited = await client.post(
        "/seller/invites",
        { email: `waiting-${handle}@staff.example.vn`, name: "Lò Văn Páo" },
        token
      )
      const document = await sendDocument(cooperativeId, token)
      expect(document.status).toBe(201)
      const members = (await client.get("/seller/members", token)).data
        .members as { id: string; role: string }[]
      return {
        token,
        cooperativeId,
        memberId: members.find((m) => m.role === "owner")?.id ?? "",
        staffId: members.find((m) => m.role === "staff")?.id ?? "",
        inviteId: (invited.data.invite as { id: string }).id,
        documentId: (
          (document.data.documents as { id: string }[])[0] ?? { id: "" }
        ).id,
        product: created.data.product as Product,
      }
    }

    /** Everything B itself can read; compared before and after A's attempts. */
    const snapshotOf = async (seller: Seller) => ({
      cooperative: (
        await client.get(
          `/seller/cooperatives/${seller.cooperativeId}`,
          seller.token
        )
      ).data,
      documents: (
        await client.get(
          `/seller/cooperatives/${seller.cooperativeId}/documents`,
          seller.token
        )
      ).data,
      members: (await client.get("/seller/members", seller.token)).data,
      products: (await client.get("/seller/products", seller.token)).data,
      product: (
        await client.get(`/seller/products/${seller.product.id}`, seller.token)
      ).data,
    })

    beforeAll(async () => {
      testNumber = 1
      await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      a = await setUp("htx-rieng-a")
      testNumber = 2
      b = await setUp("htx-rieng-b")
    })

    beforeEach(() => {
      testNumber += 1
    })

    type Attempt = {
      resource: string
      verb: "GET" | "POST" | "DELETE"
      url: () => string
      body?: () => unknown
    }

    const variantOfB = () => b.product.variants[0]?.id ?? ""
    const attempts: Attempt[] = [
      {
        resource: "cooperative profile",
        verb: "GET",
        url: () => `/seller/cooperatives/${b.cooperativeId}`,
      },
      {
        resource: "cooperative profile",
        verb: "POST",
        url: () => `/seller/cooperatives/${b.cooperativeId}`,
        body: () => ({ name: "HTX bị đổi tên" }),
      },
      {
        resource: "documents",
        verb: "GET",
        url: () => `/seller/cooperatives/${b.cooperativeId}/documents`,
      },
      {
        resource: "documents",
        verb: "DELETE",
        url: () =>
          `/seller/cooperatives/${b.cooperativeId}/documents/${b.documentId}`,
      },
      {
        resource: "documents (B's id under A's cooperative)",
        verb: "DELETE",
        url: () =>
          `/seller/cooperatives/${a.cooperativeId}/documents/${b.documentId}`,
      },
      {
        resource: "products",
        verb: "GET",
        url: () => `/seller/products/${b.product.id}`,
      },
      {
        resource: "products",
        verb: "POST",
        url: () => `/seller/products/${b.product.id}`,
        body: () => ({ title: "Bị đổi tên" }),
      },
      {
        resource: "products",
        verb: "DELETE",
        url: () => `/seller/products/${b.product.id}`,
      },
      {
        resource: "images of a product",
        verb: "POST",
        url: () => `/seller/products/${b.product.id}`,
        body: () => ({ images: [{ url: "https://evil.example/x.webp" }] }),
      },
      {
        resource: "variants (B's variant in A's product body)",
        verb: "POST",
        url: () => `/seller/products/${a.product.id}`,
        body: () => ({ variants: [{ id: variantOfB() }] }),
      },
      {
        resource: "prices (B's variant in A's product body)",
        verb: "POST",
        url: () => `/seller/products/${a.product.id}`,
        body: () => ({
          variants: [
            {
              id: variantOfB(),
              prices: [{ amount: 1000, currency_code: "vnd" }],
            },
          ],
        }),
      },
      {
        resource: "stock (B's variant in A's product body)",
        verb: "POST",
        url: () => `/seller/products/${a.product.id}`,
        body: () => ({ variants: [{ id: variantOfB(), stock: 0 }] }),
      },
      {
        resource: "prices and stock on B's product",
        verb: "POST",
        url: () => `/seller/products/${b.product.id}`,
        body: () => ({
          variants: [
            {
              id: variantOfB(),
              prices: [{ amount: 1000, currency_code: "vnd" }],
              stock: 0,
            },
          ],
        }),
      },
      {
        resource: "stock of B's product (stock route)",
        verb: "POST",
        url: () => `/seller/products/${b.product.id}/stock`,
        body: () => ({ variants: [{ id: variantOfB(), stock: 0 }] }),
      },
      {
        resource: "stock (B's variant through A's stock route)",
        verb: "POST",
        url: () => `/seller/products/${a.product.id}/stock`,
        body: () => ({ variants: [{ id: variantOfB(), stock: 0 }] }),
      },
      {
        resource: "members",
        verb: "DELETE",
        url: () => `/seller/members/${b.staffId}`,
      },
      {
        resource: "members (B's owner)",
        verb: "DELETE",
        url: () => `/seller/members/${b.memberId}`,
      },
      {
        resource: "invites",
        verb: "DELETE",
        url: () => `/seller/invites/${b.inviteId}`,
      },
    ]

    const act = (attempt: Attempt, token: string): Promise<Response> => {
      const url = attempt.url()
      switch (attempt.verb) {
        case "GET":
          return client.get(url, token)
        case "DELETE":
          return client.delete(url, token)
        case "POST":
          return client.post(url, attempt.body?.() ?? {}, token)
      }
    }

    it.each(
      attempts.map((attempt) => [attempt.verb, attempt.resource, attempt])
    )(
      "%s %s of another cooperative → 404, and nothing of B changes",
      async (_verb, _resource, attempt) => {
        const before = await snapshotOf(b)
        // B's own view is real data, so "unchanged" means something.
        expect(before).toMatchObject({
          cooperative: {
            cooperative: { id: b.cooperativeId, name: "HTX htx-rieng-b" },
          },
          documents: { documents: [{ id: b.documentId }] },
          members: { invites: [{ id: b.inviteId }] },
          product: {
            product: { id: b.product.id, title: "Mật ong htx-rieng-b-mat-ong" },
          },
        })
        expect(before.members.members).toHaveLength(2)
        const response = await act(attempt as Attempt, a.token)
        expect(response.status).toBe(404)
        expect(response.data).toMatchObject({ type: "not_found" })
        expect(await snapshotOf(b)).toEqual(before)
      }
    )

    it("uploading documents to another cooperative → 404 and nothing is added", async () => {
      const before = await snapshotOf(b)
      expect((await sendDocument(b.cooperativeId, a.token)).status).toBe(404)
      expect(await snapshotOf(b)).toEqual(before)
    })

    it("lists show only the seller's own cooperative, and filters or expansions cannot reach another", async () => {
      const products = (await client.get("/seller/products", a.token)).data
        .products as { id: string }[]
      expect(products.map((p) => p.id)).toEqual([a.product.id])
      const members = (await client.get("/seller/members", a.token)).data as {
        members: { id: string }[]
        invites: { id: string }[]
      }
      expect(members.members.map((m) => m.id).sort()).toEqual(
        [a.memberId, a.staffId].sort()
      )
      expect(members.invites.map((i) => i.id)).toEqual([a.inviteId])
      for (const url of [
        `/seller/products?cooperative_id=${b.cooperativeId}`,
        "/seller/products?fields=*cooperative",
        `/seller/members?cooperative_id=${b.cooperativeId}`,
        `/seller/cooperatives/${a.cooperativeId}/documents?cooperative_id=${b.cooperativeId}`,
      ]) {
        const response = await client.get(url, a.token)
        expect([url, response.status]).toEqual([url, 400])
      }
    })

    it("seller tokens reach no /admin route", async () => {
      const routes: [string, string, unknown?][] = [
        ["GET", "/admin/cooperatives"],
        ["GET", `/admin/cooperatives/${a.cooperativeId}`],
        ["POST", `/admin/cooperatives/${a.cooperativeId}/approve`, {}],
        [
          "POST",
          `/admin/cooperatives/${b.cooperativeId}/suspend`,
          { reason: "Thử." },
        ],
        [
          "POST",
          `/admin/cooperatives/${b.cooperativeId}/reject`,
          { reason: "Thử." },
        ],
        ["GET", `/admin/cooperatives/${b.cooperativeId}/documents`],
        [
          "GET",
          `/admin/cooperatives/${b.cooperativeId}/documents/${b.documentId}/file`,
        ],
        ["GET", `/admin/cooperatives/${b.cooperativeId}/listings`],
        [
          "POST",
          `/admin/cooperatives/${b.cooperativeId}/listings/${b.product.id}/publish`,
          {},
        ],
        ["GET", "/admin/marketplace-settings"],
        [
          "POST",
          "/admin/marketplace-settings",
          { listings_need_approval: true },
        ],
        ["GET", `/admin/products/${b.product.id}`],
        ["POST", `/admin/products/${b.product.id}`, { title: "x" }],
        ["DELETE", `/admin/products/${b.product.id}`],
        ["GET", "/admin/orders"],
      ]
      for (const [verb, url, body] of routes) {
        const response =
          verb === "GET"
            ? await client.get(url, a.token)
            : verb === "DELETE"
              ? await client.delete(url, a.token)
              : await client.post(url, body, a.token)
        expect([verb, url, response.status]).toEqual([verb, url, 401])
      }
    })
  },
})
