if (process.env.TEST_TYPE === "integration:http" && !process.env.DB_HOST) {
  throw new Error(
    "The integration tests need PostgreSQL: run `npm run test:integration` from the project root (it starts an embedded one), or set DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD."
  )
}
// Medusa logs every migration at info level; the test summary is what a reader needs.
process.env.LOG_LEVEL ??= "error"
