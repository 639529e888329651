/**
 * Publication-bias and sensitivity diagnostics of one pooled headline effect, for its funnel plot,
 * leave-one-out plot and certainty: Egger's test, trim and fill (L0, side as metafor chooses), the rank test
 * and leave-one-out, all with the headline's own estimator (lib/stats/diagnostics.ts). Pure; each diagnostic
 * that cannot be computed for these studies is null with the reason, the others still are.
 */
import type { PoolMethod } from "../stats/constants";
import { leave1out, ranktest, regtest, trimfill, type LeaveOneOutRow } from "../stats/diagnostics";
import { StatsError } from "../stats/pool";

/** Fewest primary studies for which the page shows a funnel plot and the tests. */
export const MIN_STUDIES_FOR_BIAS = 3;
/** Below this many studies the tests have little power (Cochrane Handbook 13.3.5.4). */
export const LOW_POWER_BELOW = 10;

export type BiasStudy = { label: string; yi: number; vi: number };

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof StatsError) return { ok: false, reason: error.message };
    throw error;
  }
}

export type BiasDiagnostics = {
  k: number;
  lowPower: boolean;
  estimate: number;
  studies: BiasStudy[];
  egger: Outcome<{ stat: number; pval: number | null; limitEstimate: number | null }>;
  rank: Outcome<{ tau: number; pval: number | null }>;
  trimfill: Outcome<{
    k0: number;
    side: "left" | "right";
    filled: { yi: number; vi: number }[];
    estimate: number;
    ciLower: number;
    ciUpper: number;
  }>;
  leaveOneOut: LeaveOneOutRow[];
};

/** Null below MIN_STUDIES_FOR_BIAS studies. `estimate` is the headline's pooled estimate. */
export function biasDiagnostics(studies: BiasStudy[], method: PoolMethod, estimate: number): BiasDiagnostics | null {
  if (studies.length < MIN_STUDIES_FOR_BIAS) return null;
  const yi = studies.map((s) => s.yi);
  const vi = studies.map((s) => s.vi);
  const settings = { method, test: "z" as const };
  return {
    k: studies.length,
    lowPower: studies.length < LOW_POWER_BELOW,
    estimate,
    studies,
    egger: attempt(() => {
      const r = regtest(yi, vi, null, settings);
      return { stat: r.stat, pval: r.pval, limitEstimate: r.limitEstimate };
    }),
    rank: attempt(() => ranktest(yi, vi)),
    trimfill: attempt(() => {
      const r = trimfill(yi, vi, settings);
      return {
        k0: r.k0,
        side: r.side,
        filled: r.filled,
        estimate: r.pooled.estimate,
        ciLower: r.pooled.ciLower,
        ciUpper: r.pooled.ciUpper,
      };
    }),
    leaveOneOut: leave1out(
      yi,
      vi,
      studies.map((s) => s.label),
      settings,
    ),
  };
}
