import { proxyToSeller } from "@/lib/data/seller-proxy"

/** The CSV template with Vietnamese headers, downloaded with the seller's cookie. */
export const GET = (request: Request): Promise<Response> =>
  proxyToSeller(request, "/seller/product-imports/template.csv")
