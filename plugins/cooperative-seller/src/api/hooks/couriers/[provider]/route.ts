import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

import { applyWebhookEvent } from "../../../../lib/shipping/courier-events"
import {
  CourierWebhookEvent,
  type CourierWebhookEventType,
  fromGhn,
  GhnWebhookEvent,
  isWebhookProvider,
  secretMatches,
  WEBHOOK_PROVIDERS,
  WEBHOOK_SECRET_HEADER,
} from "../../../../lib/shipping/courier-webhooks"
import { sendCourierEventError } from "../../../../lib/shipping/send-courier-event-error"

const explain = (issues: { message: string }[]): string =>
  issues.map((issue) => issue.message).join(" ")

/**
 * POST /hooks/couriers/:provider: a courier's status event for one of its parcels. The courier
 * proves itself with the shared secret from the environment (header `X-Courier-Secret`), checked
 * in constant time. A replayed event (same provider and event id) answers `{ duplicate: true }`
 * and changes nothing.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const provider = req.params.provider ?? ""
  if (!isWebhookProvider(provider)) {
    res.status(404).json({
      type: "not_found",
      message: `There is no courier webhook for "${provider.slice(0, 40)}"; use vnpost-table or ghn.`,
    })
    return
  }
  const { provider_id, secret_env } = WEBHOOK_PROVIDERS[provider]
  const configured = process.env[secret_env]
  if (!configured) {
    res.status(401).json({
      type: "unauthorized",
      message: `Webhooks from ${provider} are off: ${secret_env} is not set on this server.`,
    })
    return
  }
  const sent = req.get(WEBHOOK_SECRET_HEADER)
  if (!secretMatches(sent, configured)) {
    res.status(401).json({
      type: "unauthorized",
      message: `Send the shared secret for ${provider} in the X-Courier-Secret header.`,
    })
    return
  }
  let event: CourierWebhookEventType | null
  if (provider === "ghn") {
    const parsed = GhnWebhookEvent.safeParse(req.body ?? {})
    if (!parsed.success) {
      res.status(400).json({
        type: "invalid_data",
        message: explain(parsed.error.issues),
      })
      return
    }
    event = fromGhn(parsed.data)
  } else {
    const parsed = CourierWebhookEvent.safeParse(req.body ?? {})
    if (!parsed.success) {
      res.status(400).json({
        type: "invalid_data",
        message: explain(parsed.error.issues),
      })
      return
    }
    event = parsed.data
  }
  if (!event) {
    res.json({ ignored: true })
    return
  }
  try {
    res.json(await applyWebhookEvent(req.scope, provider, provider_id, event))
  } catch (error) {
    sendCourierEventError(res, error)
  }
}
