declare module "pdf-parse/lib/pdf-parse.js" {
  import pdfParse from "pdf-parse"

  export default pdfParse
}
