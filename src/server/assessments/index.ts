import "server-only";

// The assessments domain's public face: pages, components and actions import from here, never a file below.
export * from "./comparison";
export * from "./queries";
export * from "./rounds";
export * from "./templates";
