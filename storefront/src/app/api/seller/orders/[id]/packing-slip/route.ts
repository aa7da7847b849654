import { sellerOrderPdf } from "@/lib/data/seller-pdf"

/** The order's A5 packing slip, downloaded with the seller's cookie. */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ id: string }> }
): Promise<Response> => {
  const { id } = await params
  return sellerOrderPdf(
    request,
    id,
    "packing-slip.pdf",
    `phieu-dong-goi-${id}.pdf`
  )
}
