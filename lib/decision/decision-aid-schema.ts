/**
 * The decision aid's situation (/keuzehulp): the catalogue's own filter parameters — adviceGroup, riskFactor,
 * ageMin/ageMax (months), outcome — plus page, so a situation is a catalogue-compatible URL that can be
 * shared. Built from the catalogue's schema (same values, same messages); the one difference is that exactly
 * one outcome is required, because the order depends on the effect on it. Browser-safe.
 */
import { z } from "zod";
import { interventionFiltersSchema, searchParamsToObject } from "../intervention/schemas";
import type { AdviceGroupSlug } from "../intervention/filter-values";
import { describeFilterProblems, type FilterProblem } from "../intervention/filter-issues";

const filter = interventionFiltersSchema.shape;

export const DECISION_AID_PAGE_SIZE = 10;

/** Headline effects below this are "modest" in the Health Council's sense (and below medium by Cohen). */
export const MODEST_EFFECT_BELOW = 0.5;

export const decisionAidSchema = z
  .object({
    adviceGroup: filter.adviceGroup,
    riskFactor: filter.riskFactor,
    ageMin: filter.ageMin,
    ageMax: filter.ageMax,
    outcome: filter.outcome,
    page: filter.page,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.outcome.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "Choose exactly one outcome" });
    }
    if (s.ageMin !== undefined && s.ageMax !== undefined && s.ageMin > s.ageMax) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "ageMax must be at least ageMin" });
    }
  })
  .transform(({ outcome, page, ...rest }) => ({ ...rest, outcome: outcome[0], page: page ?? 1 }));

export type DecisionSituation = z.output<typeof decisionAidSchema>;

/**
 * The form's age choice, as "<ageMin>_<ageMax>" in months: a whole year of age (3 → 36_47), the pregnancy
 * (-9_-1), or a range from a shared link. The page turns it into ageMin/ageMax and redirects.
 */
export const AGE_PREGNANCY = { ageMin: -9, ageMax: -1 } as const;
export const MAX_AGE_YEARS = 17;

export function ageOptionValue(ageMin: number, ageMax: number): string {
  return `${ageMin}_${ageMax}`;
}

export function yearToMonths(years: number): { ageMin: number; ageMax: number } {
  return { ageMin: years * 12, ageMax: years * 12 + 11 };
}

export function parseAgeOption(value: string): { ageMin: number; ageMax: number } | null | "invalid" {
  if (value === "") return null;
  const match = /^(-?\d{1,3})_(-?\d{1,3})$/.exec(value);
  if (!match) return "invalid";
  const [ageMin, ageMax] = [Number(match[1]), Number(match[2])];
  if (ageMin < -9 || ageMax > 216 || ageMin > ageMax) return "invalid";
  return { ageMin, ageMax };
}

/** The canonical URL query of a situation (page 1 left out), in the catalogue's parameter names. */
export function situationToSearchParams(s: {
  adviceGroup: readonly AdviceGroupSlug[];
  riskFactor: readonly string[];
  ageMin?: number;
  ageMax?: number;
  outcome?: string;
  page?: number;
}): URLSearchParams {
  const p = new URLSearchParams();
  for (const v of s.adviceGroup) p.append("adviceGroup", v);
  for (const v of s.riskFactor) p.append("riskFactor", v);
  if (s.ageMin !== undefined) p.set("ageMin", String(s.ageMin));
  if (s.ageMax !== undefined) p.set("ageMax", String(s.ageMax));
  if (s.outcome) p.set("outcome", s.outcome);
  if (s.page && s.page !== 1) p.set("page", String(s.page));
  return p;
}

export type SituationParse =
  { kind: "empty" } | { kind: "ok"; situation: DecisionSituation } | { kind: "invalid"; problems: FilterProblem[] };

/**
 * Reads a situation from the URL. No parameters at all is the empty form, not an error. Slugs are checked
 * against the reference lists, so an unknown outcome or risk factor is named instead of matching nothing.
 */
export function parseSituation(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  known: { riskFactors: readonly string[]; outcomes: readonly string[] },
): SituationParse {
  const raw = searchParamsToObject(params);
  if (Object.keys(raw).length === 0) return { kind: "empty" };
  const parsed = decisionAidSchema.safeParse(raw);
  const problems = parsed.success ? [] : describeFilterProblems(parsed.error, raw);
  // Slugs that name nothing, also when another parameter is wrong, so every problem is named at once.
  const values = (param: string) => [raw[param] ?? []].flat();
  const unknown = (param: string, known: readonly string[]) => {
    const bad = values(param).filter((slug) => !known.includes(slug));
    if (bad.length && !problems.some((p) => p.param === param)) problems.push({ param, known: true, values: bad });
  };
  unknown("riskFactor", known.riskFactors);
  if (values("outcome").length === 1) unknown("outcome", known.outcomes);
  if (problems.length || !parsed.success) return { kind: "invalid", problems };
  return { kind: "ok", situation: parsed.data };
}
