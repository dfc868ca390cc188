import type { DaySpan } from "@/lib/dashboards/figures";
import type { SourceContext } from "../context";
import type { SourceResult } from "../types";

/**
 * One computed source: how its value for a period is computed (with its disaggregations),
 * and the explanation shown beside it (the formula in words, the rows read, a sample).
 * A new source is one module exporting such a definition and one line in ../registry.ts.
 */
export interface SourceDefinition {
  compute(ctx: SourceContext, period: DaySpan): Promise<SourceResult>;
}
