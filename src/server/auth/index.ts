import "server-only";

// The auth domain's public face: pages, components and actions import from here, never a file below.
export * from "./actor";
export * from "./client-address";
export * from "./credentials";
export * from "./next-auth";
export * from "./permissions";
export * from "./session";
export * from "./roles";
