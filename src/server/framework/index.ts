import "server-only";

// The framework domain's public face: pages, components and actions import from here, never a file below.
export * from "./mutations";
export * from "./queries";
