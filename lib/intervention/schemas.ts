/**
 * Catalogue filters: one schema for the page's searchParams, the public API and the CSV export.
 * Browser-safe (no server imports).
 */
import { z } from "zod";
import type { EvidenceLevel, PreventionLevel } from "../../generated/prisma/enums";
import type { AdviceGroup } from "../../generated/prisma/enums";
import {
  adviceGroupSlugs,
  evidenceLevelSlugs,
  preventionLevelSlugs,
  recognisedValues,
  sortValues,
  type AdviceGroupSlug,
  type PreventionLevelSlug,
  type SortValue,
} from "./filter-values";

export {
  adviceGroupSlugs,
  evidenceLevelSlugs,
  preventionLevelSlugs,
  recognisedValues,
  sortValues,
  facetParams,
} from "./filter-values";
export type {
  AdviceGroupSlug,
  PreventionLevelSlug,
  RecognisedValue,
  SortValue,
  FacetParam,
  Facets,
} from "./filter-values";
export type EvidenceLevelSlug = (typeof evidenceLevelSlugs)[number] | "niet-effectief" | "niet-beoordeeld";

export const evidenceLevelBySlug: Record<EvidenceLevelSlug, EvidenceLevel> = {
  "niet-beoordeeld": "NIET_BEOORDEELD",
  "niet-effectief": "NIET_EFFECTIEF",
  "goed-beschreven": "GOED_BESCHREVEN",
  "goed-onderbouwd": "GOED_ONDERBOUWD",
  "eerste-aanwijzingen": "EERSTE_AANWIJZINGEN",
  "goede-aanwijzingen": "GOEDE_AANWIJZINGEN",
  "sterke-aanwijzingen": "STERKE_AANWIJZINGEN",
};
export const evidenceLevelSlug = Object.fromEntries(
  Object.entries(evidenceLevelBySlug).map(([slug, level]) => [level, slug]),
) as Record<EvidenceLevel, EvidenceLevelSlug>;

export const preventionLevelBySlug: Record<PreventionLevelSlug, PreventionLevel> = {
  universal: "UNIVERSAL",
  selective: "SELECTIVE",
  indicated: "INDICATED",
  care: "CARE",
};

export const adviceGroupBySlug: Record<AdviceGroupSlug, AdviceGroup> = {
  "risk-factors": "RISK_FACTORS",
  "maltreatment-occurs": "MALTREATMENT_OCCURS",
  "asks-for-support": "ASKS_FOR_SUPPORT",
  universal: "UNIVERSAL",
};
export const adviceGroupSlug = Object.fromEntries(
  Object.entries(adviceGroupBySlug).map(([slug, group]) => [group, slug]),
) as Record<AdviceGroup, AdviceGroupSlug>;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Must be a lowercase slug such as 'home-visits'")
  .max(80);

/** A repeatable query parameter: absent, one value or several. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(50));

/** A single-valued query parameter; repeating it is an error rather than a silent choice. */
const one = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .any()
      .refine((v) => !Array.isArray(v), { message: "Give this parameter once", abort: true })
      .pipe(item.optional()),
  );

/** A whole number given as a query-string value, within [min, max]; the messages name the parameter. */
export const integerString = (label: string, min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `${label} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`));

export const interventionFiltersSchema = z
  .object({
    q: one(z.string().trim().max(200, "Search text is at most 200 characters")).meta({
      description: "Full-text search in Dutch and English (prefix matching, small typos tolerated in names)",
    }),
    adviceGroup: many(z.enum(adviceGroupSlugs)).meta({
      description:
        "Health Council target group (advice 2018/11): risk-factors, maltreatment-occurs, asks-for-support or universal; repeatable (OR)",
    }),
    targetGroup: many(z.enum(preventionLevelSlugs)).meta({ description: "Prevention level; repeatable (OR)" }),
    riskFactor: many(slug).meta({ description: "Risk factor slug; repeatable (OR)" }),
    ageMonths: one(integerString("ageMonths", -9, 216)).meta({
      description: "Child age in months that must fall inside a target group's range (negative = pregnancy)",
    }),
    ageMin: one(integerString("ageMin", -9, 216)).meta({
      description: "With ageMax: child ages in months (inclusive) that a target group's age range must overlap",
    }),
    ageMax: one(integerString("ageMax", -9, 216)).meta({
      description: "With ageMin: child ages in months (inclusive); either bound alone leaves the other end open",
    }),
    outcome: many(slug).meta({ description: "Outcome domain slug; repeatable (OR)" }),
    delivery: many(slug).meta({ description: "Delivery mode slug; repeatable (OR)" }),
    rating: one(z.enum(evidenceLevelSlugs)).meta({ description: "Minimum Dutch evidence level" }),
    recognised: one(z.enum(recognisedValues)).meta({
      description:
        "true: recognised as effective (erkend at an Effectief level; a recognition past its re-review date still counts and is marked stale); " +
        "false: not recognised as effective (including no Dutch decision known); current: recognised as effective and today before the re-review date",
    }),
    minEffect: one(
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/, "minEffect must be a number such as 0.2")
        .transform(Number)
        .pipe(z.number().min(-5).max(5)),
    ).meta({ description: "Minimum pooled effect (SMD, positive = benefit) on the one chosen outcome" }),
    sort: one(z.enum(sortValues)).meta({ description: "Sort order; default relevance with q, else evidence level" }),
    page: one(integerString("page", 1, 100_000)).meta({ description: "Page number, from 1" }),
    pageSize: one(integerString("pageSize", 1, 100)).meta({ description: "Results per page, 1 to 100 (default 20)" }),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.minEffect !== undefined && f.outcome.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["minEffect"], message: "minEffect needs exactly one outcome" });
    }
    if (f.ageMin !== undefined && f.ageMax !== undefined && f.ageMin > f.ageMax) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "ageMax must be at least ageMin" });
    }
    if (f.sort === "effect" && f.outcome.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["sort"], message: "sort=effect needs exactly one outcome" });
    }
  });

export type InterventionFiltersInput = z.input<typeof interventionFiltersSchema>;
export type ParsedFilters = z.output<typeof interventionFiltersSchema>;

/** Filters with defaults applied, as the data layer uses them. */
export type InterventionFilters = Omit<ParsedFilters, "page" | "pageSize" | "sort"> & {
  page: number;
  pageSize: number;
  sort: SortValue;
};

export const DEFAULT_PAGE_SIZE = 20;

export function withDefaults(f: ParsedFilters): InterventionFilters {
  return {
    ...f,
    page: f.page ?? 1,
    pageSize: f.pageSize ?? DEFAULT_PAGE_SIZE,
    sort: f.sort ?? (f.q ? "relevance" : "rating"),
  };
}

/** Turns URLSearchParams (or Next's searchParams object) into the plain object the schema reads. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x) => [k, x] as [string, string])
              : [[k, v] as [string, string]],
        );
  for (const [key, value] of entries) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The inverse: filters to a canonical query string (defaults left out), for links and the API. */
export function filtersToSearchParams(f: Partial<InterventionFilters>): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const v of f.adviceGroup ?? []) p.append("adviceGroup", v);
  for (const v of f.targetGroup ?? []) p.append("targetGroup", v);
  for (const v of f.riskFactor ?? []) p.append("riskFactor", v);
  if (f.ageMonths !== undefined) p.set("ageMonths", String(f.ageMonths));
  if (f.ageMin !== undefined) p.set("ageMin", String(f.ageMin));
  if (f.ageMax !== undefined) p.set("ageMax", String(f.ageMax));
  for (const v of f.outcome ?? []) p.append("outcome", v);
  for (const v of f.delivery ?? []) p.append("delivery", v);
  if (f.rating) p.set("rating", f.rating);
  if (f.recognised !== undefined) p.set("recognised", f.recognised);
  if (f.minEffect !== undefined) p.set("minEffect", String(f.minEffect));
  if (f.sort) p.set("sort", f.sort);
  if (f.page && f.page !== 1) p.set("page", String(f.page));
  if (f.pageSize && f.pageSize !== DEFAULT_PAGE_SIZE) p.set("pageSize", String(f.pageSize));
  return p;
}

/** The one way every page and route reads catalogue filters: parse, then apply the defaults. */
export function parseInterventionFilters(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; filters: InterventionFilters } | { ok: false; error: z.ZodError } {
  const parsed = interventionFiltersSchema.safeParse(searchParamsToObject(params));
  return parsed.success ? { ok: true, filters: withDefaults(parsed.data) } : { ok: false, error: parsed.error };
}
