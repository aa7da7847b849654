export * from "./officer"
