const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Only unit tests live here: the tariff is pure and the GHN adapter runs against a local fake
// server. The checkout that uses these providers is tested over HTTP in backend/integration-tests.
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
  testMatch: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
}
