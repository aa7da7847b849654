import "server-only"

import { cookies, headers } from "next/headers"

const isHttps = (): boolean =>
  (process.env.STOREFRONT_URL ?? "").startsWith("https://")

/**
 * An httpOnly cookie the storefront's server keeps for the visitor (a seller's or buyer's token,
 * the cart id): page scripts never see it; Secure in production over https. `store` and `forget`
 * work only in server actions and route handlers (Next sets cookies nowhere else).
 */
export const privateCookie = (name: string, maxAgeSeconds: number) => ({
  read: async (): Promise<string | undefined> =>
    (await cookies()).get(name)?.value,
  store: async (value: string): Promise<void> => {
    ;(await cookies()).set(name, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && isHttps(),
      path: "/",
      maxAge: maxAgeSeconds,
    })
  },
  forget: async (): Promise<void> => {
    ;(await cookies()).delete(name)
  },
})

/** The visitor's address as the storefront's server saw it (Next sets X-Forwarded-For). */
export const clientAddress = async (): Promise<string | null> => {
  const chain = (await headers()).get("x-forwarded-for") ?? ""
  const nearest = chain.split(",").pop()?.trim() ?? ""
  return /^[\d.:a-fA-F]{2,45}$/.test(nearest) ? nearest : null
}
