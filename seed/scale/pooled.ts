/**
 * The headline effect (PooledEffect row) of one intervention × outcome, computed by the app's own
 * headlineEffect() from lib/evidence/pooling.ts on exactly the effect rows the loader inserts, in the order
 * the database will number them. So a later recomputePooledEffects() finds every synthetic row unchanged:
 * a REML pool (DerSimonian–Laird when REML does not converge) of two or more primary studies, else a
 * meta-analysis's reported estimate, else one study's effect. seed/scale/load.ts checks a sample against it.
 */
import type { HeadlineBasis } from "../../generated/prisma/enums";
import { headlineEffect, type HeadlineInput } from "../../lib/evidence/pooling";

export type { HeadlineInput };

export type HeadlineRow = NonNullable<ReturnType<typeof headlineEffect>>;

/** How a headline was arrived at, for the loader's summary: its basis, and REML or its fallback for pools. */
export type HeadlineKind = HeadlineBasis | `POOLED_${string}`;

export function headlineKind(row: { basis: HeadlineBasis; method: string }): HeadlineKind {
  return row.basis === "POOLED" && row.method !== "REML" ? `POOLED_${row.method}` : row.basis;
}

/**
 * The headline of one outcome of a synthetic intervention. Every synthetic outcome has at least one study
 * with an SMD on it (primary, or a meta-analysis with its reported CI), so there always is one.
 */
export function headlineRow(effects: HeadlineInput[]): HeadlineRow {
  const row = headlineEffect(effects);
  if (!row) throw new Error("A synthetic outcome without any effect that can be a headline");
  return row;
}
