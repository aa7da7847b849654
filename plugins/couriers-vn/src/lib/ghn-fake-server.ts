import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

import type {
  GhnCreateOrderRequest,
  GhnDistrict,
  GhnFee,
  GhnFeeRequest,
  GhnProvince,
  GhnWard,
} from "../providers/ghn/types"

/**
 * A FAKE GHN server for tests only: it speaks GHN's published request and response format (the
 * master-data, shipping-order/fee, shipping-order/create and switch-status/cancel endpoints), on
 * 127.0.0.1 and a random port, with made-up ids, fees and order codes. It is not GHN and knows
 * nothing of real prices.
 */

/**
 * How the fake answers: as GHN does, with an error code, too slowly, or with a broken body;
 * "create-error" refuses only new orders (as GHN does a bad phone number) and answers the rest.
 */
export type FakeGhnMode = "ok" | "error" | "slow" | "not-json" | "create-error"

/** An order the fake has taken, and whether it was cancelled since. */
export type FakeGhnOrder = {
  order_code: string
  request: GhnCreateOrderRequest
  status: "ready_to_pick" | "cancel"
}

export type FakeGhnRequest = {
  method: string
  path: string
  headers: IncomingMessage["headers"]
  body: unknown
}

export type FakeGhnOptions = {
  token?: string
  shopId?: string
  provinces?: GhnProvince[]
  districts?: GhnDistrict[]
  wards?: GhnWard[]
  /** The fee for a request; by default 20,000 service + 1,000 per started 500 g over 500 g. */
  fee?: (request: GhnFeeRequest) => GhnFee
  /** How long "slow" mode waits before answering, in ms. */
  slowMs?: number
}

export type FakeGhnServer = {
  url: string
  token: string
  shopId: string
  /** Every request received, in order. */
  requests: FakeGhnRequest[]
  /** The orders created, by order code. */
  orders: Map<string, FakeGhnOrder>
  setMode: (mode: FakeGhnMode) => void
  close: () => Promise<void>
}

export const FAKE_GHN_TOKEN = "fake-ghn-token"
export const FAKE_GHN_SHOP_ID = "885"

/** Made-up GHN master data for a few of the demo's places (ids are the fake's own). */
export const FAKE_GHN_PROVINCES: GhnProvince[] = [
  {
    ProvinceID: 201,
    ProvinceName: "Hà Nội",
    NameExtension: ["Thành phố Hà Nội", "HN"],
  },
  {
    ProvinceID: 202,
    ProvinceName: "Hồ Chí Minh",
    NameExtension: ["TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh", "HCM"],
  },
  { ProvinceID: 269, ProvinceName: "Lào Cai", NameExtension: ["Tỉnh Lào Cai"] },
]

export const FAKE_GHN_DISTRICTS: GhnDistrict[] = [
  { DistrictID: 1484, ProvinceID: 201, DistrictName: "Quận Ba Đình" },
  { DistrictID: 1485, ProvinceID: 201, DistrictName: "Quận Hoàn Kiếm" },
  { DistrictID: 1442, ProvinceID: 202, DistrictName: "Quận 1" },
  { DistrictID: 2264, ProvinceID: 269, DistrictName: "Huyện Trạm Tấu" },
  { DistrictID: 2265, ProvinceID: 269, DistrictName: "Thị xã Sa Pa" },
]

export const FAKE_GHN_WARDS: GhnWard[] = [
  { WardCode: "1A0101", DistrictID: 1484, WardName: "Phường Ba Đình" },
  { WardCode: "1A0102", DistrictID: 1484, WardName: "Phường Ngọc Hà" },
  { WardCode: "1A0201", DistrictID: 1485, WardName: "Phường Hoàn Kiếm" },
  { WardCode: "20101", DistrictID: 1442, WardName: "Phường Bến Thành" },
  {
    WardCode: "90101",
    DistrictID: 2264,
    WardName: "Xã Trạm Tấu",
    NameExtension: ["Trạm Tấu"],
  },
  { WardCode: "90201", DistrictID: 2265, WardName: "Phường Sa Pa" },
]

export const fakeGhnFee = (request: GhnFeeRequest): GhnFee => {
  const service_fee =
    20_000 + Math.max(0, Math.ceil((request.weight - 500) / 500)) * 1_000
  const insurance_fee = request.insurance_value > 1_000_000 ? 11_000 : 0
  return {
    total: service_fee + insurance_fee,
    service_fee,
    insurance_fee,
    pick_station_fee: 0,
    coupon_value: 0,
    r2s_fee: 0,
    cod_fee: 0,
    pick_remote_areas_fee: 0,
    deliver_remote_areas_fee: 0,
    cod_failed_fee: 0,
  }
}

const readBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString("utf8")
  if (!text) {
    return undefined
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** The message GHN gives when create-order is refused ("create-error" mode). */
export const FAKE_GHN_CREATE_ERROR = "Số điện thoại người nhận không hợp lệ"

/** Why a create-order body would be refused by GHN, or null when it has what GHN needs. */
const createOrderProblem = (body: unknown): string | null => {
  if (typeof body !== "object" || body === null) {
    return "Body is required"
  }
  const order = body as Record<string, unknown>
  for (const field of ["to_name", "to_phone", "to_address", "to_ward_code"]) {
    if (typeof order[field] !== "string" || order[field] === "") {
      return `${field} is required`
    }
  }
  for (const field of ["to_district_id", "weight", "service_type_id"]) {
    if (typeof order[field] !== "number" || (order[field] as number) <= 0) {
      return `${field} is required`
    }
  }
  if (
    !["CHOTHUHANG", "CHOXEMHANGKHONGTHU", "KHONGCHOXEMHANG"].includes(
      String(order.required_note)
    )
  ) {
    return "required_note is invalid"
  }
  return null
}

const numberField = (
  body: unknown,
  query: URLSearchParams,
  field: string
): number => {
  const fromBody =
    typeof body === "object" && body !== null
      ? (body as Record<string, unknown>)[field]
      : undefined
  return Number(fromBody ?? query.get(field))
}

/** Starts the fake on 127.0.0.1 and a free port; `close()` stops it. */
export const startFakeGhnServer = async (
  options: FakeGhnOptions = {}
): Promise<FakeGhnServer> => {
  const token = options.token ?? FAKE_GHN_TOKEN
  const shopId = options.shopId ?? FAKE_GHN_SHOP_ID
  const provinces = options.provinces ?? FAKE_GHN_PROVINCES
  const districts = options.districts ?? FAKE_GHN_DISTRICTS
  const wards = options.wards ?? FAKE_GHN_WARDS
  const fee = options.fee ?? fakeGhnFee
  const slowMs = options.slowMs ?? 2_000
  const requests: FakeGhnRequest[] = []
  const orders = new Map<string, FakeGhnOrder>()
  const pending = new Set<NodeJS.Timeout>()
  let mode: FakeGhnMode = "ok"

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-ghn.local")
    const body = await readBody(request)
    requests.push({
      method: request.method ?? "GET",
      path: url.pathname,
      headers: request.headers,
      body,
    })
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" })
      response.end(JSON.stringify(payload))
    }
    const answer = () => {
      if (mode === "not-json") {
        response.writeHead(502, { "Content-Type": "text/html" })
        response.end("<html><body>502 Bad Gateway</body></html>")
        return
      }
      if (mode === "error") {
        send(400, {
          code: 400,
          message: "Lỗi gọi API",
          data: null,
          code_message: "SERVER_ERROR",
        })
        return
      }
      if (request.headers.token !== token) {
        send(401, { code: 401, message: "Token is not valid!", data: null })
        return
      }
      switch (url.pathname) {
        case "/shiip/public-api/master-data/province":
          send(200, { code: 200, message: "Success", data: provinces })
          return
        case "/shiip/public-api/master-data/district": {
          const provinceId = numberField(body, url.searchParams, "province_id")
          send(200, {
            code: 200,
            message: "Success",
            data: districts.filter((d) => d.ProvinceID === provinceId),
          })
          return
        }
        case "/shiip/public-api/master-data/ward": {
          const districtId = numberField(body, url.searchParams, "district_id")
          send(200, {
            code: 200,
            message: "Success",
            data: wards.filter((w) => w.DistrictID === districtId),
          })
          return
        }
        case "/shiip/public-api/v2/shipping-order/fee":
          if (request.headers.shopid !== shopId) {
            send(400, { code: 400, message: "ShopId is invalid", data: null })
            return
          }
          send(200, {
            code: 200,
            message: "Success",
            data: fee(body as GhnFeeRequest),
          })
          return
        case "/shiip/public-api/v2/shipping-order/create": {
          if (request.headers.shopid !== shopId) {
            send(400, { code: 400, message: "ShopId is invalid", data: null })
            return
          }
          const problem =
            mode === "create-error"
              ? FAKE_GHN_CREATE_ERROR
              : createOrderProblem(body)
          if (problem) {
            send(400, {
              code: 400,
              message: problem,
              data: null,
              code_message: "USER_ERR_COMMON",
            })
            return
          }
          const created = body as GhnCreateOrderRequest
          const order_code = `FAKE${String(orders.size + 1).padStart(5, "0")}`
          orders.set(order_code, {
            order_code,
            request: created,
            status: "ready_to_pick",
          })
          const main_service = fee({
            service_type_id: created.service_type_id,
            from_district_id: created.from_district_id,
            from_ward_code: created.from_ward_code,
            to_district_id: created.to_district_id,
            to_ward_code: created.to_ward_code,
            weight: created.weight,
            length: created.length,
            width: created.width,
            height: created.height,
            insurance_value: created.insurance_value,
            cod_value: created.cod_amount,
          }).total
          send(200, {
            code: 200,
            message: "Success",
            data: {
              order_code,
              sort_code: "000-F-00-00",
              trans_type: "truck",
              fee: {
                main_service,
                insurance: 0,
                station_do: 0,
                station_pu: 0,
                return: 0,
                r2s: 0,
                coupon: 0,
              },
              total_fee: main_service,
              expected_delivery_time: "2026-12-03T16:59:59Z",
            },
          })
          return
        }
        case "/shiip/public-api/v2/switch-status/cancel": {
          const codes = (body as { order_codes?: unknown })?.order_codes
          const list = Array.isArray(codes) ? codes.map(String) : []
          send(200, {
            code: 200,
            message: "Success",
            data: list.map((code) => {
              const order = orders.get(code)
              if (order) {
                order.status = "cancel"
              }
              return {
                order_code: code,
                result: Boolean(order),
                message: order ? "OK" : "Order not found",
              }
            }),
          })
          return
        }
        default:
          send(404, { code: 404, message: "Not found", data: null })
      }
    }
    if (mode === "slow") {
      const timer = setTimeout(() => {
        pending.delete(timer)
        answer()
      }, slowMs)
      pending.add(timer)
      return
    }
    answer()
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    shopId,
    requests,
    orders,
    setMode: (next) => {
      mode = next
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of pending) {
          clearTimeout(timer)
        }
        pending.clear()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
