/**
 * What differs between two versions of an intervention's editable record, field by field: the audit row of
 * a save lists these (before and after), and a refused stale save lists what changed since the form was
 * loaded, in the page's language. Pure and browser-safe.
 */
import { sameData } from "../same-data";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import {
  LOCALIZED_FIELDS,
  SCALAR_FIELDS,
  TARGET_GROUP_FIELDS,
  type EditableRecord,
  type EditableTargetGroup,
  type ProvenanceEntry,
} from "./intervention-edit-schema";

/**
 * One changed value. path names the field as the detail API does ("summary.nl", "deliveryModes",
 * "targetGroups.1.riskFactors"); a whole target group added or removed is "targetGroups.<n>" with null on
 * the side where it does not exist; provenance is "provenance.<field path>".
 */
export type FieldChange = { path: string; before: unknown; after: unknown };

const sorted = (list: readonly string[]) => [...list].sort();

function groupValue(group: EditableTargetGroup, field: (typeof TARGET_GROUP_FIELDS)[number]): unknown {
  const value = group[field];
  return field === "riskFactors" || field === "adviceGroups" ? sorted(value as string[]) : value;
}

/**
 * The changes from `before` to `after`. Target groups are matched by their saved id, so removing the first
 * group reports that group as removed rather than every later group as changed; a changed group's fields
 * carry its position in `after`, a removed group its position in `before`.
 */
export function diffRecords(before: EditableRecord, after: EditableRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (path: string, a: unknown, b: unknown) => {
    if (!sameData(a ?? null, b ?? null)) changes.push({ path, before: a ?? null, after: b ?? null });
  };

  for (const field of LOCALIZED_FIELDS) {
    compare(`${field}.nl`, before[field].nl, after[field].nl);
    compare(`${field}.en`, before[field].en, after[field].en);
  }
  for (const field of SCALAR_FIELDS) compare(field, before[field], after[field]);
  compare("deliveryModes", sorted(before.deliveryModes), sorted(after.deliveryModes));

  const afterById = new Map(
    after.targetGroups.flatMap((group, index) => (group.id === null ? [] : [[group.id, { group, index }] as const])),
  );
  before.targetGroups.forEach((group, index) => {
    const match = group.id === null ? undefined : afterById.get(group.id);
    if (!match) {
      changes.push({ path: `targetGroups.${index}`, before: group, after: null });
      return;
    }
    for (const field of TARGET_GROUP_FIELDS) {
      if (field === "description") {
        compare(`targetGroups.${match.index}.description.nl`, group.description.nl, match.group.description.nl);
        compare(`targetGroups.${match.index}.description.en`, group.description.en, match.group.description.en);
      } else {
        compare(`targetGroups.${match.index}.${field}`, groupValue(group, field), groupValue(match.group, field));
      }
    }
  });
  const beforeIds = new Set(before.targetGroups.map((group) => group.id).filter((id) => id !== null));
  after.targetGroups.forEach((group, index) => {
    if (group.id === null || !beforeIds.has(group.id)) {
      changes.push({ path: `targetGroups.${index}`, before: null, after: group });
    }
  });

  const paths = [...new Set([...Object.keys(before.provenance), ...Object.keys(after.provenance)])].sort();
  for (const path of paths) compare(`provenance.${path}`, before.provenance[path], after.provenance[path]);
  return changes;
}

/** Fills {name} placeholders (the texts are plain, without ICU syntax). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Names of the vocabulary entries the values refer to, in the page's language. */
export type VocabularyNames = { deliveryModes: Record<string, string>; riskFactors: Record<string, string> };

const MAX_SHOWN = 160;

/** The field a path names, in words: "Samenvatting (Nederlands)", "Doelgroep 2: Risicofactoren". */
export function fieldLabel(path: string, locale: Locale): string {
  const t = messages[locale].admin.edit;
  const language = (code: string) => (code === "nl" ? t.form.nl : t.form.en);
  if (path.startsWith("provenance.")) {
    return fill(t.conflict.provenanceOf, { field: fieldLabel(path.slice("provenance.".length), locale) });
  }
  const group = /^targetGroups\.(\d+)(?:\.(\w+)(?:\.(nl|en))?)?$/.exec(path);
  if (group) {
    const n = Number(group[1]) + 1;
    if (!group[2]) return fill(t.conflict.group, { n });
    const name = t.targetGroup[group[2] as keyof typeof t.targetGroup] ?? group[2];
    const field = group[3] ? fill(t.conflict.inLanguage, { field: name, language: language(group[3]) }) : name;
    return fill(t.conflict.groupField, { n, field });
  }
  const [head, code] = path.split(".");
  const name = t.fields[head as keyof typeof t.fields] ?? head;
  return code ? fill(t.conflict.inLanguage, { field: name, language: language(code) }) : name;
}

/** A value in words, shortened: texts in quotes, vocabulary by name, an empty value as "(leeg)". */
export function valueText(path: string, value: unknown, locale: Locale, names?: VocabularyNames): string {
  const m = messages[locale];
  const t = m.admin.edit;
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return t.conflict.empty;
  const field = path.split(".").at(path.startsWith("targetGroups.") ? 2 : 0);
  if (path.startsWith("provenance.")) {
    const entry = value as ProvenanceEntry;
    const kind = m.provenance[entry.kind];
    return `${kind} (${shorten(locale === "nl" ? entry.reason.nl : entry.reason.en)})`;
  }
  if (Array.isArray(value)) {
    const lookup =
      field === "deliveryModes"
        ? names?.deliveryModes
        : field === "riskFactors"
          ? names?.riskFactors
          : field === "adviceGroups"
            ? (m.adviceGroups as Record<string, string>)
            : undefined;
    return value.map((slug: string) => lookup?.[slug] ?? slug).join(", ");
  }
  if (field === "availabilityNl") return t.form.availabilityOptions[value as keyof typeof t.form.availabilityOptions];
  if (field === "preventionLevel") return m.prevention[value as keyof typeof m.prevention] ?? String(value);
  if (typeof value === "number") return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB").format(value);
  if (typeof value === "string") return `“${shorten(value)}”`;
  return shorten(JSON.stringify(value));
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** One change as a sentence: "Samenvatting (Nederlands): nu “…”", "Doelgroep 3: toegevoegd". */
export function describeChange(change: FieldChange, locale: Locale, names?: VocabularyNames): string {
  const t = messages[locale].admin.edit.conflict;
  const field = fieldLabel(change.path, locale);
  if (/^targetGroups\.\d+$/.test(change.path)) {
    return fill(change.after === null ? t.removed : t.added, { field });
  }
  if (change.path.startsWith("provenance.") && change.after === null) {
    return fill(t.now, { field, value: t.sourced });
  }
  return fill(t.now, { field, value: valueText(change.path, change.after, locale, names) });
}
