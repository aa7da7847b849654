/** Emitted when a CSV import is stored and its good rows wait for the background job. */
export const PRODUCT_IMPORT_QUEUED = "cooperative.product_import.queued"

export type ProductImportQueuedData = { id: string }
