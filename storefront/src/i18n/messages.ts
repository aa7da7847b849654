import en from "../../messages/en.json"
import vi from "../../messages/vi.json"

import type { Locale } from "./routing"

export type Messages = typeof vi

// Both files must have the same keys: TypeScript checks the English one against the Vietnamese.
export const messages: Record<Locale, Messages> = { vi, en }
