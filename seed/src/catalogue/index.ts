export * from "./types"
export { CATEGORIES } from "./categories"
export { COOPERATIVES } from "./cooperatives"
export { PRODUCTS } from "./products"
