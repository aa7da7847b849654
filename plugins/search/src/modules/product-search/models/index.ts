export * from "./search-index-state"
