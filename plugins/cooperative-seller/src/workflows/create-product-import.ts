import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"

import { PRODUCT_IMPORT_QUEUED } from "../lib/product-imports/events"
import { type CreateProductImportInput, createProductImportStep } from "./steps"

export type CreateProductImportWorkflowInput = CreateProductImportInput

/**
 * Stores a validated CSV import and queues it: the event's subscriber creates its products in
 * the background (in the worker, when one runs).
 */
export const createProductImportWorkflow = createWorkflow(
  "create-product-import",
  (input: CreateProductImportWorkflowInput) => {
    const created = createProductImportStep(input)
    emitEventStep({
      eventName: PRODUCT_IMPORT_QUEUED,
      data: transform({ created }, ({ created }) => ({ id: created.id })),
    })
    return new WorkflowResponse(created)
  }
)
