import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"

import CooperativeModule from "../modules/cooperative"

// Each cooperative ships its own parcels, so its products share a shipping profile of their own
// (`cooperative.shipping_profile`). Medusa keeps one shipping method per profile in a cart: with a
// profile per cooperative, a buyer picks one delivery option for each cooperative in the cart.
export default defineLink(
  CooperativeModule.linkable.cooperative,
  FulfillmentModule.linkable.shippingProfile
)
