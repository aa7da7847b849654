module.exports = {
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }],
  },
  testEnvironment: "node",
  testMatch: ["**/src/**/__tests__/**/*.spec.ts"],
  testTimeout: 120000,
}
