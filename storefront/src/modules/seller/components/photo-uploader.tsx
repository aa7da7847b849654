"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

import { FieldError } from "./field"
import styles from "./seller.module.css"

export type UploadedImage = {
  url: string
  width?: number
  height?: number
  webp?: { width: number; url: string }[]
  avif?: { width: number; url: string }[]
}

const MAX_PHOTOS = 10

const smallest = (image: UploadedImage): string =>
  [...(image.webp ?? [])].sort((a, b) => a.width - b.width)[0]?.url ?? image.url

/**
 * Photos for a product: the phone's camera or gallery (`capture` opens the camera on Android).
 * Each photo goes to the backend at once, which turns it upright, strips its metadata and stores
 * WebP and AVIF sizes; the form keeps what came back in hidden fields named `images`.
 */
export const PhotoUploader = ({
  initial,
  error,
}: {
  initial: UploadedImage[]
  error?: string
}) => {
  const t = useTranslations("seller.productForm")
  const [images, setImages] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | undefined>(undefined)

  const upload = async (files: FileList | null) => {
    const chosen = [...(files ?? [])].slice(0, MAX_PHOTOS - images.length)
    if (chosen.length === 0) {
      return
    }
    setBusy(true)
    setProblem(undefined)
    try {
      const form = new FormData()
      for (const file of chosen) {
        form.append("files", file, file.name)
      }
      const answer = await fetch("/api/seller/uploads", {
        method: "POST",
        body: form,
      })
      const body = (await answer.json().catch(() => ({}))) as {
        images?: UploadedImage[]
        message?: string
      }
      if (!answer.ok || !body.images) {
        setProblem(
          t("photoFailed", { reason: body.message ?? answer.statusText })
        )
        return
      }
      setImages((current) =>
        [...current, ...(body.images ?? [])].slice(0, MAX_PHOTOS)
      )
    } catch {
      setProblem(t("photoFailed", { reason: "—" }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("photos")}</legend>
      <span className={styles.hint} id="photos-hint">
        {t("photosHint")}
      </span>
      {images.length > 0 && (
        <ul
          className={styles.photos}
          aria-label={t("photos")}
          data-testid="photo-list"
        >
          {images.map((image, index) => (
            <li key={image.url} className={styles.photo}>
              {/* eslint-disable-next-line @next/next/no-img-element -- the smallest rendition, just uploaded */}
              <img src={smallest(image)} alt="" />
              <input
                type="hidden"
                name="images"
                value={JSON.stringify(image)}
              />
              <button
                type="button"
                aria-label={`${t("removePhoto")} ${index + 1}`}
                onClick={() =>
                  setImages((current) =>
                    current.filter((item) => item.url !== image.url)
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {images.length < MAX_PHOTOS && (
        <label className={styles.camera}>
          {busy ? t("uploading") : t("takePhoto")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
            capture="environment"
            multiple
            className={styles.visuallyHidden}
            disabled={busy}
            aria-describedby="photos-hint"
            data-testid="photo-input"
            onChange={(event) => {
              void upload(event.target.files)
              event.target.value = ""
            }}
          />
        </label>
      )}
      <p aria-live="polite" className={styles.hint}>
        {busy ? t("uploading") : ""}
      </p>
      <FieldError id="field-images-error" error={problem ?? error} />
    </fieldset>
  )
}
