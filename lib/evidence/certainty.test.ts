/** One case per certainty rule and level (lib/evidence/certainty.ts). */
import { describe, expect, test } from "vitest";
import { applyOverride, assessCertainty, describeReason, type CertaintyInput, type CertaintyStudy } from "./certainty";

const rct = (weight: number, extra: Partial<CertaintyStudy> = {}): CertaintyStudy => ({
  weight,
  randomised: true,
  riskOfBias: "LOW",
  country: "NL",
  ...extra,
});

/** Two Dutch low-risk trials, a precise consistent effect, N = 600: nothing to downgrade. */
const clean: CertaintyInput = {
  basis: "POOLED",
  studies: [rct(0.5), rct(0.5)],
  ciLower: 0.1,
  ciUpper: 0.4,
  piLower: 0.05,
  piUpper: 0.45,
  i2: 10,
  k: 2,
  totalN: 600,
};

const codes = (input: CertaintyInput) => assessCertainty(input).reasons.map((r) => r.code);

describe("start", () => {
  test("at least half of the weight from randomised trials starts high; nothing else: high", () => {
    expect(assessCertainty(clean)).toMatchObject({ level: "high" });
    expect(codes(clean)).toEqual(["start-randomised"]);
  });
  test("exactly half is enough; less starts low", () => {
    const half = { ...clean, studies: [rct(0.5), rct(0.5, { randomised: false })] };
    expect(assessCertainty(half).level).toBe("high");
    const less = { ...clean, studies: [rct(0.49), rct(0.51, { randomised: false })] };
    expect(assessCertainty(less).level).toBe("low");
    expect(codes(less)[0]).toBe("start-non-randomised");
  });
});

describe("one level down per concern", () => {
  test("risk of bias: more than half of the weight at high risk (not assessed is not high)", () => {
    const high = { ...clean, studies: [rct(0.6, { riskOfBias: "HIGH" }), rct(0.4)] };
    expect(assessCertainty(high).level).toBe("moderate");
    expect(codes(high)).toContain("risk-of-bias");
    const half = { ...clean, studies: [rct(0.5, { riskOfBias: "HIGH" }), rct(0.5, { riskOfBias: "NOT_ASSESSED" })] };
    expect(assessCertainty(half).level).toBe("high");
  });

  test("inconsistency: I² ≥ 50% with a PI through zero and a CI that is not; two levels from 75%", () => {
    const one = { ...clean, i2: 50, piLower: -0.2 };
    expect(assessCertainty(one).level).toBe("moderate");
    const two = { ...clean, i2: 75, piLower: -0.2 };
    expect(assessCertainty(two).level).toBe("low");
    expect(codes(two)).toContain("inconsistency-serious");
    // A PI that stays above zero is no concern, however large I².
    expect(assessCertainty({ ...clean, i2: 90 }).level).toBe("high");
  });

  test("imprecision: CI through zero, or N below 400 — two levels when both", () => {
    expect(assessCertainty({ ...clean, ciLower: -0.05, piLower: -0.1 }).level).toBe("moderate");
    expect(assessCertainty({ ...clean, totalN: 399 }).level).toBe("moderate");
    const both = { ...clean, ciLower: -0.05, piLower: -0.1, totalN: 120 };
    expect(assessCertainty(both).level).toBe("low");
    expect(codes(both)).toContain("imprecision-both");
  });

  test("publication bias: Egger p < 0.10 counts only from k = 10; trim and fill moving the CI through zero", () => {
    expect(assessCertainty({ ...clean, k: 10, regtestP: 0.09 }).level).toBe("moderate");
    expect(assessCertainty({ ...clean, k: 9, regtestP: 0.01 }).level).toBe("high");
    expect(assessCertainty({ ...clean, k: 10, regtestP: 0.1 }).level).toBe("high");
    const filled = { ...clean, trimfillCi: { lower: -0.02, upper: 0.3 } };
    expect(codes(filled)).toContain("publication-bias-trimfill");
    expect(assessCertainty(filled).level).toBe("moderate");
  });

  test("indirectness: no study from the Netherlands or a comparable country (list configurable)", () => {
    const american = { ...clean, studies: [rct(0.5, { country: "US" }), rct(0.5, { country: null })] };
    expect(assessCertainty(american).level).toBe("moderate");
    expect(assessCertainty({ ...american, comparableCountries: ["US"] }).level).toBe("high");
    expect(
      assessCertainty({ ...clean, studies: [rct(0.5, { country: "UK" }), rct(0.5, { country: "US" })] }).level,
    ).toBe("high");
  });
});

describe("levels and their floor", () => {
  test("high → moderate → low → very low, and never below", () => {
    const worst: CertaintyInput = {
      ...clean,
      studies: [rct(1, { riskOfBias: "HIGH", country: "US" })],
      ciLower: -0.3,
      ciUpper: 0.5,
      totalN: 80,
    };
    expect(assessCertainty(worst).level).toBe("very-low");
    expect(assessCertainty({ ...worst, studies: [rct(1, { randomised: false, country: "US" })] }).level).toBe(
      "very-low",
    );
  });
});

describe("a published meta-analysis's own estimate", () => {
  const meta: CertaintyInput = {
    basis: "META_ANALYSIS",
    studies: [rct(1, { randomised: false, country: "NL" })],
    randomisedShare: 1,
    ciLower: 0.05,
    ciUpper: 0.21,
    piLower: null,
    piUpper: null,
    i2: null,
    k: 20,
    totalN: 5000,
  };
  test("starts from its design mix, is not judged for bias or inconsistency, and is at most moderate", () => {
    const result = assessCertainty(meta);
    expect(result.level).toBe("moderate");
    expect(result.reasons.map((r) => r.code)).toEqual([
      "start-meta-analysis-randomised",
      "meta-analysis-not-judged",
      "meta-analysis-capped",
    ]);
    expect(assessCertainty({ ...meta, randomisedShare: 0.3 }).level).toBe("low");
    expect(assessCertainty({ ...meta, randomisedShare: null }).reasons[0].code).toBe(
      "start-meta-analysis-unknown-design",
    );
  });
  test("every reason is given in Dutch and English", () => {
    for (const r of assessCertainty({ ...meta, ciLower: -0.1, totalN: 100 }).reasons) {
      expect(r.text.nl.length).toBeGreaterThan(10);
      expect(r.text.en.length).toBeGreaterThan(10);
    }
  });
});

describe("stored reasons and overrides", () => {
  test("a stored reason (code and numbers) gives back the same sentence", () => {
    const reasons = assessCertainty({ ...clean, totalN: 120, studies: [rct(1, { country: "US" })] }).reasons;
    for (const r of reasons) {
      const stored = JSON.parse(JSON.stringify({ code: r.code, levels: r.levels, params: r.params }));
      expect(describeReason(stored).text).toEqual(r.text);
    }
  });

  test("an override sets the level, keeps the computed reasons and adds its own with who and when", () => {
    const computed = assessCertainty(clean);
    const result = applyOverride(computed, {
      level: "low",
      reason: "Alle studies door de ontwikkelaar zelf uitgevoerd",
      actorName: "Ada Redacteur",
      date: "2026-12-01",
    });
    expect(result.level).toBe("low");
    expect(result.reasons.slice(0, -1)).toEqual(computed.reasons);
    expect(result.reasons.at(-1)!.text.nl).toBe(
      "Aangepast door de redactie (Ada Redacteur, 2026-12-01): Alle studies door de ontwikkelaar zelf uitgevoerd",
    );
    expect(applyOverride(computed, null)).toBe(computed);
  });
});
