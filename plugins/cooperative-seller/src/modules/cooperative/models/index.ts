export * from "./certification"
export * from "./cooperative"
export * from "./product-origin"
