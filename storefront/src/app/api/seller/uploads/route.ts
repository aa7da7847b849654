import { proxyToSeller } from "@/lib/data/seller-proxy"

/** Photos from the product form, streamed on to POST /seller/uploads. */
export const POST = (request: Request): Promise<Response> =>
  proxyToSeller(request, "/seller/uploads")
