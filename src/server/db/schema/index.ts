export * from "./auth";
export * from "./programs";
export * from "./audit";
export * from "./email";
export * from "./tracking";
export * from "./conversions";
export * from "./money";
