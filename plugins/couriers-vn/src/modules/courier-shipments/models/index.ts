export * from "./event"
export * from "./pickup"
export * from "./shipment"
