export const STORE_NAME = "Chợ Phiên"
export const SALES_CHANNEL_NAME = "Chợ Phiên storefront"
/** The start script finds the storefront's key by this title: keep them in step. */
export const STOREFRONT_KEY_TITLE = "Chợ Phiên storefront"
export const REGION_NAME = "Việt Nam"
export const CURRENCY_CODE = "vnd"
export const COUNTRY_CODE = "vn"
/** Cash on delivery, always; cards through Stripe when the backend has STRIPE_API_KEY. */
export const COD_PROVIDER_ID = "pp_cod_cod"
export const PAYMENT_PROVIDER_IDS = [COD_PROVIDER_ID, "pp_stripe_stripe"]
export const STOCK_LOCATION_NAME = "Kho Chợ Phiên Hà Nội"

export const DEMO_PASSWORD = "ChoPhien!2026"
export const DEMO_OPERATOR_EMAIL = "admin@chophien.local"
export const DEMO_SELLER_EMAIL = "seller@chophien.local"
export const DEMO_OFFICER_EMAIL = "officer@chophien.local"
/** The seeded cooperative the demo seller owns: the Trạm Tấu táo mèo (sơn tra) cooperative. */
export const DEMO_SELLER_COOPERATIVE_HANDLE = "htx-son-tra-tram-tau"
