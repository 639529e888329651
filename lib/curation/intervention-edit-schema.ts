/**
 * The editors' intervention form: one schema for the form in the browser, its server action and the data
 * layer (lib/curation/intervention-edit.ts). Browser-safe (zod only).
 *
 * The record is the catalogue's editable fields in the public API's shape (slugs, { nl, en } pairs), so
 * provenance paths name fields exactly as GET /api/v1/interventions/{slug} does ("summary",
 * "targetGroups.0.preventionLevel"). Level and recognition are not part of it: they are rating decisions
 * with their own page and history.
 *
 * Messages of our own checks are keys ("@age-order"), translated by parseInterventionEdit into the page's
 * language; zod's own messages come from its Dutch or English locale.
 */
import { z } from "zod";
import { adviceGroupSlugs, preventionLevelSlugs } from "../intervention/filter-values";
import { availabilitySlugs, provenanceKindSlugs } from "../intervention/api-schemas";
import type { FieldIssue } from "../errors";
import type { Locale } from "../i18n/locale";
import { storableString } from "../api/input-bounds";

/** The { nl, en } text fields, in the form's order. */
export const LOCALIZED_FIELDS = ["name", "summary", "description", "aims", "provider", "intensity"] as const;
export type LocalizedField = (typeof LOCALIZED_FIELDS)[number];
/** The localized fields that must have a text in both languages. */
export const REQUIRED_LOCALIZED_FIELDS: readonly LocalizedField[] = ["name", "summary"];

/** The single-valued fields, in the form's order. */
export const SCALAR_FIELDS = [
  "sessionsMin",
  "sessionsMax",
  "durationWeeksMin",
  "durationWeeksMax",
  "costPerFamily",
  "costCurrency",
  "costYear",
  "costSourceUrl",
  "costNote",
  "ownerOrganisation",
  "availabilityNl",
  "availabilityNote",
  "website",
  "sourceNote",
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export const TARGET_GROUP_FIELDS = [
  "preventionLevel",
  "ageMinMonths",
  "ageMaxMonths",
  "description",
  "riskFactors",
  "adviceGroups",
] as const;
export type TargetGroupField = (typeof TARGET_GROUP_FIELDS)[number];

/**
 * The fields whose provenance this form edits, as detail-record paths. sourceNote is itself the note on
 * the sources, so it has none. Paths of other shapes (a single language, "studies.…") are kept as they are.
 */
export const PROVENANCE_FIELDS = [
  ...LOCALIZED_FIELDS,
  ...SCALAR_FIELDS.filter((field) => field !== "sourceNote"),
  "deliveryModes",
] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

const PROVENANCE_PATH = new RegExp(
  `^(?:(?:${PROVENANCE_FIELDS.join("|")})|targetGroups\\.(\\d+)\\.(?:${TARGET_GROUP_FIELDS.join("|")}))$`,
);

/** Whether this form owns the provenance at `path` (else the row is kept as it is). */
export function isEditableProvenancePath(path: string): boolean {
  return PROVENANCE_PATH.test(path);
}

/** The target group a provenance path belongs to ("targetGroups.2.riskFactors" → 2), or null. */
export function targetGroupIndexOf(path: string): number | null {
  const match = /^targetGroups\.(\d+)(?:\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/** At most one provenance entry per field of the form: its fields plus six per target group (30 at most). */
const MAX_PROVENANCE = PROVENANCE_FIELDS.length + TARGET_GROUP_FIELDS.length * 30;

/** Child ages in months: negative is before birth (-9 = start of pregnancy), up to 18 years. */
export const AGE_MIN_MONTHS = -9;
export const AGE_MAX_MONTHS = 216;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const EDIT_MESSAGES = {
  "age-order": {
    nl: "De maximumleeftijd ligt onder de minimumleeftijd",
    en: "The maximum age is below the minimum age",
  },
  "range-order": { nl: "Het maximum ligt onder het minimum", en: "The maximum is below the minimum" },
  "url-format": {
    nl: "Geef een webadres dat begint met http:// of https://",
    en: "Give a web address starting with http:// or https://",
  },
  "cost-cents": { nl: "Geef een bedrag in hele centen", en: "Give an amount in whole cents" },
  "currency-format": {
    nl: "Geef de valuta als code van drie hoofdletters, zoals EUR of GBP",
    en: "Give the currency as a code of three capital letters, such as EUR or GBP",
  },
  "currency-required": {
    nl: "Geef de valuta van het bedrag (zoals EUR)",
    en: "Give the currency of the amount (such as EUR)",
  },
  "amount-required": {
    nl: "Een valuta hoort bij een bedrag: vul het bedrag in of laat de valuta leeg",
    en: "A currency belongs to an amount: fill in the amount or leave the currency empty",
  },
  "advice-required": {
    nl: "Kies minstens één doelgroep van de Gezondheidsraad",
    en: "Choose at least one of the Health Council's target groups",
  },
  "universal-alone": {
    nl: "‘Alle ouders’ gaat niet samen met een van de andere groepen",
    en: "‘All parents’ cannot be combined with one of the other groups",
  },
  "target-groups-required": {
    nl: "Een interventie heeft minstens één doelgroep",
    en: "An intervention has at least one target group",
  },
  duplicate: { nl: "Deze waarde staat er twee keer in", en: "This value is listed twice" },
  slug: { nl: "Geen geldige code", en: "Not a valid code" },
  "source-required": {
    nl: "Geef aan waar de niet-geverifieerde waarde gezien is (een webadres)",
    en: "Say where the unverified value was seen (a web address)",
  },
  "provenance-path": {
    nl: "Dit veld bestaat niet in het formulier",
    en: "This field does not exist in the form",
  },
  required: { nl: "Vul dit veld in", en: "Fill in this field" },
  "too-many": { nl: "Te veel vermeldingen", en: "Too many entries" },
} as const satisfies Record<string, Record<Locale, string>>;
export type EditMessageKey = keyof typeof EDIT_MESSAGES;
const message = (key: EditMessageKey) => ({ error: `@${key}` });
const issue = (key: EditMessageKey) => ({ message: `@${key}` });

type Mode = "strict" | "lenient";

/**
 * The editable record. "strict" is what a save must satisfy; "lenient" only checks the shape, for the
 * values the form was loaded with (sent back to explain a conflict), which may predate today's rules.
 */
function recordSchema(mode: Mode) {
  const strict = mode === "strict";
  const requiredText = (max: number) =>
    strict ? storableString().trim().min(1, message("required")).max(max) : z.string().max(100_000);
  const optionalText = (max: number) =>
    (strict ? storableString().trim().max(max) : z.string().max(100_000))
      .nullable()
      .transform((value) => (value === "" ? null : value));
  const count = (max: number) => (strict ? z.number().int().min(0).max(max) : z.number().int()).nullable();
  const age = () => (strict ? z.number().int().min(AGE_MIN_MONTHS).max(AGE_MAX_MONTHS) : z.number().int()).nullable();
  const httpUrl = z
    .string()
    .trim()
    .max(2000)
    .refine((value) => {
      if (!strict) return true;
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, message("url-format"));
  const slugList = (max: number) =>
    z
      .array(strict ? z.string().max(80).regex(SLUG, message("slug")) : z.string().max(1000))
      .max(strict ? max : 10_000)
      .superRefine((list, ctx) => {
        if (!strict) return;
        list.forEach((value, index) => {
          if (list.indexOf(value) !== index) ctx.addIssue({ code: "custom", path: [index], ...issue("duplicate") });
        });
      });
  const pair = <T extends z.ZodType>(text: T) => z.strictObject({ nl: text, en: text });

  const targetGroup = z
    .strictObject({
      /** The saved group this row edits; null for a new one. */
      id: z.number().int().positive().nullable(),
      preventionLevel: z.enum(preventionLevelSlugs),
      ageMinMonths: age(),
      ageMaxMonths: age(),
      description: pair(requiredText(2000)),
      riskFactors: slugList(40),
      adviceGroups: z
        .array(z.enum(adviceGroupSlugs))
        .max(adviceGroupSlugs.length)
        .superRefine((groups, ctx) => {
          if (!strict) return;
          if (groups.length === 0) ctx.addIssue({ code: "custom", ...issue("advice-required") });
          else if (groups.includes("universal") && groups.length > 1) {
            ctx.addIssue({ code: "custom", ...issue("universal-alone") });
          }
          groups.forEach((value, index) => {
            if (groups.indexOf(value) !== index) ctx.addIssue({ code: "custom", path: [index], ...issue("duplicate") });
          });
        }),
    })
    .superRefine((group, ctx) => {
      if (!strict) return;
      if (group.ageMinMonths !== null && group.ageMaxMonths !== null && group.ageMaxMonths < group.ageMinMonths) {
        ctx.addIssue({ code: "custom", path: ["ageMaxMonths"], ...issue("age-order") });
      }
    });

  const provenanceEntry = z
    .strictObject({
      kind: z.enum(provenanceKindSlugs),
      reason: pair(requiredText(2000)),
      sourceUrl: httpUrl.nullable().transform((value) => (value === "" ? null : value)),
    })
    .superRefine((entry, ctx) => {
      if (strict && entry.kind === "unverified" && !entry.sourceUrl) {
        ctx.addIssue({ code: "custom", path: ["sourceUrl"], ...issue("source-required") });
      }
    });

  return z
    .strictObject({
      name: pair(requiredText(200)),
      summary: pair(requiredText(2000)),
      description: pair(optionalText(20_000)),
      aims: pair(optionalText(5000)),
      provider: pair(optionalText(500)),
      intensity: pair(optionalText(500)),
      sessionsMin: count(1000),
      sessionsMax: count(1000),
      durationWeeksMin: count(520),
      durationWeeksMax: count(520),
      costPerFamily: (strict
        ? z
            .number()
            .min(0)
            .max(99_999_999)
            .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, message("cost-cents"))
        : z.number()
      ).nullable(),
      costCurrency: (strict
        ? z
            .string()
            .trim()
            .toUpperCase()
            .max(3, { ...message("currency-format"), abort: true })
            .regex(/^([A-Z]{3})?$/, message("currency-format"))
        : z.string().max(100)
      )
        .nullable()
        .transform((value) => (value === "" ? null : value)),
      costYear: (strict ? z.number().int().min(1950).max(2100) : z.number().int()).nullable(),
      costSourceUrl: httpUrl.nullable().transform((value) => (value === "" ? null : value)),
      costNote: optionalText(1000),
      ownerOrganisation: optionalText(300),
      availabilityNl: z.enum(availabilitySlugs),
      availabilityNote: optionalText(1000),
      website: httpUrl.nullable().transform((value) => (value === "" ? null : value)),
      sourceNote: optionalText(5000),
      deliveryModes: slugList(30),
      targetGroups: z.array(targetGroup).max(strict ? 30 : 1000),
      /** How each field is known when no cited source states it; a sourced field has no entry. */
      provenance: z
        .record(z.string().max(200), provenanceEntry)
        .refine((entries) => Object.keys(entries).length <= (strict ? MAX_PROVENANCE : 10_000), message("too-many")),
    })
    .superRefine((record, ctx) => {
      if (!strict) return;
      const ranges = [
        ["sessionsMin", "sessionsMax"],
        ["durationWeeksMin", "durationWeeksMax"],
      ] as const;
      for (const [min, max] of ranges) {
        const low = record[min];
        const high = record[max];
        if (low !== null && high !== null && high < low) {
          ctx.addIssue({ code: "custom", path: [max], ...issue("range-order") });
        }
      }
      // An amount always names its currency, and a currency belongs to an amount (as the database checks).
      if (record.costPerFamily !== null && record.costCurrency === null) {
        ctx.addIssue({ code: "custom", path: ["costCurrency"], ...issue("currency-required") });
      }
      if (record.costPerFamily === null && record.costCurrency !== null) {
        ctx.addIssue({ code: "custom", path: ["costPerFamily"], ...issue("amount-required") });
      }
      if (record.targetGroups.length === 0) {
        ctx.addIssue({ code: "custom", path: ["targetGroups"], ...issue("target-groups-required") });
      }
      const ids = record.targetGroups.map((group) => group.id).filter((id) => id !== null);
      record.targetGroups.forEach((group, index) => {
        if (group.id !== null && ids.indexOf(group.id) !== ids.lastIndexOf(group.id)) {
          ctx.addIssue({ code: "custom", path: ["targetGroups", index, "id"], ...issue("duplicate") });
        }
      });
      for (const path of Object.keys(record.provenance)) {
        const group = targetGroupIndexOf(path);
        if (!isEditableProvenancePath(path) || (group !== null && group >= record.targetGroups.length)) {
          ctx.addIssue({ code: "custom", path: ["provenance", path], ...issue("provenance-path") });
        }
      }
    });
}

export const editableRecordSchema = recordSchema("strict");
export const loadedRecordSchema = recordSchema("lenient");
/** The record as saved (parsed). */
export type EditableRecord = z.output<typeof editableRecordSchema>;
/** The record as the form sends it. */
export type EditableRecordInput = z.input<typeof editableRecordSchema>;
export type EditableTargetGroup = EditableRecord["targetGroups"][number];
export type ProvenanceEntry = EditableRecord["provenance"][string];

/**
 * One save of the form: the record as edited, the version it was loaded at, and the values it was loaded
 * with (so a conflict can say what changed since).
 */
export const interventionEditSchema = z.strictObject({
  version: z.number().int().min(1),
  base: loadedRecordSchema,
  record: editableRecordSchema,
});
export type InterventionEditInput = z.input<typeof interventionEditSchema>;
export type InterventionEdit = z.output<typeof interventionEditSchema>;

const localeErrors = { nl: z.locales.nl().localeError, en: z.locales.en().localeError };

/** Issues named by their dotted path, with our own messages in the requested language. */
export function localiseEditIssues(error: z.ZodError, locale: Locale): FieldIssue[] {
  return error.issues.flatMap((problem) => {
    const base = problem.path.map(String);
    if (problem.code === "unrecognized_keys") {
      return problem.keys.map((key) => ({
        path: [...base, key].join("."),
        message: locale === "nl" ? `Onbekend veld "${key}"` : `Unknown field "${key}"`,
      }));
    }
    const key = problem.message.startsWith("@") ? (problem.message.slice(1) as EditMessageKey) : null;
    const own = key && key in EDIT_MESSAGES ? EDIT_MESSAGES[key][locale] : null;
    return [{ path: base.join(".") || "(root)", message: own ?? problem.message }];
  });
}

/** Parses with zod's messages in the page's language (per parse, so concurrent requests do not mix). */
export function parseInterventionEdit<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssue[] } {
  const result = schema.safeParse(input, { error: localeErrors[locale] });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, issues: localiseEditIssues(result.error, locale) };
}
