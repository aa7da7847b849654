import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The seller portal's registration documents (up to 5 files of 10 MB) and CSV imports go
    // through server actions, which Next would otherwise cut off at 1 MB (10 MB in the proxy).
    // Photos take a streamed route handler instead (src/app/api/seller/uploads).
    serverActions: { bodySizeLimit: "51mb" },
    proxyClientMaxBodySize: "51mb",
  },
  images: {
    // The widths the backend pre-renders every picture at (WebP and AVIF). Pictures go through a
    // loader that picks among those files, so srcset lists exactly these and nothing is resized
    // on the fly.
    deviceSizes: [320, 640, 960, 1280],
    imageSizes: [],
  },
}

export default withNextIntl(nextConfig)
