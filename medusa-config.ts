import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const REDIS_URL = process.env.REDIS_URL

/**
 * With REDIS_URL the app runs in its production shape (README › Production): events, workflows
 * and locks go through Redis, so a server and its workers (MEDUSA_WORKER_MODE) share them.
 * Without it, the in-memory defaults: one process, nothing to install.
 */
const redisModules = REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: REDIS_URL } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: REDIS_URL } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: REDIS_URL } }],
        },
      },
    ]
  : []

/**
 * This repository is also a runnable Medusa app that loads the plugin from `src/`:
 * the demo (`npm run dev`), the HTTP tests and the benchmarks run it.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    redisUrl: REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "server" | "worker" | undefined) || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true",
  },
  modules: [
    ...redisModules,
    {
      resolve: "./src/modules/service-management",
      options: {
        // Job schedules and switches as JSON, e.g. the production test's every few seconds:
        // SERVICE_JOBS='{"subscriptionBilling":{"schedule":"*/5 * * * * *"}}'.
        ...(process.env.SERVICE_JOBS ? { jobs: JSON.parse(process.env.SERVICE_JOBS) } : {}),
        // Lets a test (or the demo) run the app locked down (SERVICE_ROLES_DEFAULT=none) or with other
        // Medusa admin routes for restricted roles (SERVICE_ROLES_CORE_ROUTES='{"restrict":false}').
        roles: {
          ...(process.env.SERVICE_ROLES_DEFAULT ? { default: process.env.SERVICE_ROLES_DEFAULT } : {}),
          ...(process.env.SERVICE_ROLES_CORE_ROUTES ? { core_routes: JSON.parse(process.env.SERVICE_ROLES_CORE_ROUTES) } : {}),
        },
      },
    },
    // The demo's notifications (request received, stage changes, technician assigned, return
    // received) are stored and logged by the local provider; a real app configures an email provider.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications", channels: ["email", "feed"] },
          },
        ],
      },
    },
  ],
})
