import "server-only";

// The reports domain's public face: pages, components and actions import from here, never a file below.
export * from "./context";
export * from "./evidence";
export * from "./locks";
export * from "./matrix";
export * from "./mutations";
export * from "./queries";
export * from "./reminders";
