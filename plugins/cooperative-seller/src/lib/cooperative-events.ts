/**
 * Emitted (data `{ id }`) when a cooperative's profile or status changes: approval, rejection,
 * suspension, a profile edit. Search documents and other read models listen to it.
 */
export const COOPERATIVE_UPDATED_EVENT = "cooperative.updated"
