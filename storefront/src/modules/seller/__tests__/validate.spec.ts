import { fieldOfMessage } from "../form-state"
import {
  emailProblem,
  handleProblem,
  numberProblem,
  parseWholeNumber,
  phoneProblem,
  textProblem,
  toHandle,
} from "../validate"

describe("the seller forms' own checks", () => {
  it("reads prices and counts the way people type them", () => {
    expect(parseWholeNumber("150.000")).toBe(150_000)
    expect(parseWholeNumber("150 000")).toBe(150_000)
    expect(parseWholeNumber("1,200")).toBe(1_200)
    expect(parseWholeNumber("12a")).toBeUndefined()
    expect(parseWholeNumber("-5")).toBeUndefined()
    expect(parseWholeNumber("")).toBeUndefined()
  })

  it("names what is wrong with a number, or nothing when it is fine", () => {
    expect(numberProblem("", { min: 1, max: 10 })).toEqual({ key: "required" })
    expect(
      numberProblem("", { min: 1, max: 10, required: false })
    ).toBeUndefined()
    expect(numberProblem("11", { min: 1, max: 10 })).toEqual({
      key: "badNumber",
      min: 1,
      max: 10,
    })
    expect(numberProblem("0", { min: 1, max: 10 })).toMatchObject({
      key: "badNumber",
    })
    expect(numberProblem("10", { min: 1, max: 10 })).toBeUndefined()
  })

  it("accepts Vietnamese mobile numbers with spaces, dots or +84, and nothing else", () => {
    expect(phoneProblem("0912 345 678")).toBeUndefined()
    expect(phoneProblem("0912.345.678")).toBeUndefined()
    expect(phoneProblem("+84912345678")).toBeUndefined()
    expect(phoneProblem("0212 345 678")).toEqual({ key: "badPhone" })
    expect(phoneProblem("0912 34")).toEqual({ key: "badPhone" })
    expect(phoneProblem("")).toEqual({ key: "required" })
  })

  it("checks e-mail addresses, texts and handles", () => {
    expect(emailProblem("htx@gmail.com")).toBeUndefined()
    expect(emailProblem("htx@gmail")).toEqual({ key: "badEmail" })
    expect(textProblem("a", { min: 2, max: 5 })).toEqual({
      key: "tooShort",
      min: 2,
    })
    expect(textProblem("abcdef", { max: 5 })).toEqual({
      key: "tooLong",
      max: 5,
    })
    expect(handleProblem("htx-tao-meo")).toBeUndefined()
    expect(handleProblem("HTX Táo")).toEqual({ key: "badHandle" })
    expect(handleProblem("htx--tao")).toEqual({ key: "badHandle" })
  })

  it("turns a Vietnamese name into a handle, đ included", () => {
    expect(toHandle("HTX Táo mèo Trạm Tấu")).toBe("htx-tao-meo-tram-tau")
    expect(toHandle("  Đông trùng hạ thảo Đà Lạt! ")).toBe(
      "dong-trung-ha-thao-da-lat"
    )
  })
})

describe("which field a backend sentence is about", () => {
  const fields = [
    "phone",
    "households",
    "households.poor",
    "variants",
    "origin.story_vi",
  ]

  it("finds the field the sentence starts with, the deepest one it knows", () => {
    expect(
      fieldOfMessage(
        "phone is a Vietnamese mobile number, for example 0912 345 678.",
        fields
      )
    ).toBe("phone")
    expect(
      fieldOfMessage("households.poor must be at most 100,000.", fields)
    ).toBe("households.poor")
    expect(
      fieldOfMessage("households.total must be a whole number.", fields)
    ).toBe("households")
    expect(
      fieldOfMessage("variants.0.prices must list one price.", fields)
    ).toBe("variants")
    expect(
      fieldOfMessage("origin.story_vi must be 1–5000 characters long.", fields)
    ).toBe("origin.story_vi")
  })

  it("leaves sentences about no field of the form to the top of the form", () => {
    expect(
      fieldOfMessage(
        "Your cooperative is not approved yet, so it cannot list.",
        fields
      )
    ).toBeUndefined()
    expect(fieldOfMessage("", fields)).toBeUndefined()
  })
})
