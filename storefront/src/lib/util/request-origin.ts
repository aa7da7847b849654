import "server-only"

import { headers } from "next/headers"

import { siteOrigin } from "./site-url"

const FALLBACK_ORIGIN = "http://localhost:8000"

/** This request's storefront origin (see siteOrigin). */
export const requestOrigin = async (): Promise<string> => {
  const requestHeaders = await headers()
  return (
    siteOrigin({
      configured: process.env.STOREFRONT_URL,
      host: requestHeaders.get("host"),
      forwardedHost: requestHeaders.get("x-forwarded-host"),
      forwardedProto: requestHeaders.get("x-forwarded-proto"),
    }) ?? FALLBACK_ORIGIN
  )
}
