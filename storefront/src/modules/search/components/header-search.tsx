import { NextIntlClientProvider } from "next-intl"
import { getLocale, getMessages } from "next-intl/server"
import { Suspense } from "react"

import { getPathname } from "@/i18n/navigation"

import { SearchBox, SearchBoxWithoutQuery } from "./search-box"

/**
 * The header's search box, on every page. Only its own texts go to the browser; the query string
 * is read there, so prerendered pages (the 404) get the empty box until the browser has it.
 */
export const HeaderSearch = async ({ className }: { className?: string }) => {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()])
  const action = getPathname({ href: "/search", locale })
  return (
    <div className={className}>
      <NextIntlClientProvider messages={{ searchBox: messages.searchBox }}>
        <Suspense fallback={<SearchBoxWithoutQuery action={action} />}>
          <SearchBox action={action} />
        </Suspense>
      </NextIntlClientProvider>
    </div>
  )
}
