import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

import {
  PHOTO_CONCURRENCY,
  PHOTO_QUEUE_LENGTH,
} from "../../../../lib/images/constants"
import { photoLimiter } from "../../../../lib/images/photo-limiter"
import {
  phoneJpeg,
  plainImage,
} from "../../../../lib/images/__tests__/photo-fixtures"
import { POST } from "../route"

type StoredInput = {
  filename: string
  mimeType: string
  content: string
  access: string
}

const stored: StoredInput[] = []

// The File module's workflow, as the local provider answers it: one URL per file, in order.
jest.mock("@medusajs/medusa/core-flows", () => ({
  uploadFilesWorkflow: () => ({
    run: async ({ input }: { input: { files: StoredInput[] } }) => {
      stored.push(...input.files)
      return {
        result: input.files.map((file, i) => ({
          id: `file_${i}`,
          url: `http://localhost:9000/static/${file.filename}`,
        })),
      }
    },
  }),
}))

jest.setTimeout(120_000)

type Captured = {
  status: number
  body: unknown
  headers: Record<string, string>
}

const call = async (
  files: { originalname: string; buffer: Buffer }[] | undefined
): Promise<Captured> => {
  const captured: Captured = { status: 0, body: undefined, headers: {} }
  const res = {
    status(code: number) {
      captured.status = code
      return this
    },
    json(body: unknown) {
      captured.body = body
      return this
    },
    setHeader(name: string, value: string) {
      captured.headers[name] = value
      return this
    },
  }
  const req = { files, scope: {}, auth_context: { actor_id: "seller_1" } }
  await POST(
    req as unknown as AuthenticatedMedusaRequest,
    res as unknown as MedusaResponse
  )
  return captured
}

const refusal = async (
  files: { originalname: string; buffer: Buffer }[] | undefined
): Promise<MedusaError> => {
  try {
    await call(files)
  } catch (error) {
    if (error instanceof MedusaError) {
      return error
    }
    throw error
  }
  throw new Error("Expected the upload to be refused")
}

beforeEach(() => {
  stored.length = 0
})

describe("POST /seller/uploads", () => {
  it("answers one ImageSet per photo, in order, with every rendition stored as a public file", async () => {
    const { status, body } = await call([
      { originalname: "IMG_0001.jpg", buffer: await phoneJpeg(2000, 1500) },
      { originalname: "leaves.png", buffer: await plainImage(800, 600, "png") },
    ])
    expect(status).toBe(200)
    const { images } = body as {
      images: {
        url: string
        width: number
        height: number
        alt_vi: string
        alt_en: string
        webp: { width: number; url: string }[]
        avif: { width: number; url: string }[]
      }[]
    }
    expect(images).toHaveLength(2)
    const [upright, png] = images
    expect(upright).toMatchObject({
      width: 1280,
      height: 1707,
      alt_vi: "",
      alt_en: "",
    })
    expect(upright?.webp.map((s) => s.width)).toEqual([320, 640, 960, 1280])
    expect(upright?.avif.map((s) => s.width)).toEqual([320, 640, 960, 1280])
    expect(upright?.url).toBe(upright?.webp[3]?.url)
    expect(upright?.url).toMatch(
      /^http:\/\/localhost:9000\/static\/seller-photos\/[0-9a-f-]{36}-1280\.webp$/
    )
    expect(png?.webp.map((s) => s.width)).toEqual([320, 640, 800])

    expect(stored).toHaveLength(14)
    for (const file of stored) {
      expect(file.access).toBe("public")
      expect(file.filename).not.toContain("IMG_0001")
      const bytes = Buffer.from(file.content, "base64")
      const metadata = await sharp(bytes).metadata()
      expect(file.mimeType).toBe(
        metadata.format === "webp" ? "image/webp" : "image/avif"
      )
      expect(metadata.exif).toBeUndefined()
    }
  })

  it("refuses a request without photos", async () => {
    const error = await refusal(undefined)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe(
      'Choose at least one photo to send (form field "files").'
    )
  })

  it("refuses the whole request, naming the file, when one file is not a photo; stores nothing", async () => {
    const error = await refusal([
      { originalname: "good.jpg", buffer: await plainImage(400, 300, "jpeg") },
      { originalname: "photo.jpg", buffer: Buffer.from("just some text") },
    ])
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe(
      "photo.jpg: This file is not a photo we can read. Send a photo as JPEG, PNG, WebP or HEIC."
    )
    expect(stored).toHaveLength(0)
  })

  it("answers 503 with Retry-After when the photo queue cannot take the request", async () => {
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const blockers = Array.from(
      { length: PHOTO_CONCURRENCY + PHOTO_QUEUE_LENGTH - 1 },
      () => photoLimiter.run(() => gate)
    )
    const photo = await plainImage(400, 300, "jpeg")
    const { status, body, headers } = await call([
      { originalname: "a.jpg", buffer: photo },
      { originalname: "b.jpg", buffer: photo },
    ])
    release()
    await Promise.all(blockers)
    expect(status).toBe(503)
    expect(headers["Retry-After"]).toBe("15")
    expect(body).toEqual({
      type: "service_unavailable",
      message:
        "Many photos are being prepared right now. Wait a moment and send them again.",
    })
    expect(stored).toHaveLength(0)
  })
})
