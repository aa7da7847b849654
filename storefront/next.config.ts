import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // The widths the backend pre-renders every picture at (WebP and AVIF). Pictures go through a
    // loader that picks among those files, so srcset lists exactly these and nothing is resized
    // on the fly.
    deviceSizes: [320, 640, 960, 1280],
    imageSizes: [],
  },
}

export default withNextIntl(nextConfig)
