/**
 * What the evidence-entry form holds while it is being filled in (text, as typed), how that becomes the
 * object submissionSchema parses (numbers as numbers, empty optional fields left out), and the one
 * ActionState shape its server actions return. Browser-safe and pure.
 */
import type { FieldIssue } from "@/lib/errors";
import {
  RISK_OF_BIAS_TOOLS,
  toolForDesign,
  type SubmissionDesign,
  type SubmissionDraft,
} from "@/lib/submission/schemas";
import { FORMS_BY_MEASURE, INPUT_FORMS, detectInputForm, type InputForm } from "@/lib/stats/schemas";
import type { Measure } from "@/lib/stats/constants";

/** The one result shape of the form's server actions. */
export type SubmissionActionState =
  { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | { ok: true; id: number };

export { fieldErrorsFrom } from "@/lib/errors";

export const STAT_KEYS = [
  "m1",
  "sd1",
  "n1",
  "m2",
  "sd2",
  "n2",
  "t",
  "d",
  "F",
  "sign",
  "ai",
  "bi",
  "ci",
  "di",
  "estimate",
  "ciLower",
  "ciUpper",
  "yi",
  "vi",
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

export type OutcomeRowState = {
  key: number;
  outcome: string;
  outcomeLabel: string;
  timepointMonths: string;
  subgroup: string;
  measure: Measure;
  higherIsBetter: boolean;
  form: InputForm;
  values: Partial<Record<StatKey, string>>;
};

export type EntryFormState = {
  mode: "existing" | "proposal";
  intervention: string;
  proposal: {
    name: string;
    description: string;
    targetGroup: string;
    ageMinMonths: string;
    ageMaxMonths: string;
    websiteUrl: string;
  };
  study: {
    citation: string;
    doi: string;
    url: string;
    year: string;
    design: SubmissionDesign | "";
    country: string;
    sampleSize: string;
    followUpMonths: string;
    domains: string[];
    overall: string;
    summary: string;
  };
  outcomes: OutcomeRowState[];
};

let nextKey = 1;
export function newOutcomeRow(): OutcomeRowState {
  return {
    key: nextKey++,
    outcome: "",
    outcomeLabel: "",
    timepointMonths: "",
    subgroup: "",
    measure: "SMD",
    higherIsBetter: true,
    form: "means",
    values: {},
  };
}

export function emptyEntry(): EntryFormState {
  return {
    mode: "existing",
    intervention: "",
    proposal: { name: "", description: "", targetGroup: "", ageMinMonths: "", ageMaxMonths: "", websiteUrl: "" },
    study: {
      citation: "",
      doi: "",
      url: "",
      year: "",
      design: "",
      country: "",
      sampleSize: "",
      followUpMonths: "",
      domains: [],
      overall: "",
      summary: "",
    },
    outcomes: [newOutcomeRow()],
  };
}

/** The form's fields for one input form, required first (the sign of an F statistic last). */
export function fieldsOf(form: InputForm): StatKey[] {
  const spec = INPUT_FORMS[form];
  return [...spec.required, ...spec.optional] as StatKey[];
}

/** A typed number: "0,5" and "0.5" both read as 0.5; empty is undefined; anything else is NaN. */
export function readNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const normalised = trimmed.replace(/\s/g, "").replace(/^−/, "-").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** The statistics of one row as numbers, only the fields of its input form, or null when one is unreadable. */
export function statisticsOf(row: OutcomeRowState): Record<string, number> | null {
  const statistics: Record<string, number> = {};
  for (const key of fieldsOf(row.form)) {
    const value = key === "sign" ? Number(row.values.sign ?? "1") : readNumber(row.values[key] ?? "");
    if (value === undefined) continue;
    if (Number.isNaN(value)) return null;
    statistics[key] = value;
  }
  return statistics;
}

type Built = {
  /** What the server action receives; unreadable numbers stay text, so the schema names their field. */
  input: SubmissionDraft;
  /** The text typed in each field by its path, to explain an issue in the form's own words. */
  typed: Map<string, { text: string; numeric: boolean }>;
};

/** From the typed form to the object submissionSchema parses. */
export function buildInput(state: EntryFormState): Built {
  const typed: Built["typed"] = new Map();
  const text = (path: string, value: string) => {
    typed.set(path, { text: value, numeric: false });
    return value.trim() === "" ? undefined : value.trim();
  };
  const number = (path: string, value: string): number | string | undefined => {
    typed.set(path, { text: value, numeric: true });
    const read = readNumber(value);
    return read !== undefined && Number.isNaN(read) ? value : read;
  };
  const choice = (path: string, value: string) => {
    typed.set(path, { text: value, numeric: false });
    return value === "" ? undefined : value;
  };

  const input: Record<string, unknown> = {};
  if (state.mode === "existing") {
    // Not in `typed`: the schema's own message ("choose one or propose a new one") says more than "required".
    input.intervention = state.intervention === "" ? undefined : state.intervention;
  } else {
    const p = state.proposal;
    input.proposal = {
      name: text("proposal.name", p.name) ?? "",
      description: text("proposal.description", p.description) ?? "",
      targetGroup: text("proposal.targetGroup", p.targetGroup) ?? "",
      ageMinMonths: number("proposal.ageMinMonths", p.ageMinMonths),
      ageMaxMonths: number("proposal.ageMaxMonths", p.ageMaxMonths),
      websiteUrl: text("proposal.websiteUrl", p.websiteUrl),
    };
  }

  const s = state.study;
  const tool = s.design === "" ? undefined : toolForDesign(s.design);
  s.domains.forEach((judgement, index) =>
    typed.set(`study.riskOfBias.domains.${index}`, { text: judgement, numeric: false }),
  );
  input.study = {
    citation: text("study.citation", s.citation) ?? "",
    doi: text("study.doi", s.doi),
    url: text("study.url", s.url),
    year: number("study.year", s.year),
    design: choice("study.design", s.design),
    country: text("study.country", s.country) ?? "",
    sampleSize: number("study.sampleSize", s.sampleSize),
    followUpMonths: number("study.followUpMonths", s.followUpMonths),
    riskOfBias: {
      tool,
      domains: s.domains.map((judgement) => judgement),
      overall: choice("study.riskOfBias.overall", s.overall),
    },
    summary: text("study.summary", s.summary),
  };

  input.outcomes = state.outcomes.map((row, index) => {
    const base = `outcomes.${index}`;
    const statistics: Record<string, number | string | undefined> = {};
    for (const key of fieldsOf(row.form)) {
      statistics[key] =
        key === "sign" ? Number(row.values.sign ?? "1") : number(`${base}.statistics.${key}`, row.values[key] ?? "");
    }
    return {
      outcome: choice(`${base}.outcome`, row.outcome) ?? "",
      outcomeLabel: text(`${base}.outcomeLabel`, row.outcomeLabel),
      timepointMonths: number(`${base}.timepointMonths`, row.timepointMonths),
      subgroup: text(`${base}.subgroup`, row.subgroup),
      measure: row.measure,
      higherIsBetter: row.higherIsBetter,
      statistics: withoutUndefined(statistics),
    };
  });

  return { input: withoutUndefined(input) as SubmissionDraft, typed };
}

/** Empty optional fields are left out rather than sent as undefined or "". */
function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    result[key] =
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? withoutUndefined(value as Record<string, unknown>)
        : value;
  }
  return result as T;
}

/** Issues explained in the form's words where the typed text says more than the schema can. */
export function explainIssues(
  issues: FieldIssue[],
  typed: Built["typed"],
  words: { required: string; notANumber: string },
): FieldIssue[] {
  return issues.map((issue) => {
    const field = typed.get(issue.path);
    if (!field) return issue;
    if (field.text.trim() === "") return { ...issue, message: words.required };
    if (field.numeric && Number.isNaN(readNumber(field.text) ?? 0)) return { ...issue, message: words.notANumber };
    return issue;
  });
}

/** The form state of a saved entry, for editing. */
export function stateFromInput(entry: SubmissionDraft): EntryFormState {
  const text = (value: number | string | undefined | null) =>
    value === undefined || value === null ? "" : String(value);
  const state = emptyEntry();
  if (entry.proposal) {
    state.mode = "proposal";
    const p = entry.proposal;
    state.proposal = {
      name: p.name,
      description: p.description,
      targetGroup: p.targetGroup,
      ageMinMonths: text(p.ageMinMonths),
      ageMaxMonths: text(p.ageMaxMonths),
      websiteUrl: text(p.websiteUrl),
    };
  } else {
    state.intervention = entry.intervention ?? "";
  }
  const s = entry.study;
  const tool = RISK_OF_BIAS_TOOLS[toolForDesign(s.design)];
  state.study = {
    citation: s.citation,
    doi: text(s.doi),
    url: text(s.url),
    year: text(s.year),
    design: s.design,
    country: s.country,
    sampleSize: text(s.sampleSize),
    followUpMonths: text(s.followUpMonths),
    domains: tool.domains.map((_, index) => s.riskOfBias.domains[index] ?? ""),
    overall: s.riskOfBias.overall,
    summary: text(s.summary),
  };
  state.outcomes = entry.outcomes.map((result) => {
    const detected = detectInputForm(result.statistics);
    const form = detected.ok ? detected.form : FORMS_BY_MEASURE[result.measure][0];
    const values: OutcomeRowState["values"] = {};
    for (const key of STAT_KEYS) {
      const value = (result.statistics as Record<string, number | undefined>)[key];
      if (value !== undefined) values[key] = String(value);
    }
    return {
      ...newOutcomeRow(),
      outcome: result.outcome,
      outcomeLabel: text(result.outcomeLabel),
      timepointMonths: text(result.timepointMonths),
      subgroup: text(result.subgroup),
      measure: result.measure,
      higherIsBetter: result.higherIsBetter,
      form,
      values,
    };
  });
  if (state.outcomes.length === 0) state.outcomes = [newOutcomeRow()];
  return state;
}

/** Which step of the form shows the field at this path. */
export function stepOfPath(path: string): number {
  if (path.startsWith("intervention") || path.startsWith("proposal")) return 0;
  if (path.startsWith("study")) return 1;
  if (path.startsWith("outcomes")) return 2;
  return 3;
}
