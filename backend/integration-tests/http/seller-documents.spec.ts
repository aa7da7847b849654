import { readdirSync } from "node:fs"
import { join } from "node:path"

import { seedDemoOperator } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"

import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type Document = {
  id: string
  filename: string
  mime_type: string
  size: number
  created_at: string
}
type Upload = { name: string; type: string; bytes: Buffer }

/** A small but real one-page PDF. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1"
)

const picture = (format: "png" | "jpeg"): Promise<Buffer> =>
  sharp({
    create: {
      width: 40,
      height: 30,
      channels: 3,
      background: { r: 200, g: 40, b: 40 },
    },
  })
    .toFormat(format)
    .toBuffer()

/** Every file below a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.5.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      await seedDemoOperator(getContainer(), { logger: quiet })
    })

    const onboard = async (
      handle: string
    ): Promise<{ token: string; id: string }> => {
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
        id: (applied.data.cooperative as { id: string }).id,
      }
    }

    const send = (
      cooperativeId: string,
      files: Upload[],
      token?: string,
      field = "files"
    ): Promise<Response> => {
      const form = new FormData()
      for (const file of files) {
        form.append(
          field,
          new Blob([new Uint8Array(file.bytes)], { type: file.type }),
          file.name
        )
      }
      const { headers } = client.headers(token)
      return api
        .post(`/seller/cooperatives/${cooperativeId}/documents`, form, {
          headers,
        })
        .catch((error: { response: Response }) => error.response)
    }

    const pdf = (name = "Giấy chứng nhận HTX.pdf"): Upload => ({
      name,
      type: "application/pdf",
      bytes: PDF,
    })

    /** The operator's download, as bytes. */
    const download = async (
      url: string,
      token: string
    ): Promise<{
      status: number
      headers: Record<string, string>
      body: Buffer
    }> => {
      const response = (await (
        api as unknown as {
          get: (
            u: string,
            o: Record<string, unknown>
          ) => Promise<{
            status: number
            headers: Record<string, string>
            data: ArrayBuffer
          }>
        }
      )
        .get(url, {
          ...client.headers(token),
          responseType: "arraybuffer",
        })
        .catch(
          (error: {
            response: {
              status: number
              headers: Record<string, string>
              data: ArrayBuffer
            }
          }) => error.response
        )) as {
        status: number
        headers: Record<string, string>
        data: ArrayBuffer
      }
      return {
        status: response.status,
        headers: response.headers,
        body: Buffer.from(response.data),
      }
    }

    it("accepts PDF, PNG and JPEG judged by content, lists and deletes them; the operator downloads them", async () => {
      const { token, id } = await onboard("htx-giay-to-a")
      const png = await picture("png")
      const jpeg = await picture("jpeg")
      const uploadDir = process.env.FILE_UPLOAD_DIR ?? ""
      const before = filesUnder(uploadDir)

      const sent = await send(
        id,
        [
          pdf(),
          // Named and declared wrongly: the content decides.
          { name: "cmnd-mat-truoc.pdf", type: "application/pdf", bytes: png },
          { name: "so-ho-khau", type: "application/octet-stream", bytes: jpeg },
        ],
        token
      )
      expect(sent.status).toBe(201)
      const documents = sent.data.documents as Document[]
      expect(
        documents.map(({ filename, mime_type, size }) => ({
          filename,
          mime_type,
          size,
        }))
      ).toEqual([
        {
          filename: "Giấy chứng nhận HTX.pdf",
          mime_type: "application/pdf",
          size: PDF.length,
        },
        {
          filename: "cmnd-mat-truoc.png",
          mime_type: "image/png",
          size: png.length,
        },
        {
          filename: "so-ho-khau.jpg",
          mime_type: "image/jpeg",
          size: jpeg.length,
        },
      ])
      expect(Object.keys(documents[0] ?? {}).sort()).toEqual([
        "created_at",
        "filename",
        "id",
        "mime_type",
        "size",
      ])

      // Private: nothing was written where the backend serves /static.
      expect(filesUnder(uploadDir)).toEqual(before)
      for (const document of documents) {
        const path = `/static/${document.id}`
        expect((await client.get(path)).status).toBe(404)
      }

      const listed = await client.get(
        `/seller/cooperatives/${id}/documents`,
        token
      )
      expect(listed.status).toBe(200)
      expect(listed.data.documents).toEqual(documents)

      const operator = await client.signInOperator()
      const adminListed = await client.get(
        `/admin/cooperatives/${id}/documents`,
        operator
      )
      expect(adminListed.data.documents).toEqual(documents)
      const detail = await client.get(`/admin/cooperatives/${id}`, operator)
      expect(detail.data.cooperative).toMatchObject({ documents })

      const [first, second] = documents
      const file = await download(
        `/admin/cooperatives/${id}/documents/${first?.id}/file`,
        operator
      )
      expect(file.status).toBe(200)
      expect(file.headers["content-type"]).toBe("application/pdf")
      expect(file.headers["content-disposition"]).toContain(
        "filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn%20HTX.pdf"
      )
      expect(file.body.equals(PDF)).toBe(true)
      const image = await download(
        `/admin/cooperatives/${id}/documents/${second?.id}/file`,
        operator
      )
      expect(image.headers["content-type"]).toBe("image/png")
      expect(image.body.equals(png)).toBe(true)

      // Neither a seller nor anyone without a login can download through the admin route.
      expect(
        (
          await download(
            `/admin/cooperatives/${id}/documents/${first?.id}/file`,
            token
          )
        ).status
      ).toBe(401)
      expect(
        (
          await download(
            `/admin/cooperatives/${id}/documents/${first?.id}/file`,
            ""
          )
        ).status
      ).toBe(401)

      const deleted = await client.delete(
        `/seller/cooperatives/${id}/documents/${first?.id}`,
        token
      )
      expect(deleted.status).toBe(200)
      expect(deleted.data).toEqual({
        id: first?.id,
        object: "cooperative_document",
        deleted: true,
      })
      expect(
        (
          (await client.get(`/seller/cooperatives/${id}/documents`, token)).data
            .documents as Document[]
        ).map((d) => d.id)
      ).toEqual(documents.slice(1).map((d) => d.id))
      expect(
        (
          await download(
            `/admin/cooperatives/${id}/documents/${first?.id}/file`,
            operator
          )
        ).status
      ).toBe(404)
    })

    it("refuses files that are not PDF, JPEG or PNG whatever their name, empty and over-size files", async () => {
      const { token, id } = await onboard("htx-giay-to-b")
      const text = await send(
        id,
        [
          pdf("ok.pdf"),
          {
            name: "giay-phep.pdf",
            type: "application/pdf",
            bytes: Buffer.from("Giấy phép kinh doanh số 123", "utf8"),
          },
        ],
        token
      )
      expect(text.status).toBe(400)
      expect(text.data.message).toBe(
        '"giay-phep.pdf" is not a PDF, JPEG or PNG file. Send the document as a PDF or a photo.'
      )
      const webp = await send(
        id,
        [
          {
            name: "anh.png",
            type: "image/png",
            bytes: await sharp({
              create: {
                width: 4,
                height: 4,
                channels: 3,
                background: "#fff",
              },
            })
              .webp()
              .toBuffer(),
          },
        ],
        token
      )
      expect(webp.status).toBe(400)

      const empty = await send(
        id,
        [
          {
            name: "trong.pdf",
            type: "application/pdf",
            bytes: Buffer.alloc(0),
          },
        ],
        token
      )
      expect(empty.status).toBe(400)
      expect(empty.data.message).toBe(
        '"trong.pdf" is empty. Send the document again.'
      )

      const large = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])
      const tooLarge = await send(
        id,
        [{ name: "lon.pdf", type: "application/pdf", bytes: large }],
        token
      )
      expect(tooLarge.status).toBe(400)
      expect(tooLarge.data.message).toBe(
        "A document is larger than 10 MB. Scan it again at a lower resolution or send a smaller file."
      )

      const none = await send(id, [], token)
      expect(none.status).toBe(400)
      expect(none.data.message).toBe(
        'Choose at least one document to send (form field "files").'
      )
      const wrongField = await send(id, [pdf()], token, "document")
      expect(wrongField.status).toBe(400)
      expect(wrongField.data.message).toBe(
        'Send the documents in the form field "files".'
      )

      // Nothing from the refused requests was kept.
      expect(
        (await client.get(`/seller/cooperatives/${id}/documents`, token)).data
          .documents
      ).toEqual([])
    })

    it("takes at most 5 documents at once and 10 in all", async () => {
      const { token, id } = await onboard("htx-giay-to-c")
      const six = Array.from({ length: 6 }, (_, i) => pdf(`trang-${i}.pdf`))
      const tooManyAtOnce = await send(id, six, token)
      expect(tooManyAtOnce.status).toBe(400)
      expect(tooManyAtOnce.data.message).toBe(
        "Send at most 5 documents at once."
      )

      expect((await send(id, six.slice(0, 5), token)).status).toBe(201)
      expect((await send(id, six.slice(0, 4), token)).status).toBe(201)
      const tooManyInAll = await send(id, six.slice(0, 2), token)
      expect(tooManyInAll.status).toBe(400)
      expect(tooManyInAll.data.message).toBe(
        "A cooperative can keep at most 10 documents and yours has 9; delete some first."
      )
      expect((await send(id, six.slice(0, 1), token)).status).toBe(201)
      expect(
        (
          (await client.get(`/seller/cooperatives/${id}/documents`, token)).data
            .documents as Document[]
        ).length
      ).toBe(10)
    })

    it("another cooperative's documents do not exist for a seller", async () => {
      const a = await onboard("htx-giay-to-d")
      const b = await onboard("htx-giay-to-e")
      const bDocument = (
        (await send(b.id, [pdf()], b.token)).data.documents as Document[]
      )[0]

      expect(
        (await client.get(`/seller/cooperatives/${b.id}/documents`, a.token))
          .status
      ).toBe(404)
      expect((await send(b.id, [pdf()], a.token)).status).toBe(404)
      expect(
        (
          await client.delete(
            `/seller/cooperatives/${b.id}/documents/${bDocument?.id}`,
            a.token
          )
        ).status
      ).toBe(404)
      // B's document id under A's own cooperative is not found either.
      expect(
        (
          await client.delete(
            `/seller/cooperatives/${a.id}/documents/${bDocument?.id}`,
            a.token
          )
        ).status
      ).toBe(404)
      expect(
        (await client.get(`/seller/cooperatives/${b.id}/documents`, b.token))
          .data.documents
      ).toEqual([bDocument])

      const operator = await client.signInOperator()
      expect(
        (
          await download(
            `/admin/cooperatives/${a.id}/documents/${bDocument?.id}/file`,
            operator
          )
        ).status
      ).toBe(404)
      expect(
        (await client.get(`/seller/cooperatives/${a.id}/documents`)).status
      ).toBe(401)
    })
  },
})
