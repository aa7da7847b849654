import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD } from "@cho-phien/seed"

export type Response = { status: number; data: Record<string, unknown> }
export type Options = { headers: Record<string, string> }

/** The calls the seller tests make, as the test runner's axios instance offers them. */
export type Api = {
  get: (url: string, options?: Options) => Promise<Response>
  post: (url: string, body?: unknown, options?: Options) => Promise<Response>
  delete: (url: string, options?: Options) => Promise<Response>
}

export const SELLER_PASSWORD = "Mật-khẩu-2026"

/** An application a seller would send, valid as it is; tests change one field at a time. */
export const applicationBody = (
  handle: string,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> => ({
  name: `HTX ${handle}`,
  handle,
  registration_number: "5300123456",
  commune_code: "04630",
  address_line: "Thôn Hai",
  phone: "0912 345 678",
  email: `${handle}@example.vn`,
  ethnic_groups: ["mong", "thai"],
  households: { total: 40, poor: 10, near_poor: 5, ethnic_minority: 38 },
  story_vi: "Bà con trồng mận trên đồi.",
  story_en: "Members grow plums on the hills.",
  founded_year: 2018,
  owner_name: "Giàng A Páo",
  ...overrides,
})

/**
 * Sign-up, sign-in and the operator's login over HTTP. Every call comes "from" the given client
 * address (X-Forwarded-For; Medusa trusts one proxy), so that the sign-in rate limit of one test
 * does not spill into the next.
 */
export const sellerClient = (api: Api, clientIp: () => string) => {
  const send = <T>(call: Promise<T>): Promise<T | Response> =>
    call.catch((error: { response: Response }) => error.response)
  const headers = (token?: string): Options => ({
    headers: {
      "x-forwarded-for": clientIp(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  })
  const token = (response: Response): string => {
    if (response.status !== 200) {
      throw new Error(
        `Expected a token, got ${response.status}: ${JSON.stringify(response.data)}`
      )
    }
    return response.data.token as string
  }
  return {
    headers,
    get: (url: string, bearer?: string) =>
      send(api.get(url, headers(bearer))) as Promise<Response>,
    post: (url: string, body: unknown, bearer?: string) =>
      send(api.post(url, body, headers(bearer))) as Promise<Response>,
    delete: (url: string, bearer?: string) =>
      send(api.delete(url, headers(bearer))) as Promise<Response>,
    register: async (email: string): Promise<string> =>
      token(
        (await send(
          api.post(
            "/auth/seller/emailpass/register",
            { email, password: SELLER_PASSWORD },
            headers()
          )
        )) as Response
      ),
    signIn: async (email: string): Promise<string> =>
      token(
        (await send(
          api.post(
            "/auth/seller/emailpass",
            { email, password: SELLER_PASSWORD },
            headers()
          )
        )) as Response
      ),
    signInOperator: async (): Promise<string> =>
      token(
        (await send(
          api.post(
            "/auth/user/emailpass",
            { email: DEMO_OPERATOR_EMAIL, password: DEMO_PASSWORD },
            headers()
          )
        )) as Response
      ),
  }
}
