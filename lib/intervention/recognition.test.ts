import { describe, expect, test } from "vitest";
import { isCurrentlyRecognised, isRecognisedAsEffective, reReviewDate } from "./recognition";

describe("recognised as effective", () => {
  test("erkend at an Effectief level counts; Goed onderbouwd is a recognition but not as effective", () => {
    expect(isRecognisedAsEffective("ERKEND", "EERSTE_AANWIJZINGEN")).toBe(true);
    expect(isRecognisedAsEffective("ERKEND", "STERKE_AANWIJZINGEN")).toBe(true);
    expect(isRecognisedAsEffective("ERKEND", "GOED_ONDERBOUWD")).toBe(false);
  });
  test("in herbeoordeling keeps its level and still counts", () => {
    expect(isRecognisedAsEffective("IN_HERBEOORDELING", "GOEDE_AANWIJZINGEN")).toBe(true);
  });
  test("niet erkend and onbekend never count", () => {
    expect(isRecognisedAsEffective("NIET_ERKEND", "STERKE_AANWIJZINGEN")).toBe(false);
    expect(isRecognisedAsEffective("ONBEKEND", null)).toBe(false);
    expect(isRecognisedAsEffective("ERKEND", null)).toBe(false);
  });
});

describe("current recognition", () => {
  const r = { isRecognised: true, decidedOn: "2019-11-08", expiresOn: null };
  test("five years after the decision when no re-review date is stored", () => {
    expect(reReviewDate(null, "2019-11-08")).toBe("2024-11-08");
    expect(isCurrentlyRecognised(r, "2024-11-07")).toBe(true);
    expect(isCurrentlyRecognised(r, "2024-11-08")).toBe(false);
  });
  test("a stored re-review date wins", () => {
    expect(isCurrentlyRecognised({ ...r, expiresOn: "2030-01-01" }, "2029-12-31")).toBe(true);
  });
  test("no decision date: never current", () => {
    expect(isCurrentlyRecognised({ ...r, decidedOn: null }, "2000-01-01")).toBe(false);
  });
  test("not recognised as effective: never current", () => {
    expect(isCurrentlyRecognised({ ...r, isRecognised: false }, "2020-01-01")).toBe(false);
  });
});
