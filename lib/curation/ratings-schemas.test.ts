import { describe, expect, test } from "vitest";
import { ratingSchema, type RatingInput } from "./ratings-schemas";
import { externalRatingFormSchema, clearinghouseFormSchema, scaleLevelFormSchema } from "./crosswalk-schemas";
import { parseCurationInput } from "./form-messages";

const decision = (overrides: Partial<RatingInput> = {}): RatingInput => ({
  level: "eerste-aanwijzingen",
  status: "erkend",
  isRecognised: true,
  decidedOn: "2024-03-01",
  isVerified: true,
  justification: "Besluit",
  ...overrides,
});

const paths = (input: unknown, schema: typeof ratingSchema | typeof externalRatingFormSchema = ratingSchema) => {
  const parsed = parseCurationInput(schema, input, "nl");
  return parsed.ok ? [] : parsed.issues.map((i) => i.path);
};

describe("the rating form's rules", () => {
  test("recognised as effective goes only with erkend or in herbeoordeling at an Effectief level", () => {
    expect(paths(decision())).toEqual([]);
    expect(paths(decision({ status: "in-herbeoordeling", level: "sterke-aanwijzingen" }))).toEqual([]);
    expect(paths(decision({ level: "goed-onderbouwd" }))).toEqual(["isRecognised"]);
    expect(paths(decision({ level: "goed-onderbouwd", isRecognised: false }))).toEqual([]);
    expect(paths(decision({ isRecognised: false }))).toEqual(["isRecognised"]);
    expect(paths(decision({ status: "onbekend", level: "niet-beoordeeld" }))).toEqual(["isRecognised"]);
    expect(paths(decision({ status: "onbekend", level: "niet-beoordeeld", isRecognised: false }))).toEqual([]);
  });

  test("erkend needs Goed onderbouwd or better, and those levels need a recognition", () => {
    expect(paths(decision({ level: "goed-beschreven", isRecognised: false }))).toEqual(["level"]);
    expect(paths(decision({ status: "niet-erkend", level: "goed-beschreven", isRecognised: false }))).toEqual([]);
    expect(paths(decision({ status: "niet-erkend", level: "goed-onderbouwd", isRecognised: false }))).toEqual([
      "status",
    ]);
  });

  test("dates are real, the re-review comes after the decision and only with a recognition", () => {
    expect(paths(decision({ decidedOn: "2024" }))).toEqual([]);
    expect(paths(decision({ decidedOn: "2024-13" }))).toEqual(["decidedOn"]);
    expect(paths(decision({ decidedOn: "2023-02-29" }))).toEqual(["decidedOn"]);
    expect(paths(decision({ decidedOn: "14-06-2023" }))).toEqual(["decidedOn"]);
    expect(paths(decision({ expiresOn: "2029-03-01" }))).toEqual([]);
    expect(paths(decision({ expiresOn: "2029-03" }))).toEqual(["expiresOn"]);
    expect(paths(decision({ expiresOn: "2024-01-01" }))).toEqual(["expiresOn"]);
    expect(
      paths(decision({ status: "niet-erkend", level: "niet-effectief", isRecognised: false, expiresOn: "2029-01-01" })),
    ).toEqual(["expiresOn"]);
  });

  test("messages come in the page's language and name the field", () => {
    const nl = parseCurationInput(ratingSchema, decision({ justification: "", sourceUrl: "javascript:x" }), "nl");
    const en = parseCurationInput(ratingSchema, decision({ justification: "", sourceUrl: "javascript:x" }), "en");
    expect(nl.ok || nl.issues).toEqual([
      { path: "sourceUrl", message: "Geef een webadres dat begint met http:// of https://" },
      { path: "justification", message: "Vul dit veld in" },
    ]);
    expect(en.ok || en.issues).toEqual([
      { path: "sourceUrl", message: "Give a web address starting with http:// or https://" },
      { path: "justification", message: "Fill in this field" },
    ]);
    expect(paths({ ...decision(), extra: 1 })).toEqual(["extra"]);
  });
});

describe("the crosswalk forms", () => {
  test("a rating's link is http or https, and a review does not precede the rating", () => {
    const base = { clearinghouse: "cebc", level: "1", isVerified: true };
    expect(paths({ ...base, url: "https://example.org" }, externalRatingFormSchema)).toEqual([]);
    expect(paths({ ...base, url: "javascript:alert(1)" }, externalRatingFormSchema)).toEqual(["url"]);
    expect(paths({ ...base, ratedOn: "2019-06", reviewedOn: "2019" }, externalRatingFormSchema)).toEqual([]);
    expect(paths({ ...base, ratedOn: "2019-06", reviewedOn: "2019-05-31" }, externalRatingFormSchema)).toEqual([
      "reviewedOn",
    ]);
  });

  test("a clearinghouse has a slug, a two-letter country and a website; a level maps onto the common scale", () => {
    const ok = clearinghouseFormSchema.safeParse({
      name: "X",
      slug: "Title-IV-E",
      country: "us",
      website: "https://example.org",
    });
    expect(ok.success && ok.data).toMatchObject({ slug: "title-iv-e", country: "US" });
    expect(scaleLevelFormSchema.safeParse({ level: "A", commonLevel: "none", reason: "r" }).success).toBe(true);
    expect(scaleLevelFormSchema.safeParse({ level: "A", commonLevel: "best", reason: "r" }).success).toBe(false);
  });
});
