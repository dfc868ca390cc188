import "server-only";

// The users domain's public face: pages, components and actions import from here, never a file below.
export * from "./account";
export * from "./manage";
export * from "./queries";
export * from "./redeem";
