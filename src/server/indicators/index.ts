import "server-only";

// The indicators domain's public face: pages, components and actions import from here, never a file below.
export * from "./computed";
export * from "./mutations";
export * from "./queries";
