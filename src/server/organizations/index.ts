import "server-only";

// The organizations domain's public face: pages, components and actions import from here, never a file below.
export * from "./mutations";
export * from "./profile";
export * from "./queries";
