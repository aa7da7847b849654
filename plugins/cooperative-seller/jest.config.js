const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

if (process.env.TEST_TYPE === "integration:modules") {
  if (!process.env.DB_HOST) {
    throw new Error(
      "The module integration tests need PostgreSQL: run `npm run test:integration` from the project root (it starts an embedded one), or set DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD."
    )
  }
  // Medusa logs every migration at info level; the test summary is what a reader needs.
  process.env.LOG_LEVEL ??= "error"
}

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
    process.env.TEST_TYPE === "integration:modules"
      ? ["**/src/modules/*/__tests__/**/*.spec.[jt]s"]
      : ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "integration:modules"
      ? ["\\.unit\\.spec\\.[jt]s$"]
      : [],
}
