import { describe, expect, test } from "vitest";
import {
  changeKey,
  changesBetween,
  estimateMoved,
  includesNoEffect,
  readSnapshot,
  type HeadlineSnapshot,
  type InterventionSnapshot,
} from "./snapshot";

const TODAY = "2026-06-01";

function headline(estimate: number, ciLower: number | null, ciUpper: number | null): HeadlineSnapshot {
  return {
    outcomeName: { nl: "sensitiviteit van de ouder", en: "parental sensitivity" },
    basis: "pooled",
    estimate,
    ciLower,
    ciUpper,
    at: "2026-05-01T10:00:00.000Z",
  };
}

function snapshot(overrides: Partial<InterventionSnapshot> = {}): InterventionSnapshot {
  return {
    v: 1,
    id: 7,
    slug: "demo",
    name: { nl: "Demo", en: "Demo" },
    level: "goed-onderbouwd",
    recognition: { status: "erkend", isRecognised: false, expiresOn: "2030-01-01", reReviewPassed: false },
    acceptedStudyIds: [1, 2],
    retractedStudyIds: [],
    headlines: { "parental-sensitivity": headline(0.3, 0.1, 0.5) },
    levelAt: "2025-01-01T09:00:00.000Z",
    recognitionAt: "2025-01-01T09:00:00.000Z",
    decidedAt: { "1": "2025-01-15T09:00:00.000Z", "2": "2025-02-01T09:00:00.000Z" },
    changedAt: "2025-02-01T09:00:00.000Z",
    ...overrides,
  };
}

const withHeadline = (h: HeadlineSnapshot) => snapshot({ headlines: { "parental-sensitivity": h } });
const kinds = (before: InterventionSnapshot, after: InterventionSnapshot, today = TODAY) =>
  changesBetween(before, after, today).map((c) => c.kind);

describe("changesBetween", () => {
  test("nothing changed: no changes", () => {
    expect(changesBetween(snapshot(), snapshot(), TODAY)).toEqual([]);
  });

  test("a new level is a change, with the level names in both languages and the rating's moment", () => {
    const after = snapshot({ level: "eerste-aanwijzingen", levelAt: "2026-05-20T08:00:00.000Z" });
    const [change] = changesBetween(snapshot(), after, TODAY);
    expect(change).toMatchObject({ kind: "level", from: "goed-onderbouwd", to: "eerste-aanwijzingen" });
    expect(change.text.nl).toBe("Niveau gewijzigd van Goed onderbouwd naar Effectief volgens eerste aanwijzingen");
    expect(change.text.en).toBe("Level changed from Well founded to Effective (first evidence)");
    expect(change.at).toBe("2026-05-20T08:00:00.000Z");
  });

  test("a new recognition status, or recognised as effective switching, is a change", () => {
    const toEffective = snapshot({
      recognition: { status: "erkend", isRecognised: true, expiresOn: "2030-01-01", reReviewPassed: false },
    });
    const [flag] = changesBetween(snapshot(), toEffective, TODAY);
    expect(flag).toMatchObject({
      kind: "recognition",
      from: { status: "erkend", isRecognised: false },
      to: { status: "erkend", isRecognised: true },
    });
    expect(flag.text.nl).toBe("Erkenning gewijzigd van erkend naar erkend als effectief");
    expect(flag.text.en).toBe("Recognition changed from recognised to recognised as effective");

    const notRecognised = snapshot({
      recognition: { status: "niet-erkend", isRecognised: false, expiresOn: null, reReviewPassed: false },
    });
    expect(kinds(snapshot(), notRecognised)).toEqual(["recognition"]);
  });

  test("the re-review date passing is a change once: not when it had passed already at the earlier look", () => {
    const due = { status: "erkend" as const, isRecognised: false, expiresOn: "2026-05-15" };
    const before = snapshot({ recognition: { ...due, reReviewPassed: false } });
    const after = snapshot({ recognition: { ...due, reReviewPassed: true } });
    const [change] = changesBetween(before, after, TODAY);
    expect(change).toMatchObject({ kind: "re-review-passed", expiresOn: "2026-05-15", at: "2026-05-15T00:00:00.000Z" });
    expect(change.text.nl).toBe("De datum voor herbeoordeling (15 mei 2026) is verstreken");
    expect(change.text.en).toBe("The re-review date (15 May 2026) has passed");
    // Seen after it passed: not news any more.
    expect(kinds(after, after)).toEqual([]);
    // Not yet passed on the day: no change; on the day itself it has passed.
    expect(kinds(before, before, "2026-05-14")).toEqual([]);
    expect(kinds(before, before, "2026-05-15")).toEqual(["re-review-passed"]);
  });

  test("evidence accepted and retracted are changes listing the entries", () => {
    const after = snapshot({
      acceptedStudyIds: [1, 3, 4],
      retractedStudyIds: [2],
      decidedAt: {
        "1": "2025-01-15T09:00:00.000Z",
        "2": "2026-05-03T09:00:00.000Z",
        "3": "2026-05-02T09:00:00.000Z",
        "4": "2026-05-01T09:00:00.000Z",
      },
    });
    const changes = changesBetween(snapshot(), after, TODAY);
    expect(changes.map(({ kind }) => kind)).toEqual(["evidence-accepted", "evidence-retracted"]);
    expect(changes[0]).toMatchObject({ studyIds: [3, 4], text: { nl: "2 studies als nieuw bewijs geaccepteerd" } });
    expect(changes[1]).toMatchObject({ studyIds: [2], text: { en: "1 study retracted as evidence" } });
    // Each at the latest decision on the entries it lists.
    expect(changes[0].at).toBe("2026-05-02T09:00:00.000Z");
    expect(changes[1].at).toBe("2026-05-03T09:00:00.000Z");
  });

  test("an estimate that moves by 0.05 is a change, by 0.049 is not (in both directions)", () => {
    const before = withHeadline(headline(0.3, 0.1, 0.5));
    expect(kinds(before, withHeadline(headline(0.349, 0.149, 0.549)))).toEqual([]);
    expect(kinds(before, withHeadline(headline(0.251, 0.051, 0.451)))).toEqual([]);
    // 0.35 − 0.30 is 0.04999… in binary floating point: it still counts as 0.05.
    const up = changesBetween(before, withHeadline(headline(0.35, 0.15, 0.55)), TODAY);
    expect(up).toHaveLength(1);
    expect(up[0]).toMatchObject({ kind: "effect-moved", outcome: "parental-sensitivity", reasons: ["estimate"] });
    expect(up[0].text.nl).toBe(
      "Effect op sensitiviteit van de ouder veranderd van 0,30 [0,10; 0,50] naar 0,35 [0,15; 0,55]",
    );
    expect(up[0].text.en).toBe("Effect on parental sensitivity changed from 0.30 [0.10, 0.50] to 0.35 [0.15, 0.55]");
    expect(kinds(before, withHeadline(headline(0.25, 0.05, 0.45)))).toEqual(["effect-moved"]);
    expect(estimateMoved(0.2, 0.249)).toBe(false);
    expect(estimateMoved(0.2, 0.25)).toBe(true);
    expect(estimateMoved(-0.1, -0.15)).toBe(true);
  });

  test("a CI that now includes no effect where it did not is a change, and the reverse, whatever the estimate", () => {
    const excludes = withHeadline(headline(0.3, 0.01, 0.59));
    const includes = withHeadline(headline(0.3, -0.01, 0.61));
    const [toIncluding] = changesBetween(excludes, includes, TODAY);
    expect(toIncluding).toMatchObject({ kind: "effect-moved", reasons: ["now-includes-no-effect"] });
    expect(toIncluding.text.nl).toMatch(/; het betrouwbaarheidsinterval omvat nu geen effect$/);
    const [toExcluding] = changesBetween(includes, excludes, TODAY);
    expect(toExcluding).toMatchObject({ kind: "effect-moved", reasons: ["now-excludes-no-effect"] });
    expect(toExcluding.text.en).toMatch(/; the confidence interval now excludes no effect$/);
    // A bound exactly at 0 includes no effect.
    expect(includesNoEffect({ ciLower: 0, ciUpper: 0.4 })).toBe(true);
    expect(kinds(excludes, withHeadline(headline(0.3, 0, 0.6)))).toEqual(["effect-moved"]);
    // Both a move and a crossing: both reasons.
    const both = changesBetween(excludes, withHeadline(headline(0.2, -0.1, 0.5)), TODAY)[0];
    expect(both).toMatchObject({ reasons: ["estimate", "now-includes-no-effect"] });
    // Without a CI (a meta-analysis that reports none) crossing is unknown: no change from that side.
    expect(includesNoEffect({ ciLower: null, ciUpper: null })).toBeNull();
    expect(kinds(excludes, withHeadline(headline(0.3, null, null)))).toEqual([]);
  });

  test("a headline on a new outcome and one that disappeared are changes", () => {
    const other: HeadlineSnapshot = {
      ...headline(0.2, -0.05, 0.45),
      outcomeName: { nl: "hechting", en: "attachment" },
    };
    const after = snapshot({ headlines: { "attachment-security": other } });
    const changes = changesBetween(snapshot(), after, TODAY);
    expect(changes.map((c) => [c.kind, "outcome" in c ? c.outcome : null])).toEqual([
      ["headline-new", "attachment-security"],
      ["headline-gone", "parental-sensitivity"],
    ]);
    expect(changes[0].text.nl).toBe("Nieuw effect op hechting: 0,20 [-0,05; 0,45]");
    expect(changes[1].text.en).toBe("No effect on parental sensitivity known any more (was 0.30 [0.10, 0.50])");
  });

  test("changes come in a fixed order: rating, re-review, evidence, headlines", () => {
    const after = snapshot({
      level: "eerste-aanwijzingen",
      recognition: { status: "erkend", isRecognised: true, expiresOn: "2026-01-01", reReviewPassed: true },
      acceptedStudyIds: [1, 2, 3],
      headlines: { "parental-sensitivity": headline(0.5, 0.3, 0.7) },
    });
    expect(kinds(snapshot(), after)).toEqual([
      "level",
      "recognition",
      "re-review-passed",
      "evidence-accepted",
      "effect-moved",
    ]);
  });
});

describe("changeKey", () => {
  test("the same change gets the same key; another change or scope another", () => {
    const after = snapshot({ level: "eerste-aanwijzingen" });
    const [a] = changesBetween(snapshot(), after, TODAY);
    const [b] = changesBetween(snapshot(), { ...after, levelAt: "2026-05-30T00:00:00.000Z" }, TODAY);
    expect(changeKey("shortlist:1:demo", a)).toBe(changeKey("shortlist:1:demo", b));
    expect(changeKey("shortlist:2:demo", a)).not.toBe(changeKey("shortlist:1:demo", a));
    const [c] = changesBetween(snapshot(), snapshot({ level: "goede-aanwijzingen" }), TODAY);
    expect(changeKey("shortlist:1:demo", c)).not.toBe(changeKey("shortlist:1:demo", a));
  });
});

describe("readSnapshot", () => {
  test("reads this version's snapshots and refuses anything else", () => {
    expect(readSnapshot(snapshot())).toEqual(snapshot());
    expect(readSnapshot({ ...snapshot(), v: 2 })).toBeNull();
    expect(readSnapshot(null)).toBeNull();
    expect(readSnapshot("x")).toBeNull();
  });
});
