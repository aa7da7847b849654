import "server-only"

import { backendUrl } from "./config"
import { readSellerToken } from "./seller"

/**
 * Passes a browser's request on to a seller route with the token from the httpOnly cookie, and
 * the backend's answer back unchanged. Used where the browser must talk to the backend itself:
 * photo uploads (streamed, never held whole in memory here), import progress, the CSV template.
 */
export const proxyToSeller = async (
  request: Request,
  path: string
): Promise<Response> => {
  const token = await readSellerToken()
  if (!token) {
    return Response.json(
      { type: "unauthorized", message: "Sign in again." },
      { status: 401 }
    )
  }
  if (request.method !== "GET" && !isSameOrigin(request)) {
    return Response.json(
      { type: "not_allowed", message: "Send this from the seller portal." },
      { status: 403 }
    )
  }
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  const contentType = request.headers.get("content-type")
  if (contentType) {
    headers["content-type"] = contentType
  }
  const init: RequestInit & { duplex?: "half" } = {
    method: request.method,
    headers,
    cache: "no-store",
  }
  if (request.method !== "GET" && request.body) {
    init.body = request.body
    init.duplex = "half"
  }
  const answer = await fetch(new URL(path, backendUrl()), init)
  const passed = new Headers()
  for (const name of ["content-type", "content-disposition", "retry-after"]) {
    const value = answer.headers.get(name)
    if (value) {
      passed.set(name, value)
    }
  }
  return new Response(answer.body, { status: answer.status, headers: passed })
}

/** A form post from another site carries its own Origin: refuse it (the cookie is SameSite=Lax too). */
const isSameOrigin = (request: Request): boolean => {
  const origin = request.headers.get("origin")
  if (!origin) {
    return true
  }
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
