export * from "./certification"
export * from "./cooperative"
export * from "./cooperative-member"
export * from "./product-origin"
