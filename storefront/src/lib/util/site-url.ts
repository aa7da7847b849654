type OriginSources = {
  /** STOREFRONT_URL, when the deployment sets it. */
  configured?: string
  host?: string | null
  forwardedHost?: string | null
  forwardedProto?: string | null
}

const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

const firstValue = (value: string | null | undefined): string | undefined =>
  value?.split(",")[0]?.trim() || undefined

const originOf = (value: string): string | undefined => {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
      ? url.origin
      : undefined
  } catch {
    return undefined
  }
}

/**
 * The storefront's own origin ("https://chophien.vn"), for links that leave the page: QR codes,
 * Open Graph and JSON-LD. STOREFRONT_URL wins; otherwise the request's (forwarded) host, over
 * HTTPS unless it is this machine.
 */
export const siteOrigin = ({
  configured,
  host,
  forwardedHost,
  forwardedProto,
}: OriginSources): string | undefined => {
  const fromConfig = configured ? originOf(configured) : undefined
  if (fromConfig) {
    return fromConfig
  }
  const requestHost = firstValue(forwardedHost) ?? firstValue(host)
  if (!requestHost) {
    return undefined
  }
  const proto =
    firstValue(forwardedProto) ??
    (LOCAL_HOST.test(requestHost) ? "http" : "https")
  return originOf(`${proto}://${requestHost}`)
}
