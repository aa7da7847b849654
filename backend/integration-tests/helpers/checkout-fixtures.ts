/** The calls the buying tests make, as the test runner's axios instance offers them. */
export type Response<T> = { status: number; data: T }
export type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
}

/** A buyer's delivery address in Hà Nội, in the 2025 units (Phường Ba Đình, 00004). */
export const HANOI_ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "Số 12 phố Đội Cấn",
  country_code: "vn",
  province: "01",
  city: "Phường Ba Đình",
  metadata: { commune_code: "00004" },
}
