import "server-only"

import { attachmentDisposition } from "@/lib/util/content-disposition"
import { requestOrigin } from "@/lib/util/request-origin"

import { proxyToSeller } from "./seller-proxy"

const ORDER_ID = /^[\w-]{1,100}$/

/**
 * One of an order's PDFs (label, packing slip) from the backend, streamed to the seller's browser
 * as a download with the backend's file name. Without a valid sign-in the seller goes to the
 * sign-in page and back to the order after it.
 */
export const sellerOrderPdf = async (
  request: Request,
  orderId: string,
  document: "label.pdf" | "packing-slip.pdf",
  fallbackName: string
): Promise<Response> => {
  if (!ORDER_ID.test(orderId)) {
    return Response.json(
      { type: "not_found", message: "No such order." },
      { status: 404 }
    )
  }
  const answer = await proxyToSeller(
    request,
    `/seller/orders/${orderId}/${document}`
  )
  if (answer.status === 401) {
    const next = `/seller/orders/${orderId}`
    return Response.redirect(
      new URL(
        `/seller/sign-in?next=${encodeURIComponent(next)}`,
        await requestOrigin()
      ),
      303
    )
  }
  if (!answer.ok) {
    return answer
  }
  const headers = new Headers(answer.headers)
  headers.set(
    "content-disposition",
    attachmentDisposition(
      answer.headers.get("content-disposition"),
      fallbackName
    )
  )
  headers.set("cache-control", "private, no-store")
  return new Response(answer.body, { status: answer.status, headers })
}
