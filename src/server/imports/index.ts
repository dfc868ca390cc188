import "server-only";

// The imports domain's public face: pages, components and actions import from here, never a file below.
export * from "./attendance-import";
export * from "./exports";
