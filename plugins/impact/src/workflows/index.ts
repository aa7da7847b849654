export * from "./create-officer"
