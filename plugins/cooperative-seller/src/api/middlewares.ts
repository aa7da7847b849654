import { defineMiddlewares } from "@medusajs/framework/http"

import { storeVnMiddlewares } from "./store/vn/middlewares"

export default defineMiddlewares({
  routes: [...storeVnMiddlewares],
})
