import {
  addressProblems,
  explainProblems,
  fieldOfBackendMessage,
  profileProblems,
  registerProblems,
  signInProblems,
} from "../validate"

const ADDRESS_FIELDS = [
  "name",
  "phone",
  "province_code",
  "commune_code",
  "address_1",
] as const

const goodAddress = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "01",
  commune_code: "00070",
  address_1: "12 phố Hàng Bạc",
}

describe("registerProblems", () => {
  it("passes a complete sign-up", () => {
    expect(
      registerProblems({
        name: "Nguyễn Thị Lan",
        email: "lan@example.com",
        phone: "+84 912 345 678",
        password: "tao-meo-2026",
      })
    ).toEqual({})
  })

  it("names every missing or wrong field", () => {
    expect(
      registerProblems({
        name: " ",
        email: "lan@",
        phone: "024 3825 1234",
        password: "short",
      })
    ).toEqual({
      name: { key: "required" },
      email: { key: "badEmail" },
      phone: { key: "badPhone" },
      password: { key: "tooShort", min: 8 },
    })
    expect(registerProblems({})).toEqual({
      name: { key: "required" },
      email: { key: "required" },
      phone: { key: "required" },
      password: { key: "required" },
    })
  })

  it("refuses overlong names and passwords", () => {
    const problems = registerProblems({
      name: "x".repeat(101),
      email: "lan@example.com",
      phone: "0912345678",
      password: "p".repeat(129),
    })
    expect(problems).toEqual({
      name: { key: "tooLong", max: 100 },
      password: { key: "tooLong", max: 128 },
    })
  })
})

describe("signInProblems", () => {
  it("only needs an e-mail and some password", () => {
    expect(signInProblems({ email: "lan@example.com", password: "x" })).toEqual(
      {}
    )
    expect(signInProblems({ email: "", password: "" })).toEqual({
      email: { key: "required" },
      password: { key: "required" },
    })
  })
})

describe("profileProblems", () => {
  it("checks the name and the mobile number", () => {
    expect(profileProblems({ name: "Lan", phone: "0912345678" })).toEqual({})
    expect(profileProblems({ name: "Lan", phone: "0912" })).toEqual({
      phone: { key: "badPhone" },
    })
  })
})

describe("addressProblems", () => {
  it("passes a complete address in the 2025 units", () => {
    expect(addressProblems(goodAddress)).toEqual({})
  })

  it("asks for a province and a commune to be picked", () => {
    expect(
      addressProblems({ ...goodAddress, province_code: "", commune_code: "" })
    ).toEqual({
      province_code: { key: "pickOne" },
      commune_code: { key: "pickOne" },
    })
    expect(
      addressProblems({ ...goodAddress, commune_code: "Phường Hoàn Kiếm" })
    ).toEqual({ commune_code: { key: "pickOne" } })
  })

  it("checks the recipient, the phone and the street line", () => {
    expect(
      addressProblems({
        ...goodAddress,
        name: "",
        phone: "12345",
        address_1: "y".repeat(201),
      })
    ).toEqual({
      name: { key: "required" },
      phone: { key: "badPhone" },
      address_1: { key: "tooLong", max: 200 },
    })
  })
})

describe("explainProblems", () => {
  it("turns each problem into its sentence, with its limit", () => {
    const text = (key: string, values?: Record<string, number>) =>
      `${key}${values ? JSON.stringify(values) : ""}`
    expect(
      explainProblems(
        {
          name: { key: "tooLong", max: 100 },
          password: { key: "tooShort", min: 8 },
          phone: { key: "badPhone" },
        },
        text
      )
    ).toEqual({
      name: 'tooLong{"max":100}',
      password: 'tooShort{"min":8}',
      phone: "badPhone",
    })
  })
})

describe("fieldOfBackendMessage", () => {
  it("finds the field a sentence starts with, by its API name", () => {
    expect(
      fieldOfBackendMessage(
        "phone is a Vietnamese mobile number, for example 0912 345 678.",
        ADDRESS_FIELDS
      )
    ).toBe("phone")
    expect(
      fieldOfBackendMessage("first_name is required.", ADDRESS_FIELDS)
    ).toBe("name")
    expect(
      fieldOfBackendMessage(
        "metadata.commune_code must be a 2025 commune code.",
        ADDRESS_FIELDS
      )
    ).toBe("commune_code")
    expect(
      fieldOfBackendMessage(
        "province: 99 is not a province code.",
        ADDRESS_FIELDS
      )
    ).toBe("province_code")
    expect(
      fieldOfBackendMessage("address_1 is too long.", ADDRESS_FIELDS)
    ).toBe("address_1")
  })

  it("finds the API name inside the backend's address sentences", () => {
    expect(
      fieldOfBackendMessage(
        "Enter a Vietnamese mobile number in address.phone, such as 0912 345 678 or +84 912 345 678, so that the courier can call.",
        ADDRESS_FIELDS
      )
    ).toBe("phone")
    expect(
      fieldOfBackendMessage(
        "Enter the recipient's name in address.first_name.",
        ADDRESS_FIELDS
      )
    ).toBe("name")
    expect(
      fieldOfBackendMessage(
        'address.province must be the code of one of the 34 provinces in force since 1 July 2025 (for example "01" for Hà Nội); GET /store/vn/provinces lists them.',
        ADDRESS_FIELDS
      )
    ).toBe("province_code")
    expect(
      fieldOfBackendMessage(
        "address.metadata.commune_code must be the code of a 2025 commune or ward of Thành phố Hà Nội; GET /store/vn/provinces/01/communes lists them.",
        ADDRESS_FIELDS
      )
    ).toBe("commune_code")
    expect(
      fieldOfBackendMessage(
        'address.city says "Phường Ba Đình" but commune code 00070 is Phường Hoàn Kiếm; send the commune\'s name or leave city out.',
        ADDRESS_FIELDS
      )
    ).toBe("commune_code")
    expect(
      fieldOfBackendMessage(
        "An address line has at most 200 characters.",
        ADDRESS_FIELDS
      )
    ).toBe("address_1")
  })

  it("falls back on the words a sentence uses; a commune outside its province goes to the commune", () => {
    expect(
      fieldOfBackendMessage(
        "The commune 00004 is not in province 79.",
        ADDRESS_FIELDS
      )
    ).toBe("commune_code")
    expect(
      fieldOfBackendMessage(
        "Unknown province 99: use a 2025 province code.",
        ADDRESS_FIELDS
      )
    ).toBe("province_code")
  })

  it("answers nothing for a field the form does not have, or a sentence about no field", () => {
    expect(
      fieldOfBackendMessage("email is already taken.", ADDRESS_FIELDS)
    ).toBeUndefined()
    expect(
      fieldOfBackendMessage("Something went wrong.", ADDRESS_FIELDS)
    ).toBeUndefined()
    expect(
      fieldOfBackendMessage("Identity with email already exists", [
        "email",
        "password",
      ])
    ).toBe("email")
  })
})
