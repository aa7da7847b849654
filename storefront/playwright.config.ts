import { defineConfig, devices } from "@playwright/test"

// The test runner (npm test at the root) starts the backend and the storefront, then points
// BASE_URL at the storefront; these specs never start a server themselves.
export default defineConfig({
  testDir: "e2e",
  reporter: "list",
  retries: 0,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL: process.env.BASE_URL || "http://localhost:8000",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
    },
  ],
})
