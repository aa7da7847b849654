import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { connection } from "next/server"

import { sdk } from "./config"

/** Answers that change when an operator edits the catalogue: kept a minute. */
export const CATALOGUE_REVALIDATE_SECONDS = 60
/** Provinces and communes change once a decade: kept a day. */
export const PLACES_REVALIDATE_SECONDS = 86_400

type StoreFetchOptions = {
  query?: Record<string, string | number>
  tags: string[]
  revalidate: number
}

/**
 * A GET on the store API, cached by Next under `tags` for `revalidate` seconds. Data is only
 * ever fetched for a real request, so `next build` needs no backend.
 */
export const storeFetch = async <T>(
  path: string,
  { query, tags, revalidate }: StoreFetchOptions
): Promise<T> => {
  await connection()
  return sdk().client.fetch<T>(path, {
    query,
    cache: "force-cache",
    next: { tags, revalidate },
  })
}

/** The backend answered 404: what was asked for is not there (or not for buyers). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof FetchError && error.status === 404
