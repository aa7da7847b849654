import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { receivePhotos } from "./receive-photos"

export const sellerUploadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/seller/uploads",
    // Authenticate first, so nobody without a seller token gets 150 MB read into memory.
    middlewares: [authenticate("seller", ["bearer", "session"]), receivePhotos],
  },
]
