import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/** The texts the buying forms need in the browser: the cart's and the checkout's. */
export const BuyingMessages = async ({ children }: { children: ReactNode }) => {
  const messages = await getMessages()
  return (
    <NextIntlClientProvider
      messages={{
        error: messages.error,
        cart: messages.cart,
        checkout: messages.checkout,
      }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
