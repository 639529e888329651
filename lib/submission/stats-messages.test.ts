import { describe, expect, it } from "vitest";
import { parseWithLocale, submissionSchema } from "./schemas";
import { statisticsMessageNl } from "./stats-messages";

const entry = (statistics: Record<string, number>, measure = "SMD") => ({
  intervention: "video-interaction-guidance",
  study: {
    citation: "Test A. Trial. 2024.",
    year: 2024,
    design: "rct",
    country: "Nederland",
    sampleSize: 40,
    riskOfBias: { tool: "rob2", domains: ["low", "low", "low", "low", "low"], overall: "low" },
  },
  outcomes: [{ outcome: "parental-sensitivity", timepointMonths: 0, measure, higherIsBetter: true, statistics }],
});

describe("statistics messages on the Dutch form", () => {
  it("puts the engine's checks in Dutch beside the field, and leaves the English form as it was", () => {
    const tooSmall = entry({ m1: 1, sd1: 1, n1: 1, m2: 0, sd2: 1, n2: 2 });
    const nl = parseWithLocale(submissionSchema, tooSmall, "nl");
    const en = parseWithLocale(submissionSchema, tooSmall, "en");
    expect(nl.ok || nl.issues).toEqual([
      { path: "outcomes.0.statistics.n2", message: "Voor Hedges' g is n1 + n2 ≥ 4 nodig (minstens 2 vrijheidsgraden)" },
    ]);
    expect(en.ok || en.issues).toEqual([
      { path: "outcomes.0.statistics.n2", message: "Hedges' g needs n1 + n2 ≥ 4 (at least 2 degrees of freedom)" },
    ]);
  });

  it("names the missing field and the input form in Dutch", () => {
    const result = parseWithLocale(submissionSchema, entry({ m1: 1, sd1: 1, n1: 10, m2: 0, n2: 10 }), "nl");
    expect(result.ok || result.issues).toEqual([
      { path: "outcomes.0.statistics.sd2", message: "Verplicht bij gemiddelden en SD's (m1, sd1, n1, m2, sd2, n2)" },
    ]);
  });

  it("translates a measure that cannot use the form, with the forms it can use", () => {
    const result = parseWithLocale(submissionSchema, entry({ ai: 1, bi: 2, ci: 3, di: 4 }), "nl");
    expect(result.ok || result.issues).toEqual([
      {
        path: "outcomes.0.statistics.ai",
        message: expect.stringMatching(
          /^SMD kan niet worden berekend uit 2×2-aantallen \(ai, bi, ci, di\); gebruik gemiddelden/,
        ),
      },
    ]);
  });

  it("leaves a message it does not know as it is", () => {
    expect(statisticsMessageNl("Something else")).toBe("Something else");
  });
});
