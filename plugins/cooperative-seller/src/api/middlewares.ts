import { defineMiddlewares } from "@medusajs/framework/http"

import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCatalogueMiddlewares } from "./store/catalogue/middlewares"
import { storeCooperativeMiddlewares } from "./store/cooperatives/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storeVnMiddlewares } from "./store/vn/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeVnMiddlewares,
    ...storeCooperativeMiddlewares,
    ...storeCatalogueMiddlewares,
    ...storeProductMiddlewares,
    ...storeCartMiddlewares,
  ],
})
