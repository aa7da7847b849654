import type { ProductVariant } from "@/types/product"

import { AddToCart } from "./add-to-cart"
import { BuyingMessages } from "./buying-messages"

/** The product page's buying form with the texts it needs in the browser. */
export const AddToCartSection = ({
  variants,
  productTitle,
}: {
  variants: ProductVariant[]
  productTitle: string
}) => (
  <BuyingMessages>
    <AddToCart variants={variants} productTitle={productTitle} />
  </BuyingMessages>
)
