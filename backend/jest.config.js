const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch:
    process.env.TEST_TYPE === "integration:http"
      ? ["**/integration-tests/http/**/*.spec.[jt]s"]
      : ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  setupFiles: ["./integration-tests/setup.js"],
  // Each HTTP spec boots a whole Medusa app; under --experimental-vm-modules a second app in the
  // same process fails to load its modules. A worker that is recycled after every file (any
  // Medusa app exceeds this limit) gives each spec a fresh process.
  workerIdleMemoryLimit: "100MB",
}
