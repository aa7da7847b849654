export * from "./seller-product-import"
