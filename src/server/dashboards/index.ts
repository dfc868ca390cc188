import "server-only";

// The dashboards domain's public face: pages, components and actions import from here, never a file below.
export * from "./action-plan";
export * from "./gedsi";
export * from "./indicators";
export * from "./options";
export * from "./programme";
