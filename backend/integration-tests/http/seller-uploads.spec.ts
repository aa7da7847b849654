import { readFileSync } from "node:fs"
import { join } from "node:path"

import { seedMarketplace } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"

import {
  FIXTURE_COOPERATIVES,
  FIXTURE_PRODUCTS,
} from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type ImageSet = {
  url: string
  width: number
  height: number
  webp: { width: number; url: string }[]
  avif: { width: number; url: string }[]
}

/** A phone photo: 2000×1500 stored sideways (EXIF orientation 6) with the farm's GPS position. */
const phonePhoto = (): Promise<Buffer> =>
  sharp({
    create: {
      width: 2000,
      height: 1500,
      channels: 3,
      background: { r: 120, g: 160, b: 90 },
    },
  })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "CheapPhone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 49/1 0/1" },
    })
    // libvips writes the orientation from its own field, not from the EXIF block above.
    .withMetadata({ orientation: 6 })
    .toBuffer()

/** Where the local file provider put a file, from its public URL. */
const storedFile = (url: string): Buffer =>
  readFileSync(
    join(
      process.env.FILE_UPLOAD_DIR ?? "",
      decodeURIComponent(new URL(url).pathname.replace(/^\/static\//, ""))
    )
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.1.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      await seedMarketplace(getContainer(), {
        logger: quiet,
        cooperatives: FIXTURE_COOPERATIVES.slice(0, 1),
        products: FIXTURE_PRODUCTS.slice(0, 1),
        images: false,
      })
    })

    const sellerToken = async (handle: string): Promise<string> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      return client.signIn(email)
    }

    const upload = (
      files: { name: string; type: string; bytes: Buffer }[],
      token?: string
    ): Promise<Response> => {
      const form = new FormData()
      for (const file of files) {
        form.append(
          "files",
          new Blob([new Uint8Array(file.bytes)], { type: file.type }),
          file.name
        )
      }
      const { headers } = client.headers(token)
      return api
        .post("/seller/uploads", form, { headers })
        .catch((error: { response: Response }) => error.response)
    }

    it("turns a sideways phone photo into upright WebP and AVIF renditions without EXIF or GPS", async () => {
      const token = await sellerToken("htx-anh-chup")
      const response = await upload(
        [
          {
            name: "IMG_0001.jpg",
            type: "image/jpeg",
            bytes: await phonePhoto(),
          },
        ],
        token
      )
      expect(response.status).toBe(200)
      const [image] = response.data.images as ImageSet[]
      expect(image?.webp.map((source) => source.width)).toEqual([
        320, 640, 960, 1280,
      ])
      expect(image?.avif.map((source) => source.width)).toEqual([
        320, 640, 960, 1280,
      ])
      // Upright: the 2000×1500 sensor image stood on its side is 3:4.
      expect(image).toMatchObject({ width: 1280, height: 1707 })
      const largest = storedFile(image?.url ?? "")
      const metadata = await sharp(largest).metadata()
      expect(metadata).toMatchObject({
        format: "webp",
        width: 1280,
        height: 1707,
      })
      expect(metadata.exif).toBeUndefined()
      expect(largest.includes(Buffer.from("CheapPhone"))).toBe(false)
      const avif = await sharp(storedFile(image?.avif[0]?.url ?? "")).metadata()
      expect(avif).toMatchObject({ format: "heif", width: 320 })
    })

    it("takes an iPhone's HEIC photo and serves it as WebP and AVIF", async () => {
      const token = await sellerToken("htx-anh-heic")
      // Encoded with HEVC by libheif's heif-enc, as phones do; shared with the plugin's tests.
      const heic = readFileSync(
        join(
          __dirname,
          "../../../plugins/cooperative-seller/src/lib/images/__tests__/fixtures/red-corner-1200x900.heic"
        )
      )
      const response = await upload(
        [{ name: "IMG_4032.HEIC", type: "image/heic", bytes: heic }],
        token
      )
      expect(response.status).toBe(200)
      const [image] = response.data.images as ImageSet[]
      expect(image).toMatchObject({ width: 1200, height: 900 })
      expect(image?.webp.map((source) => source.width)).toEqual([
        320, 640, 960, 1200,
      ])
      const largest = await sharp(storedFile(image?.url ?? "")).metadata()
      expect(largest).toMatchObject({
        format: "webp",
        width: 1200,
        height: 900,
      })
    })

    it("judges a file by its content, not its name, and needs a seller", async () => {
      const token = await sellerToken("htx-tep-la")
      const notAPhoto = await upload(
        [
          {
            name: "photo.jpg",
            type: "image/jpeg",
            bytes: Buffer.from("this is a shopping list, not a photo"),
          },
        ],
        token
      )
      expect(notAPhoto.status).toBe(400)
      expect(notAPhoto.data.message).toContain("JPEG, PNG, WebP or HEIC")

      const anonymous = await upload([
        { name: "IMG_0002.jpg", type: "image/jpeg", bytes: await phonePhoto() },
      ])
      expect(anonymous.status).toBe(401)
    })
  },
})
