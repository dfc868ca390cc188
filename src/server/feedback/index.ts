import "server-only";

// The feedback domain's public face: pages, components and actions import from here, never a file below.
export * from "./answers";
export * from "./links";
