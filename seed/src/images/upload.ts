import type {
  CreateFileDTO,
  IFileModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

import type { IllustrationSpec } from "../catalogue/types"
import { mapWithConcurrency } from "./pool"
import { renderIllustration } from "./render"
import type { ImageSet, RenditionFormat } from "./types"

export type IllustrationUpload = {
  /** Stable, file-name-safe key, e.g. a product handle: "man-hau-moc-chau". */
  key: string
  spec: IllustrationSpec
  alt_vi: string
  alt_en: string
  /** Width over height; 4:3 by default. */
  aspect?: number
}

export type UploadIllustrationsOptions = {
  /** How many illustrations are rendered and stored at once; 2 by default. */
  concurrency?: number
  onProgress?: (done: number, total: number) => void
}

const SAFE_KEY = /^[a-z0-9][a-z0-9_-]{0,119}$/i

const MIME_TYPES: Record<RenditionFormat, string> = {
  webp: "image/webp",
  avif: "image/avif",
}

/**
 * Renders an illustration and stores every rendition through the File module as public files
 * named `illustrations/<key>-<width>.<format>` (the provider may prefix the stored name).
 */
export const uploadIllustration = async (
  container: MedusaContainer,
  input: IllustrationUpload
): Promise<ImageSet> => {
  if (!SAFE_KEY.test(input.key)) {
    throw new Error(
      `Illustration key "${input.key}" must be letters, digits, "-" or "_" (at most 120)`
    )
  }
  const rendered = await renderIllustration(input.spec, {
    aspect: input.aspect,
  })
  const files: CreateFileDTO[] = rendered.renditions.map((r) => ({
    filename: `illustrations/${input.key}-${r.width}.${r.format}`,
    mimeType: MIME_TYPES[r.format],
    // The File module's contract is a base64 string; every provider decodes it back to bytes.
    content: r.buffer.toString("base64"),
    access: "public",
  }))
  const fileModule = container.resolve<IFileModuleService>(Modules.FILE)
  const stored = await fileModule.createFiles(files)
  if (stored.length !== files.length) {
    throw new Error(
      `The File module stored ${stored.length} of ${files.length} renditions of "${input.key}"`
    )
  }

  const set: ImageSet = {
    url: "",
    width: rendered.width,
    height: rendered.height,
    alt_vi: input.alt_vi,
    alt_en: input.alt_en,
    webp: [],
    avif: [],
  }
  rendered.renditions.forEach((r, i) => {
    const file = stored[i]
    if (!file) {
      throw new Error(`Missing stored file for "${input.key}" at ${r.width}px`)
    }
    set[r.format].push({ width: r.width, url: file.url })
  })
  const largest = set.webp[set.webp.length - 1]
  if (!largest) {
    throw new Error(`No WebP rendition was stored for "${input.key}"`)
  }
  set.url = largest.url
  return set
}

/**
 * Uploads many illustrations with a small worker pool (default 2: rendering is CPU-bound and the
 * demo machine has two cores). Results keep the order of the inputs; the first failure stops new
 * items from starting and rejects once the items in flight have finished.
 */
export const uploadIllustrations = async (
  container: MedusaContainer,
  inputs: readonly IllustrationUpload[],
  options: UploadIllustrationsOptions = {}
): Promise<ImageSet[]> => {
  let done = 0
  return mapWithConcurrency(inputs, options.concurrency ?? 2, async (input) => {
    const set = await uploadIllustration(container, input)
    done += 1
    options.onProgress?.(done, inputs.length)
    return set
  })
}
