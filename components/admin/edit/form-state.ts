/**
 * What the intervention form holds while it is being filled in (text as typed, provenance beside each
 * field and each target group's fields), how that becomes the record the schema parses, and the one state
 * shape its server action returns. Browser-safe and pure.
 *
 * Provenance is kept with its field, and a target group's with that group, so removing a group takes its
 * provenance along and the paths are numbered by position only when the record is built.
 */
import type { FieldIssue } from "@/lib/errors";
import {
  LOCALIZED_FIELDS,
  PROVENANCE_FIELDS,
  SCALAR_FIELDS,
  TARGET_GROUP_FIELDS,
  type EditableRecord,
  type EditableRecordInput,
  type LocalizedField,
  type ProvenanceField,
  type ScalarField,
  type TargetGroupField,
} from "@/lib/curation/intervention-edit-schema";

/** The server action's answer when it did not redirect: field errors, a form error, or a conflict. */
export type EditActionState = {
  ok: false;
  fieldErrors: Record<string, string[]>;
  formError?: string;
  /** What changed since the form was loaded, one sentence per field, when the save was refused as stale. */
  conflict?: string[];
};

export type ProvenanceKindChoice = "sourced" | "inferred" | "unverified";
export type ProvenanceState = { kind: ProvenanceKindChoice; reasonNl: string; reasonEn: string; sourceUrl: string };
export type TextPair = { nl: string; en: string };

export type TargetGroupState = {
  /** Stable React key; new groups get one too. */
  key: number;
  id: number | null;
  preventionLevel: string;
  ageMinMonths: string;
  ageMaxMonths: string;
  description: TextPair;
  riskFactors: string[];
  adviceGroups: string[];
  provenance: Partial<Record<TargetGroupField, ProvenanceState>>;
};

export type InterventionFormState = {
  texts: Record<LocalizedField, TextPair>;
  scalars: Record<ScalarField, string>;
  deliveryModes: string[];
  targetGroups: TargetGroupState[];
  provenance: Partial<Record<ProvenanceField, ProvenanceState>>;
};

export const SOURCED: ProvenanceState = { kind: "sourced", reasonNl: "", reasonEn: "", sourceUrl: "" };

let nextKey = 1;
export function newTargetGroup(): TargetGroupState {
  return {
    key: nextKey++,
    id: null,
    preventionLevel: "",
    ageMinMonths: "",
    ageMaxMonths: "",
    description: { nl: "", en: "" },
    riskFactors: [],
    adviceGroups: [],
    provenance: {},
  };
}

const text = (value: string | number | null) => (value === null ? "" : String(value));

function provenanceState(entry: EditableRecord["provenance"][string] | undefined): ProvenanceState | undefined {
  if (!entry) return undefined;
  return {
    kind: entry.kind,
    reasonNl: entry.reason.nl,
    reasonEn: entry.reason.en,
    sourceUrl: entry.sourceUrl ?? "",
  };
}

/** The form state of a saved record. */
export function stateFromRecord(record: EditableRecord): InterventionFormState {
  const texts = Object.fromEntries(
    LOCALIZED_FIELDS.map((field) => [field, { nl: text(record[field].nl), en: text(record[field].en) }]),
  ) as Record<LocalizedField, TextPair>;
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((field) => [field, text(record[field])])) as Record<
    ScalarField,
    string
  >;
  const provenance: InterventionFormState["provenance"] = {};
  for (const field of PROVENANCE_FIELDS) {
    const entry = provenanceState(record.provenance[field]);
    if (entry) provenance[field] = entry;
  }
  return {
    texts,
    scalars,
    deliveryModes: [...record.deliveryModes],
    targetGroups: record.targetGroups.map((group, index) => {
      const groupProvenance: TargetGroupState["provenance"] = {};
      for (const field of TARGET_GROUP_FIELDS) {
        const entry = provenanceState(record.provenance[`targetGroups.${index}.${field}`]);
        if (entry) groupProvenance[field] = entry;
      }
      return {
        key: nextKey++,
        id: group.id,
        preventionLevel: group.preventionLevel,
        ageMinMonths: text(group.ageMinMonths),
        ageMaxMonths: text(group.ageMaxMonths),
        description: { nl: group.description.nl, en: group.description.en },
        riskFactors: [...group.riskFactors],
        adviceGroups: [...group.adviceGroups],
        provenance: groupProvenance,
      };
    }),
    provenance,
  };
}

/**
 * A typed whole number: "12", "-9" and "−9" read as numbers; empty is null; anything else stays text, so
 * the schema names its field.
 */
export function readInteger(value: string): number | null | string {
  const trimmed = value.trim().replace(/^−/, "-");
  if (trimmed === "") return null;
  return /^[-+]?\d{1,9}$/.test(trimmed) ? Number(trimmed) : value;
}

/** An amount: "1250", "1250,50" and "1250.5" read as numbers; empty is null; else it stays text. */
export function readAmount(value: string): number | null | string {
  const trimmed = value.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  return /^\d{1,9}([.,]\d{1,9})?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : value;
}

const INTEGER_FIELDS = new Set<ScalarField>([
  "sessionsMin",
  "sessionsMax",
  "durationWeeksMin",
  "durationWeeksMax",
  "costYear",
]);

function provenanceEntry(state: ProvenanceState | undefined) {
  if (!state || state.kind === "sourced") return undefined;
  return {
    kind: state.kind,
    reason: { nl: state.reasonNl, en: state.reasonEn },
    sourceUrl: state.sourceUrl.trim() === "" ? null : state.sourceUrl.trim(),
  };
}

type Built = {
  /** What the server action receives; unreadable numbers stay text, so the schema names their field. */
  record: EditableRecordInput;
  /** Paths of fields typed as numbers, and what was typed, to explain an issue in the form's words. */
  typedNumbers: Map<string, string>;
};

/** From the typed form to the record the schema parses. */
export function buildRecord(state: InterventionFormState): Built {
  const typedNumbers = new Map<string, string>();
  const optional = (value: string) => (value.trim() === "" ? null : value);
  const record: Record<string, unknown> = {};
  for (const field of LOCALIZED_FIELDS) {
    const pair = state.texts[field];
    // Name and summary are required: an empty one is sent as "" so the schema says so.
    record[field] =
      field === "name" || field === "summary"
        ? { nl: pair.nl, en: pair.en }
        : { nl: optional(pair.nl), en: optional(pair.en) };
  }
  for (const field of SCALAR_FIELDS) {
    const value = state.scalars[field];
    if (INTEGER_FIELDS.has(field) || field === "costPerFamily") {
      typedNumbers.set(field, value);
      record[field] = field === "costPerFamily" ? readAmount(value) : readInteger(value);
    } else if (field === "availabilityNl") {
      record[field] = value;
    } else {
      record[field] = optional(value);
    }
  }
  record.deliveryModes = [...state.deliveryModes];
  const provenance: Record<string, unknown> = {};
  for (const field of PROVENANCE_FIELDS) {
    const entry = provenanceEntry(state.provenance[field]);
    if (entry) provenance[field] = entry;
  }
  record.targetGroups = state.targetGroups.map((group, index) => {
    typedNumbers.set(`targetGroups.${index}.ageMinMonths`, group.ageMinMonths);
    typedNumbers.set(`targetGroups.${index}.ageMaxMonths`, group.ageMaxMonths);
    for (const field of TARGET_GROUP_FIELDS) {
      const entry = provenanceEntry(group.provenance[field]);
      if (entry) provenance[`targetGroups.${index}.${field}`] = entry;
    }
    return {
      id: group.id,
      preventionLevel: group.preventionLevel,
      ageMinMonths: readInteger(group.ageMinMonths),
      ageMaxMonths: readInteger(group.ageMaxMonths),
      description: { nl: group.description.nl, en: group.description.en },
      riskFactors: [...group.riskFactors],
      adviceGroups: [...group.adviceGroups],
    };
  });
  record.provenance = provenance;
  return { record: record as EditableRecordInput, typedNumbers };
}

/** Issues about numbers typed as text say so in the form's words; others stay as the schema gave them. */
export function explainIssues(
  issues: FieldIssue[],
  typedNumbers: Map<string, string>,
  words: { notANumber: string; notAWholeNumber: string },
): FieldIssue[] {
  return issues.map((issue) => {
    const typed = typedNumbers.get(issue.path);
    if (typed === undefined || typed.trim() === "") return issue;
    const read = issue.path === "costPerFamily" ? readAmount(typed) : readInteger(typed);
    if (typeof read !== "string") return issue;
    return { ...issue, message: issue.path === "costPerFamily" ? words.notANumber : words.notAWholeNumber };
  });
}
