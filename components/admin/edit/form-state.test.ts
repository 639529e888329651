import { describe, expect, test } from "vitest";
import {
  editableRecordSchema,
  parseInterventionEdit,
  type EditableRecord,
} from "@/lib/curation/intervention-edit-schema";
import { diffRecords } from "@/lib/curation/intervention-edit-diff";
import { buildRecord, explainIssues, newTargetGroup, readAmount, readInteger, stateFromRecord } from "./form-state";

const record: EditableRecord = {
  name: { nl: "Voorbeeld", en: "Example" },
  summary: { nl: "Samenvatting", en: "Summary" },
  description: { nl: "Beschrijving", en: null },
  aims: { nl: null, en: null },
  provider: { nl: "Jeugdverpleegkundige", en: "Youth nurse" },
  intensity: { nl: null, en: null },
  sessionsMin: 6,
  sessionsMax: 10,
  durationWeeksMin: null,
  durationWeeksMax: null,
  costPerFamily: 1250.5,
  costCurrency: "EUR",
  costYear: 2024,
  costSourceUrl: null,
  costNote: null,
  ownerOrganisation: null,
  availabilityNl: "available",
  availabilityNote: null,
  website: "https://example.org",
  sourceNote: null,
  deliveryModes: ["home-visits"],
  targetGroups: [
    {
      id: 11,
      preventionLevel: "selective",
      ageMinMonths: -9,
      ageMaxMonths: 24,
      description: { nl: "Jonge moeders", en: "Young mothers" },
      riskFactors: ["teenage-parents"],
      adviceGroups: ["risk-factors"],
    },
    {
      id: 12,
      preventionLevel: "indicated",
      ageMinMonths: null,
      ageMaxMonths: null,
      description: { nl: "Gezinnen", en: "Families" },
      riskFactors: [],
      adviceGroups: ["asks-for-support"],
    },
  ],
  provenance: {
    sessionsMin: { kind: "inferred", reason: { nl: "Afgeleid", en: "Inferred" }, sourceUrl: null },
    "targetGroups.1.adviceGroups": {
      kind: "unverified",
      reason: { nl: "Website", en: "Website" },
      sourceUrl: "https://example.org/a",
    },
  },
};

describe("the intervention form's state", () => {
  test("round-trips a saved record unchanged", () => {
    const { record: built } = buildRecord(stateFromRecord(record));
    const parsed = parseInterventionEdit(editableRecordSchema, built, "en");
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(diffRecords(record, parsed.data)).toEqual([]);
  });

  test("removing a group takes its provenance along and renumbers the later group's", () => {
    const state = stateFromRecord(record);
    state.targetGroups[0].provenance.description = {
      kind: "inferred",
      reasonNl: "r",
      reasonEn: "r",
      sourceUrl: "",
    };
    state.targetGroups.shift();
    const { record: built } = buildRecord(state);
    expect(Object.keys(built.provenance)).toEqual(["sessionsMin", "targetGroups.0.adviceGroups"]);
  });

  test("a new group is sent without id; sourced provenance is no entry", () => {
    const state = stateFromRecord(record);
    state.provenance.sessionsMin = { kind: "sourced", reasonNl: "x", reasonEn: "x", sourceUrl: "" };
    state.targetGroups.push(newTargetGroup());
    const { record: built } = buildRecord(state);
    expect(built.targetGroups[2]).toMatchObject({ id: null, preventionLevel: "", ageMinMonths: null });
    expect(built.provenance.sessionsMin).toBeUndefined();
  });

  test("numbers as typed: comma decimals, the minus sign, and text that stays text", () => {
    expect(readInteger(" -9 ")).toBe(-9);
    expect(readInteger("−9")).toBe(-9);
    expect(readInteger("")).toBeNull();
    expect(readInteger("12,5")).toBe("12,5");
    expect(readAmount("1250,50")).toBe(1250.5);
    expect(readAmount("twaalf")).toBe("twaalf");
    const state = stateFromRecord(record);
    state.scalars.costPerFamily = "twaalf";
    state.targetGroups[0].ageMinMonths = "1,5";
    const { record: built, typedNumbers } = buildRecord(state);
    const parsed = parseInterventionEdit(editableRecordSchema, built, "nl");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const explained = explainIssues(parsed.issues, typedNumbers, {
        notANumber: "Vul een getal in",
        notAWholeNumber: "Vul een geheel getal in",
      });
      expect(Object.fromEntries(explained.map((issue) => [issue.path, issue.message]))).toEqual({
        costPerFamily: "Vul een getal in",
        "targetGroups.0.ageMinMonths": "Vul een geheel getal in",
      });
    }
  });
});
