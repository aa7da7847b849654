export * from "./pickup"
export * from "./shipment"
