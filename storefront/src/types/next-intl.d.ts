import type { Messages } from "@/i18n/messages"
import type { routing } from "@/i18n/routing"

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: Messages
  }
}
