import { sellerOrderPdf } from "@/lib/data/seller-pdf"

/** The order's A6 label, downloaded with the seller's cookie: `nhan-<tracking number>.pdf`. */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ id: string }> }
): Promise<Response> => {
  const { id } = await params
  return sellerOrderPdf(request, id, "label.pdf", `nhan-${id}.pdf`)
}
