export * from "./auth";
export * from "./programs";
export * from "./audit";
export * from "./email";
