const { mkdtempSync } = require("node:fs")
const { tmpdir } = require("node:os")
const { join } = require("node:path")

if (process.env.TEST_TYPE === "integration:http" && !process.env.DB_HOST) {
  throw new Error(
    "The integration tests need PostgreSQL: run `npm run test:integration` from the project root (it starts an embedded one), or set DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD."
  )
}
// Medusa logs every migration at info level; the test summary is what a reader needs.
process.env.LOG_LEVEL ??= "error"
// Images the tests upload go to a throwaway folder, not the demo's.
process.env.FILE_UPLOAD_DIR ??= mkdtempSync(
  join(tmpdir(), "cho-phien-uploads-")
)
