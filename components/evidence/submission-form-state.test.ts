import { describe, expect, it } from "vitest";
import { parseWithLocale, submissionSchema } from "@/lib/submission/schemas";
import {
  buildInput,
  emptyEntry,
  explainIssues,
  readNumber,
  stateFromInput,
  type EntryFormState,
} from "./submission-form-state";
import { previewEffect } from "./effect-preview";

function filledEntry(): EntryFormState {
  const state = emptyEntry();
  state.intervention = "voorzorg";
  state.study = {
    ...state.study,
    citation: "Jansen (2021)",
    doi: "https://doi.org/10.5555/ABC",
    year: "2021",
    design: "rct",
    country: "Nederland",
    sampleSize: "100",
    domains: ["low", "low", "some-concerns", "low", "low"],
    overall: "some-concerns",
  };
  state.outcomes[0] = {
    ...state.outcomes[0],
    outcome: "parental-sensitivity",
    timepointMonths: "0",
    form: "t",
    values: { t: "2,5", n1: "40", n2: "40", m1: "10" },
  };
  return state;
}

describe("the entry form's object", () => {
  it("reads Dutch and English decimals and refuses words", () => {
    expect(readNumber("2,5")).toBe(2.5);
    expect(readNumber(" -0.25 ")).toBe(-0.25);
    expect(readNumber("")).toBeUndefined();
    expect(readNumber("twintig")).toBeNaN();
    expect(readNumber("1,2,3")).toBeNaN();
  });

  it("sends numbers as numbers, only the chosen input form, and leaves empty optional fields out", () => {
    const { input } = buildInput(filledEntry());
    expect(input.outcomes[0].statistics).toEqual({ t: 2.5, n1: 40, n2: 40 });
    expect(input.study).not.toHaveProperty("url");
    expect(input.study).not.toHaveProperty("followUpMonths");
    expect(input.study.riskOfBias).toEqual({
      tool: "rob2",
      domains: ["low", "low", "some-concerns", "low", "low"],
      overall: "some-concerns",
    });
    const parsed = parseWithLocale(submissionSchema, input, "nl");
    expect(parsed.ok).toBe(true);
  });

  it("explains an empty required field and an unreadable number in the page's words", () => {
    const state = filledEntry();
    state.study.citation = "";
    state.study.year = "twintig";
    const { input, typed } = buildInput(state);
    const parsed = parseWithLocale(submissionSchema, input, "nl");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issues = explainIssues(parsed.issues, typed, { required: "Vul dit veld in", notANumber: "Vul een getal in" });
    expect(issues).toContainEqual({ path: "study.citation", message: "Vul dit veld in" });
    expect(issues).toContainEqual({ path: "study.year", message: "Vul een getal in" });
  });

  it("comes back unchanged from a saved entry", () => {
    const { input } = buildInput(filledEntry());
    const parsed = parseWithLocale(submissionSchema, input, "en");
    if (!parsed.ok) throw new Error("fixture must be valid");
    expect(buildInput(stateFromInput(parsed.data)).input).toEqual(parsed.data);
  });
});

describe("the live preview", () => {
  it("gives Hedges' g with its 95% CI from means and SDs", () => {
    const effect = previewEffect("SMD", { m1: 10, sd1: 2, n1: 50, m2: 9, sd2: 2, n2: 50 })!;
    expect(effect.estimate).toBeCloseTo(0.4962, 4);
    expect(effect.lower).toBeCloseTo(0.0982, 4);
    expect(effect.upper).toBeCloseTo(0.8941, 4);
  });

  it("shows an odds ratio on the ratio scale", () => {
    const effect = previewEffect("OR", { estimate: 2, ciLower: 1.2, ciUpper: 3.3 })!;
    expect(effect.estimate).toBeCloseTo(2, 10);
    expect(effect.lower).toBeGreaterThan(1);
  });

  it("waits while the statistics are incomplete or do not suit the measure", () => {
    expect(previewEffect("SMD", { t: 2.5, n1: 40 })).toBeNull();
    expect(previewEffect("OR", { t: 2.5, n1: 40, n2: 40 })).toBeNull();
    expect(previewEffect("SMD", null)).toBeNull();
  });
});
