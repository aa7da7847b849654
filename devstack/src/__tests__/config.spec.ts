import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { parsePort } from "../config"
import { PlainError } from "../errors"
import { loadSecrets } from "../secrets"

describe("parsePort", () => {
  it("falls back to the default when the variable is unset or empty", () => {
    expect(parsePort("BACKEND_PORT", undefined, 9000)).toBe(9000)
    expect(parsePort("BACKEND_PORT", "", 9000)).toBe(9000)
    expect(parsePort("BACKEND_PORT", "9100", 9000)).toBe(9100)
  })

  it.each(["abc", "0", "70000", "90.5"])(
    "explains what a port must be when given %p",
    (value) => {
      expect(() => parsePort("BACKEND_PORT", value, 9000)).toThrow(
        new PlainError(
          `BACKEND_PORT must be a port number between 1 and 65535, not "${value}".`
        )
      )
    }
  )
})

describe("loadSecrets", () => {
  it("uses the environment's secrets, else makes random ones once and keeps them", () => {
    const dir = mkdtempSync(join(tmpdir(), "cho-phien-secrets-"))
    try {
      const file = join(dir, "secrets.json")
      expect(
        loadSecrets(file, { JWT_SECRET: "a", COOKIE_SECRET: "b" })
      ).toEqual({
        JWT_SECRET: "a",
        COOKIE_SECRET: "b",
      })
      const made = loadSecrets(file, {})
      expect(made.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
      expect(made.COOKIE_SECRET).not.toBe(made.JWT_SECRET)
      expect(loadSecrets(file, {})).toEqual(made)
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(made)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
