import { defineMiddlewares } from "@medusajs/framework/http"

import { adminCooperativeMiddlewares } from "./admin/cooperatives/middlewares"
import { adminCourierRemittanceMiddlewares } from "./admin/courier-remittances/middlewares"
import { adminMarketplaceSettingsMiddlewares } from "./admin/marketplace-settings/middlewares"
import { adminShipmentEventMiddlewares } from "./admin/orders/[id]/shipment-events/middlewares"
import { authSellerMiddlewares } from "./auth/seller/middlewares"
import { sellerCodSummaryMiddlewares } from "./seller/cod-summary/middlewares"
import { sellerCooperativeDocumentMiddlewares } from "./seller/cooperatives/[id]/documents/middlewares"
import { sellerCooperativeMiddlewares } from "./seller/cooperatives/middlewares"
import { sellerInviteMiddlewares } from "./seller/invites/middlewares"
import { sellerMeMiddlewares } from "./seller/me/middlewares"
import { sellerMemberMiddlewares } from "./seller/members/middlewares"
import { sellerShipmentEventMiddlewares } from "./seller/orders/[id]/shipment-events/middlewares"
import { sellerShipmentMiddlewares } from "./seller/orders/[id]/ship/middlewares"
import { sellerOrderMiddlewares } from "./seller/orders/middlewares"
import { sellerPickupMiddlewares } from "./seller/pickups/middlewares"
import { sellerProductImportMiddlewares } from "./seller/product-imports/middlewares"
import { sellerProductStockMiddlewares } from "./seller/products/[id]/stock/middlewares"
import { sellerProductMiddlewares } from "./seller/products/middlewares"
import { sellerSalesSummaryMiddlewares } from "./seller/sales-summary/middlewares"
import { sellerUploadMiddlewares } from "./seller/uploads/middlewares"
import { storeAddressMiddlewares } from "./store/address-middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCheckoutMiddlewares } from "./store/checkout-middlewares"
import { storeCatalogueMiddlewares } from "./store/catalogue/middlewares"
import { storeCooperativeMiddlewares } from "./store/cooperatives/middlewares"
import { storeOrderTimelineMiddlewares } from "./store/customers/me/orders/[id]/timeline/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeVnMiddlewares } from "./store/vn/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeVnMiddlewares,
    ...storeCooperativeMiddlewares,
    ...storeCatalogueMiddlewares,
    ...storeProductMiddlewares,
    ...storeAddressMiddlewares,
    ...storeCartMiddlewares,
    ...storeCheckoutMiddlewares,
    ...storeOrderTimelineMiddlewares,
    ...authSellerMiddlewares,
    ...sellerCooperativeMiddlewares,
    ...sellerMeMiddlewares,
    ...sellerProductMiddlewares,
    ...sellerProductStockMiddlewares,
    ...sellerProductImportMiddlewares,
    ...sellerOrderMiddlewares,
    ...sellerShipmentMiddlewares,
    ...sellerShipmentEventMiddlewares,
    ...sellerPickupMiddlewares,
    ...sellerSalesSummaryMiddlewares,
    ...sellerCodSummaryMiddlewares,
    ...sellerUploadMiddlewares,
    ...sellerMemberMiddlewares,
    ...sellerInviteMiddlewares,
    ...sellerCooperativeDocumentMiddlewares,
    ...adminCooperativeMiddlewares,
    ...adminMarketplaceSettingsMiddlewares,
    ...adminShipmentEventMiddlewares,
    ...adminCourierRemittanceMiddlewares,
  ],
})
