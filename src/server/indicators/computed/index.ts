import "server-only";

// The computed indicators' face (re-exported by @/server/indicators): values, series, and a dashboard's view of many.
export * from "./values";
export type * from "./types";
export type { ViewerScope, SourceContext, ComputedIndicator } from "./context";
