import "server-only";

// The programmes domain's public face: pages, components and actions import from here, never a file below.
export * from "./mutations";
export * from "./options";
export * from "./queries";
