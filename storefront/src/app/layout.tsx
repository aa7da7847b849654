import type { ReactNode } from "react"

// The real root layout, with <html lang>, is app/[locale]/layout.tsx. This one exists because
// app/not-found.tsx (for addresses outside any locale, like /unknown.txt) needs a layout above it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
