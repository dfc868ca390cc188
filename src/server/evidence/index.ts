import "server-only";

// The evidence domain's public face: pages, components and actions import from here, never a file below.
export * from "./adoptions";
export * from "./committee-roles";
export * from "./import";
export * from "./shared";
