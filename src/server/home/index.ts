import "server-only";

// The home domain's public face: pages, components and actions import from here, never a file below.
export * from "./queries";
