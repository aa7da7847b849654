import type { MedusaResponse } from "@medusajs/framework/http"

import { COURIER_EVENT_CONFLICT_CODE } from "./record-courier-event-workflow"

/** A status that cannot apply (a cancelled or delivered parcel) is a 409 with its sentence. */
export const sendCourierEventError = (
  res: MedusaResponse,
  error: unknown
): void => {
  const problem = error as { code?: string; message?: unknown } | null
  if (problem?.code === COURIER_EVENT_CONFLICT_CODE) {
    res
      .status(409)
      .json({ type: "conflict", message: String(problem.message ?? "") })
    return
  }
  throw error
}
