import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const storefrontUrl =
  process.env.STOREFRONT_URL ??
  `http://localhost:${process.env.STOREFRONT_PORT ?? "8000"}`
const backendUrl =
  process.env.MEDUSA_BACKEND_URL ??
  `http://localhost:${process.env.BACKEND_PORT ?? "9000"}`
const isWorker = process.env.MEDUSA_WORKER_MODE === "worker"

// Secrets come only from the environment. Outside production the start script provides
// throwaway ones so that `npm start` needs no setup; production refuses to start without them.
const secret = (name: "JWT_SECRET" | "COOKIE_SECRET"): string => {
  const value = process.env[name]
  if (value) {
    return value
  }
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set when NODE_ENV is production.`)
  }
  return "cho-phien-development-only"
}

// With REDIS_URL the backend shares its event bus, cache, locks and workflow state through Redis,
// so a server and a worker (or several of each) can run side by side. Without it, Medusa's
// in-process defaults keep a single process self-contained.
const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
    ]
  : []

// Uploaded and seeded images. The start script keeps them outside the build output (in .data) and
// links Medusa's /static folder to them; a production deployment would use an S3 provider instead.
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: process.env.FILE_UPLOAD_DIR || "static",
          backend_url: `${backendUrl}/static`,
        },
      },
    ],
  },
}

// E-mails to sellers (application approved, rejected, suspended) go through Medusa's Notification
// module. The local provider only writes each message to the log; a real e-mail provider replaces
// it here for the "email" channel.
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { channels: ["email"] },
      },
    ],
  },
}

// Couriers: VNPost's table tariff always; GHN's live fee API when its token and shop id are set
// (an error or timeout there falls back to the table). See plugins/couriers-vn.
const ghnToken = process.env.GHN_TOKEN
const ghnShopId = process.env.GHN_SHOP_ID
const fulfillmentModule = {
  key: Modules.FULFILLMENT,
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      {
        resolve: "@cho-phien/couriers-vn/providers/vnpost-table",
        id: "vnpost-table",
      },
      ...(ghnToken && ghnShopId
        ? [
            {
              resolve: "@cho-phien/couriers-vn/providers/ghn",
              id: "ghn",
              options: {
                token: ghnToken,
                shopId: ghnShopId,
                ...(process.env.GHN_BASE_URL
                  ? { baseUrl: process.env.GHN_BASE_URL }
                  : {}),
                ...(process.env.GHN_TIMEOUT_MS
                  ? { timeoutMs: Number(process.env.GHN_TIMEOUT_MS) }
                  : {}),
              },
            },
          ]
        : []),
    ],
  },
}

// Payments: cash on delivery always (plugins/payments-vn); cards through Stripe only when
// STRIPE_API_KEY is set, its webhooks checked with STRIPE_WEBHOOK_SECRET.
const stripeApiKey = process.env.STRIPE_API_KEY
const paymentModule = {
  key: Modules.PAYMENT,
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      { resolve: "@cho-phien/payments-vn/providers/cod", id: "cod" },
      ...(stripeApiKey
        ? [
            {
              // Medusa's Stripe card provider (pp_stripe_stripe); STRIPE_API_BASE only points the
              // tests at a local fake of Stripe's API.
              resolve: "@cho-phien/payments-vn/providers/stripe",
              id: "stripe",
              options: {
                apiKey: stripeApiKey,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                capture: false,
                ...(process.env.STRIPE_API_BASE
                  ? { apiBase: process.env.STRIPE_API_BASE }
                  : {}),
              },
            },
          ]
        : []),
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: isWorker
      ? "worker"
      : process.env.MEDUSA_WORKER_MODE === "server"
        ? "server"
        : "shared",
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      // Cooperative staff sign in as the `seller` actor, programme officers as `officer`, both
      // with e-mail and password only.
      authMethodsPerActor: { seller: ["emailpass"], officer: ["emailpass"] },
    },
    // `medusa start` marks the admin's session cookie Secure, which a browser never returns over
    // plain HTTP: the admin could not stay logged in on http://localhost. Secure follows the scheme
    // the backend is reached by.
    cookieOptions: backendUrl.startsWith("https://") ? {} : { secure: false },
  },
  admin: {
    disable: isWorker || process.env.DISABLE_ADMIN === "true",
    // Baked into the admin bundle at build time. "/" (same origin) keeps one build working on any
    // BACKEND_PORT; set MEDUSA_ADMIN_BACKEND_URL only when the admin is served from elsewhere.
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: redisUrl ? { caching: true } : {},
  plugins: [
    {
      // Its courierShipments module (parcels, S10 serials, pickups); its providers are above.
      resolve: "@cho-phien/couriers-vn",
      options: {},
    },
    {
      resolve: "@cho-phien/cooperative-seller",
      options: {},
    },
    {
      resolve: "@cho-phien/impact",
      options: {},
    },
    {
      resolve: "@cho-phien/search",
      options: {},
    },
  ],
  modules: [
    fileModule,
    notificationModule,
    fulfillmentModule,
    paymentModule,
    ...redisModules,
  ],
})
