import { describe, expect, test } from "vitest";
import { parseWithLocale } from "../submission/schemas";
import { parseReviewQueueQuery, proposalRecordSchema, REVIEW_MESSAGES, suggestSlug } from "./review-schemas";

describe("suggestSlug", () => {
  test("makes a catalogue slug of a name", () => {
    expect(suggestSlug("Stevig Ouderschap (SO)")).toBe("stevig-ouderschap-so");
    expect(suggestSlug("  Één-op-één begeleiding!  ")).toBe("een-op-een-begeleiding");
    expect(suggestSlug("VIPP-SD")).toBe("vipp-sd");
    expect(suggestSlug("a".repeat(79) + " bc")).toBe("a".repeat(79));
  });
});

describe("the proposal's catalogue record", () => {
  const valid = {
    slug: "ouders-samen",
    nameNl: "Ouders Samen",
    nameEn: "Parents Together",
    summaryNl: "Samenvatting",
    summaryEn: "Summary",
    descriptionNl: "",
    website: "",
    targetGroup: {
      preventionLevel: "selective",
      descriptionNl: "Ouders",
      descriptionEn: "Parents",
      adviceGroups: ["asks-for-support"],
    },
  };

  test("leaves empty optional fields out", () => {
    const parsed = proposalRecordSchema.parse(valid);
    expect(parsed.descriptionNl).toBeUndefined();
    expect(parsed.website).toBeUndefined();
  });

  test("names every bad field in the page's language", () => {
    const parsed = parseWithLocale(
      proposalRecordSchema,
      {
        ...valid,
        slug: "Ouders_Samen",
        summaryEn: "",
        targetGroup: { ...valid.targetGroup, preventionLevel: "everyone", ageMinMonths: Number.NaN, adviceGroups: [] },
      },
      "nl",
      REVIEW_MESSAGES,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        "slug",
        "summaryEn",
        "targetGroup.adviceGroups",
        "targetGroup.ageMinMonths",
        "targetGroup.preventionLevel",
      ].sort(),
    );
    expect(byPath.slug).toBe(REVIEW_MESSAGES["slug-format"].nl);
    expect(byPath["targetGroup.ageMinMonths"]).toBe(REVIEW_MESSAGES["age-range"].nl);
    expect(byPath["targetGroup.adviceGroups"]).toBe(REVIEW_MESSAGES["advice-required"].nl);
    expect(byPath.summaryEn).toBe("Vul dit veld in");
    expect(byPath["targetGroup.preventionLevel"]).toBe("Kies een preventieniveau");
  });
});

describe("the queue's filters", () => {
  test("keep the values that parse and drop the others", () => {
    expect(
      parseReviewQueueQuery({ intervention: "voorzorg", outcome: "Not A Slug", page: "2", submitter: "abc_1" }),
    ).toEqual({
      intervention: "voorzorg",
      page: 2,
      submitter: "abc_1",
    });
    expect(parseReviewQueueQuery({ page: "0", intervention: ["a", "b"] })).toEqual({ intervention: "a" });
  });
});
