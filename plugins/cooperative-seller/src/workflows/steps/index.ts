export * from "./create-certifications"
export * from "./create-cooperatives"
export * from "./create-product-origins"
export * from "./resolve-provinces"
