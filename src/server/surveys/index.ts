import "server-only";

// The surveys domain's public face: pages, components and actions import from here, never a file below.
export * from "./answers";
export * from "./indicators";
export * from "./invitations";
export * from "./schedule";
export * from "./tracking";
