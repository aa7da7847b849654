import { proxyToSeller } from "@/lib/data/seller-proxy"

/** An import's progress, polled by the import page. */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ id: string }> }
): Promise<Response> => {
  const { id } = await params
  if (!/^[\w-]{1,100}$/.test(id)) {
    return Response.json(
      { type: "not_found", message: "No such import." },
      { status: 404 }
    )
  }
  return proxyToSeller(request, `/seller/product-imports/${id}`)
}
