import { randomBytes } from "node:crypto"
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A FAKE of the few Stripe API endpoints a card checkout uses, for tests only (Stripe cannot be
 * reached from here). It follows Stripe's published format: form-encoded requests with bracketed
 * keys, JSON objects with `object` and `id`, errors as `{ error: { type, code, message } }` with
 * Stripe's HTTP statuses, and Stripe's test payment methods: `pm_card_visa` is authorised,
 * `pm_card_chargeDeclined` is declined and `pm_card_threeDSecure2Required` needs the buyer to
 * confirm. Like Stripe, a payment method can pay a second time only once attached to the
 * customer (`setup_future_usage` attaches it on the first success).
 */

export type FakeStripeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  currency: string
  status: string
  capture_method: string
  customer: string | null
  payment_method: string | null
  client_secret: string
  metadata: Record<string, string>
  last_payment_error: null | { code: string; message: string }
}

export type FakeStripe = {
  url: string
  apiKey: string
  intents: Map<string, FakeStripeIntent>
  requests: { method: string; path: string; form: Record<string, string> }[]
  close: () => Promise<void>
}

const readForm = async (
  request: IncomingMessage
): Promise<Record<string, string>> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  return Object.fromEntries(
    new URLSearchParams(Buffer.concat(chunks).toString("utf8"))
  )
}

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, {
    "content-type": "application/json",
    "request-id": `req_${randomBytes(6).toString("hex")}`,
  })
  response.end(JSON.stringify(body))
}

const stripeError = (
  response: ServerResponse,
  status: number,
  type: string,
  message: string,
  code?: string
) =>
  send(response, status, {
    error: { type, message, ...(code ? { code } : {}) },
  })

export const startFakeStripe = async (
  apiKey = "sk_test_fake_cho_phien"
): Promise<FakeStripe> => {
  const intents = new Map<string, FakeStripeIntent>()
  const attachedTo = new Map<string, string>()
  const usedOnce = new Set<string>()
  const requests: FakeStripe["requests"] = []
  let counter = 0
  const nextId = (prefix: string) =>
    `${prefix}_fake${String((counter += 1)).padStart(6, "0")}`

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://fake.stripe")
      const form =
        request.method === "GET"
          ? Object.fromEntries(url.searchParams)
          : await readForm(request)
      requests.push({
        method: request.method ?? "GET",
        path: url.pathname,
        form,
      })
      if (request.headers.authorization !== `Bearer ${apiKey}`) {
        stripeError(
          response,
          401,
          "invalid_request_error",
          "Invalid API Key provided."
        )
        return
      }
      const parts = url.pathname.split("/").filter(Boolean)
      if (request.method === "POST" && url.pathname === "/v1/customers") {
        send(response, 200, {
          id: nextId("cus"),
          object: "customer",
          email: form.email ?? null,
          metadata: {},
        })
        return
      }
      if (request.method === "POST" && url.pathname === "/v1/payment_intents") {
        const metadata = Object.fromEntries(
          Object.entries(form).flatMap(([key, value]) => {
            const match = /^metadata\[(.+)\]$/.exec(key)
            return match?.[1] ? [[match[1], value]] : []
          })
        )
        const intent: FakeStripeIntent = {
          id: nextId("pi"),
          object: "payment_intent",
          amount: Number(form.amount),
          amount_received: 0,
          currency: form.currency ?? "vnd",
          status: "requires_payment_method",
          capture_method: form.capture_method ?? "automatic",
          customer: form.customer ?? null,
          payment_method: form.payment_method ?? null,
          client_secret: "",
          metadata,
          last_payment_error: null,
        }
        intent.client_secret = `${intent.id}_secret_${randomBytes(8).toString("hex")}`
        if (!Number.isInteger(intent.amount) || intent.amount < 1) {
          stripeError(
            response,
            400,
            "invalid_request_error",
            "Invalid positive integer",
            "parameter_invalid_integer"
          )
          return
        }
        if (form.confirm === "true" && intent.payment_method) {
          const method = intent.payment_method
          if (method === "pm_card_chargeDeclined") {
            stripeError(
              response,
              402,
              "card_error",
              "Your card was declined.",
              "card_declined"
            )
            return
          }
          const owner = attachedTo.get(method)
          if (usedOnce.has(method) && (!owner || owner !== intent.customer)) {
            stripeError(
              response,
              400,
              "invalid_request_error",
              "The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, shared with a connected account without Customer attachment, or was detached from a Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it to a Customer first."
            )
            return
          }
          usedOnce.add(method)
          if (method === "pm_card_threeDSecure2Required") {
            intent.status = "requires_action"
          } else {
            intent.status =
              intent.capture_method === "manual"
                ? "requires_capture"
                : "succeeded"
            if (intent.status === "succeeded") {
              intent.amount_received = intent.amount
            }
            if (form.setup_future_usage && intent.customer) {
              attachedTo.set(method, intent.customer)
            }
          }
        }
        intents.set(intent.id, intent)
        send(response, 200, intent)
        return
      }
      if (parts[0] === "v1" && parts[1] === "payment_intents" && parts[2]) {
        const intent = intents.get(parts[2])
        if (!intent) {
          stripeError(
            response,
            404,
            "invalid_request_error",
            `No such payment_intent: '${parts[2]}'`,
            "resource_missing"
          )
          return
        }
        if (request.method === "GET" && parts.length === 3) {
          send(response, 200, intent)
          return
        }
        if (request.method === "POST" && parts.length === 3) {
          if (form.amount) {
            intent.amount = Number(form.amount)
          }
          send(response, 200, intent)
          return
        }
        if (request.method === "POST" && parts[3] === "capture") {
          if (intent.status !== "requires_capture") {
            stripeError(
              response,
              400,
              "invalid_request_error",
              `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
              "payment_intent_unexpected_state"
            )
            return
          }
          intent.status = "succeeded"
          intent.amount_received = form.amount_to_capture
            ? Number(form.amount_to_capture)
            : intent.amount
          send(response, 200, intent)
          return
        }
        if (request.method === "POST" && parts[3] === "cancel") {
          if (intent.status === "succeeded") {
            stripeError(
              response,
              400,
              "invalid_request_error",
              "You cannot cancel this PaymentIntent because it has a status of succeeded.",
              "payment_intent_unexpected_state"
            )
            return
          }
          intent.status = "canceled"
          send(response, 200, intent)
          return
        }
      }
      stripeError(
        response,
        404,
        "invalid_request_error",
        `Unrecognized request URL (${request.method}: ${url.pathname}).`
      )
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    intents,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
      ),
  }
}
