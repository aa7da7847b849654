import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { MAX_PHOTO_BYTES } from "../../../../lib/images/constants"
import { receivePhotos } from "../receive-photos"

type Outcome =
  | {
      ok: true
      files: { fieldname: string; originalname: string; size: number }[]
    }
  | { ok: false; type: string; message: string }

let server: Server
let url: string

// The middleware on a bare HTTP server: multer only needs the request stream and its headers.
beforeAll(async () => {
  server = createServer((req, res) => {
    const next: MedusaNextFunction = (error?: unknown) => {
      const files =
        (req as unknown as { files?: Express.Multer.File[] }).files ?? []
      const outcome: Outcome =
        error instanceof MedusaError
          ? { ok: false, type: error.type, message: error.message }
          : error
            ? { ok: false, type: "unexpected", message: String(error) }
            : {
                ok: true,
                files: files.map((f) => ({
                  fieldname: f.fieldname,
                  originalname: f.originalname,
                  size: f.size,
                })),
              }
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify(outcome))
    }
    receivePhotos(
      req as unknown as MedusaRequest,
      res as unknown as MedusaResponse,
      next
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

const send = async (form: FormData): Promise<Outcome> => {
  const response = await fetch(url, { method: "POST", body: form })
  return (await response.json()) as Outcome
}

const formWith = (count: number, size = 10, field = "files"): FormData => {
  const form = new FormData()
  for (let i = 0; i < count; i += 1) {
    form.append(field, new Blob([Buffer.alloc(size, 1)]), `photo-${i}.jpg`)
  }
  return form
}

describe("receivePhotos (multer)", () => {
  it("reads up to 10 files from the field `files` into memory", async () => {
    const outcome = await send(formWith(10))
    expect(outcome.ok).toBe(true)
    if (outcome.ok) {
      expect(outcome.files).toHaveLength(10)
      expect(outcome.files[0]).toEqual({
        fieldname: "files",
        originalname: "photo-0.jpg",
        size: 10,
      })
    }
  })

  it("refuses an 11th file with 400 and a sentence", async () => {
    expect(await send(formWith(11))).toEqual({
      ok: false,
      type: MedusaError.Types.INVALID_DATA,
      message: "Send at most 10 photos at once.",
    })
  })

  it("refuses a file over 15 MB with 400 and a sentence", async () => {
    expect(await send(formWith(1, MAX_PHOTO_BYTES + 1))).toEqual({
      ok: false,
      type: MedusaError.Types.INVALID_DATA,
      message: "This photo is larger than 15 MB. Send a smaller photo.",
    })
  })

  it("refuses files in another field with 400 and a sentence", async () => {
    expect(await send(formWith(1, 10, "photo"))).toEqual({
      ok: false,
      type: MedusaError.Types.INVALID_DATA,
      message: 'Send the photos in the form field "files".',
    })
  })

  it("refuses a cut-off multipart body with 400 and a sentence", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=XYZ" },
      body: '--XYZ\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\n\r\nabc',
    })
    expect(await response.json()).toEqual({
      ok: false,
      type: MedusaError.Types.INVALID_DATA,
      message: "The upload could not be read. Send the photos again.",
    })
  })
})
