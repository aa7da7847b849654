import {
  hashInviteToken,
  inviteAcceptUrl,
  newInviteToken,
} from "../invite-tokens"

describe("invite tokens", () => {
  const env = { ...process.env }
  afterEach(() => {
    process.env = { ...env }
  })

  it("are 32 random URL-safe bytes, different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, newInviteToken))
    expect(tokens.size).toBe(50)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    }
  })

  it("are stored as a SHA-256 digest that does not contain them", () => {
    const token = newInviteToken()
    const digest = hashInviteToken(token)
    expect(digest).toMatch(/^[0-9a-f]{64}$/)
    expect(digest).toBe(hashInviteToken(token))
    expect(digest).not.toContain(token)
  })

  it("are sent as a link to the storefront's invitation page", () => {
    delete process.env.STOREFRONT_URL
    delete process.env.STOREFRONT_PORT
    expect(inviteAcceptUrl("abc")).toBe(
      "http://localhost:8000/seller/invite?token=abc"
    )
    process.env.STOREFRONT_URL = "https://chophien.vn/"
    expect(inviteAcceptUrl("a-b_c")).toBe(
      "https://chophien.vn/seller/invite?token=a-b_c"
    )
  })
})
