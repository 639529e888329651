/**
 * The shared entry schema: DOI normalisation and form, risk-of-bias domains per tool, tool versus design,
 * the target (intervention or proposal), per-field issue paths, and messages in Dutch or English.
 */
import { describe, expect, test } from "vitest";
import {
  normaliseDoi,
  parseWithLocale,
  RISK_OF_BIAS_TOOLS,
  submissionRequestSchema,
  submissionSchema,
  SUBMISSION_MESSAGES,
  toolForDesign,
  type SubmissionDraft,
} from "./schemas";

function entry(): SubmissionDraft {
  return {
    intervention: "video-feedback",
    study: {
      citation: "Smit, C. (2022). Video feedback for parents. Infant Journal, 4, 1–9.",
      doi: "10.1234/abcd.5678",
      year: 2022,
      design: "rct",
      country: "Netherlands",
      sampleSize: 90,
      riskOfBias: { tool: "rob2", domains: ["low", "low", "low", "some-concerns", "low"], overall: "some-concerns" },
    },
    outcomes: [
      {
        outcome: "parental-sensitivity",
        timepointMonths: 0,
        measure: "SMD",
        higherIsBetter: true,
        statistics: { d: 0.4, n1: 45, n2: 45 },
      },
    ],
  };
}

const issuesOf = (input: unknown, locale: "nl" | "en" = "en") => {
  const parsed = parseWithLocale(submissionSchema, input, locale);
  return parsed.ok ? [] : parsed.issues;
};
const pathsOf = (input: unknown) => issuesOf(input).map((issue) => issue.path);

describe("a complete entry", () => {
  test("parses, and the request schema adds submit (false unless given)", () => {
    expect(issuesOf(entry())).toEqual([]);
    const request = submissionRequestSchema.parse(entry());
    expect(request.submit).toBe(false);
    expect(submissionRequestSchema.parse({ ...entry(), submit: true }).submit).toBe(true);
  });
});

describe("DOI", () => {
  test("what people paste becomes the bare, lowercase DOI", () => {
    expect(normaliseDoi("https://doi.org/10.1371/Journal.PONE.0120182")).toBe("10.1371/journal.pone.0120182");
    expect(normaliseDoi("http://dx.doi.org/10.1/x")).toBe("10.1/x");
    expect(normaliseDoi("  doi: 10.1111/JCPP.13146 ")).toBe("10.1111/jcpp.13146");
    expect(normaliseDoi("10.1000/abc")).toBe("10.1000/abc");
  });

  test("the parsed entry holds the normalised DOI; a malformed one is named", () => {
    const input = entry();
    input.study.doi = "https://doi.org/10.5555/ABC";
    const parsed = parseWithLocale(submissionSchema, input, "en");
    expect(parsed.ok && parsed.data.study.doi).toBe("10.5555/abc");
    for (const doi of ["10.12/short-registrant", "11.1234/x", "10.1234/", "not a doi", "10.1234/with space"]) {
      input.study.doi = doi;
      expect(issuesOf(input), doi).toEqual([{ path: "study.doi", message: "A DOI has the form 10.1234/abcd" }]);
    }
  });
});

describe("risk of bias", () => {
  test("RoB 2 has five domains, ROBINS-I seven", () => {
    expect(RISK_OF_BIAS_TOOLS.rob2.domains).toHaveLength(5);
    expect(RISK_OF_BIAS_TOOLS["robins-i"].domains).toHaveLength(7);
  });

  test("too few or too many judgements are one issue on the domains", () => {
    const input = entry();
    input.study.riskOfBias.domains = ["low", "low", "low", "low"];
    expect(issuesOf(input)).toEqual([
      { path: "study.riskOfBias.domains", message: SUBMISSION_MESSAGES["domains-count"].en },
    ]);
    input.study.riskOfBias.domains = ["low", "low", "low", "low", "low", "low"];
    expect(pathsOf(input)).toEqual(["study.riskOfBias.domains"]);
  });

  test("a judgement from the other tool is named by its position", () => {
    const input = entry();
    input.study.riskOfBias.domains = ["low", "serious", "low", "low", "moderate"];
    expect(issuesOf(input)).toEqual([
      { path: "study.riskOfBias.domains.1", message: SUBMISSION_MESSAGES["domain-judgement"].en },
      { path: "study.riskOfBias.domains.4", message: SUBMISSION_MESSAGES["domain-judgement"].en },
    ]);
  });

  test("randomised trials take RoB 2, other designs ROBINS-I", () => {
    expect(toolForDesign("rct")).toBe("rob2");
    for (const design of ["quasi-experimental", "pre-post", "meta-analysis", "systematic-review", "other"] as const) {
      expect(toolForDesign(design)).toBe("robins-i");
    }
    const input = entry();
    input.study.design = "quasi-experimental";
    expect(issuesOf(input)).toEqual([
      { path: "study.riskOfBias.tool", message: SUBMISSION_MESSAGES["tool-design"].en },
    ]);
    input.study.riskOfBias = {
      tool: "robins-i",
      domains: ["moderate", "low", "low", "serious", "low", "no-information", "low"],
      overall: "high",
    };
    expect(issuesOf(input)).toEqual([]);
  });
});

describe("the target: an intervention or a proposal", () => {
  const proposal = { name: "Nieuw", description: "Wat het doet", targetGroup: "Jonge ouders" };

  test("one of them is required, not both", () => {
    const neither = entry();
    delete neither.intervention;
    expect(issuesOf(neither)).toEqual([{ path: "intervention", message: SUBMISSION_MESSAGES["target-required"].en }]);
    expect(issuesOf({ ...entry(), proposal })).toEqual([
      { path: "proposal", message: SUBMISSION_MESSAGES["target-both"].en },
    ]);
    const proposed = entry();
    delete proposed.intervention;
    expect(issuesOf({ ...proposed, proposal })).toEqual([]);
  });

  test("a proposal's age range must be in order and its website a web address", () => {
    const proposed = entry();
    delete proposed.intervention;
    const issues = issuesOf({
      ...proposed,
      proposal: { ...proposal, ageMinMonths: 24, ageMaxMonths: 12, websiteUrl: "ftp://example.org" },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(["proposal.ageMaxMonths", "proposal.websiteUrl"]);
  });
});

describe("per-field paths", () => {
  test("issues in the second outcome's statistics are named down to the field", () => {
    const input = entry();
    input.outcomes.push({
      outcome: "child-behaviour",
      timepointMonths: 6,
      measure: "SMD",
      higherIsBetter: true,
      statistics: { m1: 10, sd1: 2, n1: 30, m2: 9, sd2: 2 },
    });
    expect(pathsOf(input)).toEqual(["outcomes.1.statistics.n2"]);
  });

  test("a form that does not suit the measure, mixed forms, unknown fields, missing fields", () => {
    const input = entry();
    input.outcomes[0] = {
      ...input.outcomes[0],
      measure: "OR",
      statistics: { d: 0.4, n1: 45, n2: 45 },
    };
    expect(pathsOf(input)).toEqual(["outcomes.0.statistics.d"]);
    input.outcomes[0] = { ...input.outcomes[0], measure: "SMD", statistics: { d: 0.4, n1: 45, n2: 45, t: 2 } };
    // Mixed forms: the field of the form named second (t comes before d) is at fault.
    expect(pathsOf(input)).toEqual(["outcomes.0.statistics.d"]);
    expect(pathsOf({ ...entry(), extra: true, study: { ...entry().study, color: "red" } }).sort()).toEqual([
      "extra",
      "study.color",
    ]);
    const withoutCitation: Partial<SubmissionDraft["study"]> = entry().study;
    delete withoutCitation.citation;
    expect(pathsOf({ ...entry(), study: withoutCitation })).toEqual(["study.citation"]);
    expect(pathsOf({ ...entry(), outcomes: [] })).toEqual(["outcomes"]);
  });

  test("year, sample size and timepoint limits", () => {
    const input = entry();
    input.study.year = 1900;
    input.study.sampleSize = 1;
    input.outcomes[0].timepointMonths = -1;
    expect(pathsOf(input).sort()).toEqual(["outcomes.0.timepointMonths", "study.sampleSize", "study.year"]);
  });
});

describe("language", () => {
  test("our own messages in Dutch or English", () => {
    const input = entry();
    input.study.doi = "nonsense";
    input.study.design = "pre-post";
    expect(issuesOf(input, "nl")).toEqual([
      { path: "study.doi", message: "Een DOI heeft de vorm 10.1234/abcd" },
      { path: "study.riskOfBias.tool", message: SUBMISSION_MESSAGES["tool-design"].nl },
    ]);
    expect(issuesOf(input, "en").map((i) => i.message)).toEqual([
      "A DOI has the form 10.1234/abcd",
      SUBMISSION_MESSAGES["tool-design"].en,
    ]);
  });

  test("zod's own messages from its Dutch or English locale, and unknown fields in both", () => {
    const input = { ...entry(), study: { ...entry().study, citation: "" }, onbekend: 1 };
    const nl = issuesOf(input, "nl");
    const en = issuesOf(input, "en");
    expect(nl.map((i) => i.path)).toEqual(en.map((i) => i.path));
    expect(nl.find((i) => i.path === "study.citation")!.message).not.toBe(
      en.find((i) => i.path === "study.citation")!.message,
    );
    expect(nl.find((i) => i.path === "onbekend")!.message).toBe('Onbekend veld "onbekend"');
    expect(en.find((i) => i.path === "onbekend")!.message).toBe('Unknown field "onbekend"');
  });
});
