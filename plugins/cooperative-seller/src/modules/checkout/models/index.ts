export * from "./checkout"
