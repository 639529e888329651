/** The decision aid's order and its explanations (lib/decision/ranking.ts), on hand-made cases. */
import { describe, expect, test } from "vitest";
import { compareCandidates, rankCandidates, type DecisionCandidate } from "./ranking";
import type { CertaintyLevel } from "../evidence/certainty";

const outcome = { nl: "opvoedvaardigheden", en: "parenting skills" };
const candidate = (slug: string, extra: Partial<DecisionCandidate> = {}): DecisionCandidate => ({
  slug,
  isRecognised: false,
  evidenceLevel: "goed-onderbouwd",
  effect: null,
  ...extra,
});
const effect = (estimate: number, ciLower: number | null, certainty: CertaintyLevel | null) => ({
  estimate,
  ciLower,
  ciUpper: ciLower === null ? null : estimate + (estimate - ciLower),
  certainty,
});

describe("order", () => {
  test("recognised as effective first, whatever the effects", () => {
    const ranked = rankCandidates(
      [
        candidate("big-effect", { evidenceLevel: "sterke-aanwijzingen", effect: effect(0.9, 0.6, "high") }),
        candidate("recognised", { isRecognised: true, evidenceLevel: "eerste-aanwijzingen" }),
      ],
      outcome,
    );
    expect(ranked.map((r) => r.item.slug)).toEqual(["recognised", "big-effect"]);
  });

  test("then the Dutch level; not assessed (unknown) above niet effectief (a verdict)", () => {
    const slugs = rankCandidates(
      [
        candidate("ineffective", { evidenceLevel: "niet-effectief" }),
        candidate("unknown", { evidenceLevel: "niet-beoordeeld" }),
        candidate("described", { evidenceLevel: "goed-beschreven" }),
        candidate("founded", { evidenceLevel: "goed-onderbouwd" }),
      ],
      outcome,
    ).map((r) => r.item.slug);
    expect(slugs).toEqual(["founded", "described", "unknown", "ineffective"]);
  });

  test("then certainty: a modest certain effect outranks a large uncertain one", () => {
    const modestCertain = candidate("modest-certain", { effect: effect(0.25, 0.1, "moderate") });
    const largeUncertain = candidate("large-uncertain", { effect: effect(0.9, 0.3, "very-low") });
    expect(compareCandidates(modestCertain, largeUncertain)).toBeLessThan(0);
    // No effect at all, or no certainty, comes after any certainty.
    expect(compareCandidates(largeUncertain, candidate("none"))).toBeLessThan(0);
    expect(
      compareCandidates(candidate("no-certainty", { effect: effect(0.5, 0.2, null) }), largeUncertain),
    ).toBeGreaterThan(0);
  });

  test("then the lower bound of the CI, conservatively; a missing bound counts as lowest", () => {
    const slugs = rankCandidates(
      [
        candidate("wide", { effect: effect(0.6, -0.1, "low") }),
        candidate("narrow", { effect: effect(0.3, 0.15, "low") }),
        candidate("no-ci", { effect: effect(0.7, null, "low") }),
      ],
      outcome,
    ).map((r) => r.item.slug);
    expect(slugs).toEqual(["narrow", "wide", "no-ci"]);
  });
});

describe("explanations", () => {
  test("say why in one sentence and list what is unknown, in both languages", () => {
    const [first, second] = rankCandidates(
      [
        candidate("a", {
          isRecognised: true,
          evidenceLevel: "goede-aanwijzingen",
          effect: effect(0.35, 0.1, "moderate"),
        }),
        candidate("b", { evidenceLevel: "niet-beoordeeld" }),
      ],
      outcome,
    );
    expect(first.rank).toBe(1);
    expect(first.why.nl).toBe(
      "Erkend als effectief volgens goede aanwijzingen; bescheiden effect op opvoedvaardigheden: g = 0,35 [0,10; 0,60], redelijke zekerheid.",
    );
    expect(first.why.en).toContain("modest effect on parenting skills: g = 0.35 [0.10; 0.60], moderate certainty");
    expect(first.unknown).toEqual([]);
    expect(second.why.nl).toBe(
      "Niet erkend als effectief; Nederlands niveau: niet beoordeeld; geen effect bekend op opvoedvaardigheden.",
    );
    expect(second.unknown.map((u) => u.nl)).toEqual([
      "Geen Nederlandse beoordeling bekend.",
      "Geen gemeten effect op opvoedvaardigheden.",
    ]);
  });
});
