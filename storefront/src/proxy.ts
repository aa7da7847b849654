import createMiddleware from "next-intl/middleware"

import { routing } from "./i18n/routing"

export default createMiddleware(routing)

export const config = {
  // Every path except Next's own files, API routes and files with an extension (icon.svg, …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
