/**
 * The input forms of POST /api/v1/meta-analysis: which forms each measure takes, where the value checks
 * draw their lines, and how a study that cannot be analysed is reported (by its index, as a 400).
 */
import { describe, expect, it } from "vitest";
import { adjustZeroCells, effectFromCounts } from "./effect-size";
import { runMetaAnalysis, studyEffect } from "./meta-analysis";
import { StatsError } from "./pool";
import { metaAnalysisRequestSchema, type MetaAnalysisRequest, type StudyInput } from "./schemas";
import { issuesFromZod } from "../api/http";
import type { Measure } from "./constants";

const forms = {
  means: { m1: 12, sd1: 4, n1: 20, m2: 10, sd2: 5, n2: 25 },
  t: { t: 2.1, n1: 30, n2: 30 },
  d: { d: 0.4, n1: 30, n2: 30 },
  F: { F: 4.41, n1: 30, n2: 30 },
  counts: { ai: 4, bi: 119, ci: 11, di: 128 },
  estimateCi: { estimate: 0.8, ciLower: 0.5, ciUpper: 1.2 },
  yiVi: { yi: 0.2, vi: 0.01 },
};
type Form = keyof typeof forms;

/** The contract stated in the API description: SMD all but counts; MD means, CI, yi/vi; … */
const ACCEPTED: Record<Measure, Form[]> = {
  SMD: ["means", "t", "d", "F", "estimateCi", "yiVi"],
  MD: ["means", "estimateCi", "yiVi"],
  OR: ["counts", "estimateCi", "yiVi"],
  RR: ["counts", "estimateCi", "yiVi"],
  RD: ["counts", "estimateCi", "yiVi"],
  GENERIC: ["estimateCi", "yiVi"],
};

function issuesOf(body: unknown) {
  const parsed = metaAnalysisRequestSchema.safeParse(body);
  return parsed.success ? [] : issuesFromZod(parsed.error);
}

/** Issue paths for a request of one study under test plus one valid yi/vi study. */
function pathsFor(measure: Measure, study: Record<string, unknown>) {
  return issuesOf({ measure, studies: [study, forms.yiVi] }).map((issue) => issue.path);
}

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("which input forms a measure takes", () => {
  for (const [measure, accepted] of Object.entries(ACCEPTED) as [Measure, Form[]][]) {
    it(`${measure} takes ${accepted.join(", ")} and refuses the rest at the form's field`, () => {
      for (const form of Object.keys(forms) as Form[]) {
        const paths = pathsFor(measure, forms[form]);
        if (accepted.includes(form)) {
          expect(paths, `${measure} ${form}`).toEqual([]);
          const request = metaAnalysisRequestSchema.parse({ measure, studies: [forms[form], forms.yiVi] });
          expect(Number.isFinite(runMetaAnalysis(request).studies[0].yi), `${measure} ${form}`).toBe(true);
        } else {
          expect(paths, `${measure} ${form}`).toEqual([`studies.0.${Object.keys(forms[form])[0]}`]);
        }
      }
    });
  }
});

describe("value checks", () => {
  it("needs one SD above 0, not both", () => {
    expect(pathsFor("MD", { ...forms.means, sd1: 0 })).toEqual([]);
    expect(pathsFor("MD", { ...forms.means, sd2: 0 })).toEqual([]);
    expect(pathsFor("MD", { ...forms.means, sd1: 0, sd2: 0 })).toEqual(["studies.0.sd1"]);
  });

  it("needs participants in each group of a 2×2 table, not events in each", () => {
    expect(pathsFor("OR", { ai: 0, bi: 0, ci: 3, di: 4 })).toEqual(["studies.0.bi"]);
    expect(pathsFor("OR", { ai: 3, bi: 4, ci: 0, di: 0 })).toEqual(["studies.0.di"]);
    for (const table of [
      { ai: 0, bi: 5, ci: 3, di: 4 },
      { ai: 5, bi: 0, ci: 3, di: 4 },
      { ai: 5, bi: 2, ci: 0, di: 4 },
      { ai: 5, bi: 2, ci: 3, di: 0 },
    ]) {
      expect(pathsFor("RD", table)).toEqual([]);
    }
  });

  it("needs ciLower < ciUpper, and takes an estimate on either bound", () => {
    expect(pathsFor("GENERIC", { estimate: 0.3, ciLower: 0.3, ciUpper: 0.3 })).toEqual(["studies.0.ciUpper"]);
    expect(pathsFor("GENERIC", { estimate: 0.1, ciLower: 0.1, ciUpper: 0.5 })).toEqual([]);
    expect(pathsFor("GENERIC", { estimate: 0.5, ciLower: 0.1, ciUpper: 0.5 })).toEqual([]);
  });

  it("needs a ratio's CI to lie above 0", () => {
    expect(pathsFor("RR", { estimate: 0.5, ciLower: 0, ciUpper: 1 })).toEqual(["studies.0.ciLower"]);
    expect(pathsFor("GENERIC", { estimate: 0.5, ciLower: 0, ciUpper: 1 })).toEqual([]);
  });

  it("needs n1 + n2 ≥ 4 for Hedges' g from means, t, d or F, and only for SMD", () => {
    for (const study of [
      { m1: 1, sd1: 1, n1: 1, m2: 0, sd2: 1, n2: 2 },
      { t: 1, n1: 1, n2: 2 },
      { d: 0.5, n1: 1, n2: 2 },
      { F: 1, n1: 2, n2: 1 },
    ]) {
      expect(pathsFor("SMD", study)).toEqual(["studies.0.n2"]);
    }
    expect(pathsFor("SMD", { t: 1, n1: 2, n2: 2 })).toEqual([]);
    expect(pathsFor("SMD", { t: 1, n1: 30, n2: 2 })).toEqual([]);
    expect(pathsFor("SMD", { t: 1, n1: 2, n2: 30 })).toEqual([]);
    expect(pathsFor("MD", { m1: 1, sd1: 1, n1: 1, m2: 0, sd2: 1, n2: 2 })).toEqual([]);
  });

  it("takes a label of up to 300 characters and reports it trimmed", () => {
    const request = metaAnalysisRequestSchema.parse({
      measure: "GENERIC",
      studies: [{ label: "  Olds 1997  ", ...forms.yiVi }, forms.yiVi],
    });
    expect(runMetaAnalysis(request).studies.map((study) => study.label)).toEqual(["Olds 1997", "Study 2"]);
    expect(pathsFor("GENERIC", { label: "   ", ...forms.yiVi })).toEqual(["studies.0.label"]);
    expect(pathsFor("GENERIC", { label: "x".repeat(301), ...forms.yiVi })).toEqual(["studies.0.label"]);
  });

  it("says which forms there are when a study gives none", () => {
    expect(issuesOf({ measure: "OR", studies: [forms.counts, { label: "empty" }] })).toEqual([
      { path: "studies.1", message: expect.stringContaining("Give exactly one input form") },
    ]);
  });
});

describe("studies that cannot be analysed", () => {
  const request = (measure: Measure, studies: unknown[]) =>
    ({ measure, method: "REML", test: "z", studies }) as MetaAnalysisRequest;

  it("are reported at their index when the values pass the schema but overflow", () => {
    const overflowing = { m1: 1e308, sd1: 1, n1: 10, m2: -1e308, sd2: 1, n2: 10 };
    const body = metaAnalysisRequestSchema.parse({ measure: "MD", studies: [forms.means, overflowing] });
    expect(thrown(() => runMetaAnalysis(body))).toMatchObject({
      name: "StatsError",
      code: "invalid_input",
      path: ["studies", 1],
    });
  });

  it("are reported at their index when called without the schema", () => {
    for (const study of [
      { yi: 0.1, vi: 0 },
      { yi: 0.1, vi: Number.POSITIVE_INFINITY },
      { yi: Number.NaN, vi: 0.1 },
    ]) {
      const error = thrown(() => runMetaAnalysis(request("GENERIC", [forms.yiVi, study])));
      expect(error, JSON.stringify(study)).toBeInstanceOf(StatsError);
      expect(error).toMatchObject({ code: "invalid_input", path: ["studies", 1] });
    }
    expect(thrown(() => runMetaAnalysis(request("OR", [forms.counts, forms.means])))).toMatchObject({
      code: "invalid_input",
      path: ["studies", 1],
    });
    expect(thrown(() => runMetaAnalysis(request("OR", [forms.counts, { label: "empty" }])))).toMatchObject({
      code: "invalid_input",
      path: ["studies", 1],
    });
  });

  it("name the field that is missing or mixes forms", () => {
    expect(thrown(() => runMetaAnalysis(request("SMD", [forms.t, { t: 2, n1: 10 }])))).toMatchObject({
      code: "invalid_input",
      path: ["studies", 1, "n2"],
    });
    expect(thrown(() => runMetaAnalysis(request("SMD", [forms.t, { ...forms.t, ...forms.yiVi }])))).toMatchObject({
      code: "invalid_input",
      path: ["studies", 1, "yi"],
    });
  });

  it("let programming errors through unchanged (a 500, not a 400 about the study)", () => {
    const call = () => runMetaAnalysis(request("GENERIC", [forms.yiVi, null]));
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/null/);
  });

  it("name the field whose value is not a number", () => {
    const study = { t: "2.1", n1: 30, n2: 30 } as unknown as StudyInput;
    expect(thrown(() => studyEffect("SMD", study))).toMatchObject({ code: "invalid_input", path: ["t"] });
  });
});

describe("2×2 tables with a zero cell", () => {
  it("get 1/2 added to every cell when any one cell is 0", () => {
    expect(adjustZeroCells({ ai: 1, bi: 2, ci: 3, di: 4 })).toEqual({ ai: 1, bi: 2, ci: 3, di: 4, adjusted: false });
    for (const table of [
      { ai: 0, bi: 2, ci: 3, di: 4 },
      { ai: 1, bi: 0, ci: 3, di: 4 },
      { ai: 1, bi: 2, ci: 0, di: 4 },
      { ai: 1, bi: 2, ci: 3, di: 0 },
    ]) {
      const adjusted = adjustZeroCells(table);
      expect(adjusted).toEqual({
        ai: table.ai + 0.5,
        bi: table.bi + 0.5,
        ci: table.ci + 0.5,
        di: table.di + 0.5,
        adjusted: true,
      });
    }
  });

  it("give an RD from the raw proportions on request (metafor's addyi = FALSE)", () => {
    // 3/10 − 0/10 raw, against 3.5/11 − 0.5/11 adjusted.
    const table = { ai: 3, bi: 7, ci: 0, di: 10 };
    expect(effectFromCounts("RD", table, { adjustRdEstimate: false }).yi).toBeCloseTo(0.3, 15);
    expect(effectFromCounts("RD", table).yi).toBeCloseTo(3 / 11, 15);
  });
});
