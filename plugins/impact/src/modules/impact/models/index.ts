export * from "./programme-tag"
export * from "./recorded-sale"
