export * from "./create-cooperatives"
export * from "./create-product-origins"
