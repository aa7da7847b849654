import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"

import {
  PRODUCT_IMPORT_QUEUED,
  type ProductImportQueuedData,
} from "../lib/product-imports/events"
import { runProductImport } from "../lib/product-imports/run-product-import"

/** Creates a queued CSV import's products in the background (the worker, in production). */
export default async function productImportQueued({
  event,
  container,
}: SubscriberArgs<ProductImportQueuedData>): Promise<void> {
  await runProductImport(container, event.data.id)
}

export const config: SubscriberConfig = { event: PRODUCT_IMPORT_QUEUED }
