/**
 * Editing an intervention's catalogue record: the editors' list, the record as the form loads it, and the
 * one mutation that saves it. A save states the version it was based on; the row is locked, a stale
 * version is refused with a CONFLICT that lists what changed since the form was loaded (nothing is
 * overwritten), and a successful save increments the version and writes one audit row with every changed
 * field (before and after) in the same transaction. Facet rows and search documents follow through the
 * database triggers, in that transaction.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import type { Availability, EvidenceLevel, ProvenanceKind } from "../../generated/prisma/enums";
import { AppError, type FieldIssue } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import type { Locale } from "../i18n/locale";
import {
  adviceGroupBySlug,
  adviceGroupSlug,
  evidenceLevelSlug,
  preventionLevelBySlug,
  type EvidenceLevelSlug,
} from "../intervention/schemas";
import { preventionLevelSlugs, type PreventionLevelSlug } from "../intervention/filter-values";
import type { availabilitySlugs } from "../intervention/api-schemas";
import {
  interventionEditSchema,
  isEditableProvenancePath,
  parseInterventionEdit,
  targetGroupIndexOf,
  type EditableRecord,
  type InterventionEditInput,
  type ProvenanceEntry,
} from "./intervention-edit-schema";
import { describeChange, diffRecords, fill, type VocabularyNames } from "./intervention-edit-diff";
import { messages } from "../i18n/messages";
import { parseQuery, queryParam, type QueryValues } from "./audit-log";

type AvailabilitySlug = (typeof availabilitySlugs)[number];

const MESSAGES = {
  notFound: { nl: "Deze interventie bestaat niet", en: "No such intervention" },
  unknownDelivery: (slug: string) => ({
    nl: `Er is geen werkvorm "${slug}"`,
    en: `There is no delivery mode "${slug}"`,
  }),
  unknownRiskFactor: (slug: string) => ({
    nl: `Er is geen risicofactor "${slug}"`,
    en: `There is no risk factor "${slug}"`,
  }),
  unknownGroup: {
    nl: "Deze doelgroep hoort niet (meer) bij deze interventie",
    en: "This target group does not belong to this intervention (any more)",
  },
  invalid: { nl: "Het formulier bevat fouten", en: "The form has errors" },
} as const;

const kebab = (value: string) => value.toLowerCase().replace(/_/g, "-");
const upper = (slug: string) => slug.toUpperCase().replace(/-/g, "_");
const preventionSlugOf = Object.fromEntries(
  preventionLevelSlugs.map((slug) => [preventionLevelBySlug[slug], slug]),
) as Record<string, PreventionLevelSlug>;

const editableSelect = {
  id: true,
  nameNl: true,
  nameEn: true,
  summaryNl: true,
  summaryEn: true,
  descriptionNl: true,
  descriptionEn: true,
  aimsNl: true,
  aimsEn: true,
  providerNl: true,
  providerEn: true,
  intensityNl: true,
  intensityEn: true,
  sessionsMin: true,
  sessionsMax: true,
  durationWeeksMin: true,
  durationWeeksMax: true,
  costPerFamily: true,
  costCurrency: true,
  costYear: true,
  costSourceUrl: true,
  costNote: true,
  ownerOrganisation: true,
  availabilityNl: true,
  availabilityNote: true,
  website: true,
  sourceNote: true,
  deliveryModes: { select: { slug: true }, orderBy: { id: "asc" } },
  targetGroups: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      preventionLevel: true,
      ageMinMonths: true,
      ageMaxMonths: true,
      descriptionNl: true,
      descriptionEn: true,
      adviceGroups: true,
      riskFactors: { select: { slug: true }, orderBy: { id: "asc" } },
    },
  },
  provenance: {
    orderBy: { path: "asc" },
    select: { path: true, kind: true, reasonNl: true, reasonEn: true, sourceUrl: true },
  },
} as const satisfies Prisma.InterventionSelect;

type EditableRow = Prisma.InterventionGetPayload<{ select: typeof editableSelect }>;
type ProvenanceRow = EditableRow["provenance"][number];

const provenanceEntryOf = (row: ProvenanceRow): ProvenanceEntry => ({
  kind: kebab(row.kind) as ProvenanceEntry["kind"],
  reason: { nl: row.reasonNl, en: row.reasonEn },
  sourceUrl: row.sourceUrl,
});

/** The stored record in the form's shape; provenance this form does not own is returned apart. */
function toEditable(row: EditableRow): { record: EditableRecord; otherProvenance: ProvenanceRow[] } {
  const record: EditableRecord = {
    name: { nl: row.nameNl, en: row.nameEn },
    summary: { nl: row.summaryNl, en: row.summaryEn },
    description: { nl: row.descriptionNl, en: row.descriptionEn },
    aims: { nl: row.aimsNl, en: row.aimsEn },
    provider: { nl: row.providerNl, en: row.providerEn },
    intensity: { nl: row.intensityNl, en: row.intensityEn },
    sessionsMin: row.sessionsMin,
    sessionsMax: row.sessionsMax,
    durationWeeksMin: row.durationWeeksMin,
    durationWeeksMax: row.durationWeeksMax,
    costPerFamily: row.costPerFamily === null ? null : Number(row.costPerFamily),
    costCurrency: row.costCurrency,
    costYear: row.costYear,
    costSourceUrl: row.costSourceUrl,
    costNote: row.costNote,
    ownerOrganisation: row.ownerOrganisation,
    availabilityNl: kebab(row.availabilityNl) as AvailabilitySlug,
    availabilityNote: row.availabilityNote,
    website: row.website,
    sourceNote: row.sourceNote,
    deliveryModes: row.deliveryModes.map((d) => d.slug),
    targetGroups: row.targetGroups.map((g) => ({
      id: g.id,
      preventionLevel: preventionSlugOf[g.preventionLevel],
      ageMinMonths: g.ageMinMonths,
      ageMaxMonths: g.ageMaxMonths,
      description: { nl: g.descriptionNl, en: g.descriptionEn },
      riskFactors: g.riskFactors.map((r) => r.slug),
      adviceGroups: g.adviceGroups.map((a) => adviceGroupSlug[a]),
    })),
    provenance: Object.fromEntries(
      row.provenance.filter((p) => isEditableProvenancePath(p.path)).map((p) => [p.path, provenanceEntryOf(p)]),
    ),
  };
  return { record, otherProvenance: row.provenance.filter((p) => !isEditableProvenancePath(p.path)) };
}

async function readEditable(client: Db | Tx, id: number) {
  return toEditable(await client.intervention.findUniqueOrThrow({ where: { id }, select: editableSelect }));
}

export type VocabularyChoice = { slug: string; name: { nl: string; en: string } };

/** The delivery modes and risk factors, in their curated order. */
async function vocabulary(client: Db | Tx) {
  const entry = { id: true, slug: true, nameNl: true, nameEn: true } as const;
  const [deliveryModes, riskFactors] = await Promise.all([
    client.deliveryMode.findMany({ select: entry, orderBy: { id: "asc" } }),
    client.riskFactor.findMany({ select: entry, orderBy: { id: "asc" } }),
  ]);
  const choice = (e: { id: number; slug: string; nameNl: string; nameEn: string }) => ({
    id: e.id,
    slug: e.slug,
    name: { nl: e.nameNl, en: e.nameEn },
  });
  return { deliveryModes: deliveryModes.map(choice), riskFactors: riskFactors.map(choice) };
}

function namesIn(choices: Awaited<ReturnType<typeof vocabulary>>, locale: Locale): VocabularyNames {
  const names = (list: VocabularyChoice[]) => Object.fromEntries(list.map((c) => [c.slug, c.name[locale]]));
  return { deliveryModes: names(choices.deliveryModes), riskFactors: names(choices.riskFactors) };
}

const LIST_PARAM_MESSAGES: Record<string, Record<Locale, string>> = {
  q: { nl: "q is hooguit 200 tekens", en: "q is at most 200 characters" },
  page: { nl: "page moet een geheel getal van 1 tot 100000 zijn", en: "page must be a whole number from 1 to 100000" },
};

/** The editors' list's query string: a search text and a page. */
export function parseInterventionListQuery(values: QueryValues, locale: Locale) {
  const schema = z.object({
    q: queryParam("q", z.string().trim().max(200), locale),
    page: queryParam(
      "page",
      z
        .string()
        .regex(/^\d{1,6}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(100_000)),
      locale,
    ),
  });
  return parseQuery(schema, values, (path) => LIST_PARAM_MESSAGES[path]?.[locale]);
}

export type InterventionEditListItem = {
  slug: string;
  name: { nl: string; en: string };
  evidenceLevel: EvidenceLevelSlug;
  isDemo: boolean;
  version: number;
  updatedAt: Date;
};

/** The editors' list: every intervention, or those whose name (Dutch or English) or code contains `q`. */
export async function findInterventionsForEditing(
  { viewer, q, page = 1, pageSize = 25 }: { viewer: Viewer | null; q?: string; page?: number; pageSize?: number },
  database?: Db,
): Promise<{ items: InterventionEditListItem[]; total: number; page: number; pageSize: number }> {
  requirePermission(viewer, "update", "intervention");
  const client = database ?? (await db());
  const words = q?.trim();
  // ILIKE on the names uses their trigram indexes.
  const where: Prisma.InterventionWhereInput = words
    ? {
        OR: [
          { nameNl: { contains: words, mode: "insensitive" } },
          { nameEn: { contains: words, mode: "insensitive" } },
          { slug: { contains: words.toLowerCase() } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    client.intervention.findMany({
      where,
      select: {
        slug: true,
        nameNl: true,
        nameEn: true,
        evidenceLevel: true,
        isDemo: true,
        version: true,
        updatedAt: true,
      },
      orderBy: [{ nameNl: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.intervention.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      slug: r.slug,
      name: { nl: r.nameNl, en: r.nameEn },
      evidenceLevel: evidenceLevelSlug[r.evidenceLevel as EvidenceLevel],
      isDemo: r.isDemo,
      version: r.version,
      updatedAt: r.updatedAt,
    })),
    total,
    page,
    pageSize,
  };
}

export type InterventionForEdit = {
  slug: string;
  version: number;
  updatedAt: Date;
  isDemo: boolean;
  evidenceLevel: EvidenceLevelSlug;
  record: EditableRecord;
  /** Provenance rows of paths this form does not edit; shown, kept as they are on save. */
  otherProvenance: { path: string; kind: "inferred" | "unverified"; reason: { nl: string; en: string } }[];
  choices: { deliveryModes: VocabularyChoice[]; riskFactors: VocabularyChoice[] };
};

/** One intervention as the edit form loads it, with its version; null when the slug is unknown. */
export async function getInterventionForEdit(
  { viewer, slug }: { viewer: Viewer | null; slug: string },
  database?: Db,
): Promise<InterventionForEdit | null> {
  requirePermission(viewer, "update", "intervention");
  const client = database ?? (await db());
  const found = await client.intervention.findUnique({
    where: { slug },
    select: { id: true, version: true, updatedAt: true, isDemo: true, evidenceLevel: true },
  });
  if (!found) return null;
  const [{ record, otherProvenance }, choices] = await Promise.all([
    readEditable(client, found.id),
    vocabulary(client),
  ]);
  return {
    slug,
    version: found.version,
    updatedAt: found.updatedAt,
    isDemo: found.isDemo,
    evidenceLevel: evidenceLevelSlug[found.evidenceLevel],
    record,
    otherProvenance: otherProvenance.map((p) => ({
      path: p.path,
      kind: kebab(p.kind) as "inferred" | "unverified",
      reason: { nl: p.reasonNl, en: p.reasonEn },
    })),
    choices: {
      deliveryModes: choices.deliveryModes.map(({ slug, name }) => ({ slug, name })),
      riskFactors: choices.riskFactors.map(({ slug, name }) => ({ slug, name })),
    },
  };
}

export type InterventionSaveResult = { changed: boolean; version: number };

/**
 * Saves the edited record of the intervention `slug` if it is still at `input.version`. Refuses with
 * INVALID (naming each field) for bad input, CONFLICT (listing what changed since `input.base`) for a stale
 * version; saving an unchanged record writes nothing.
 */
export async function updateIntervention(
  {
    viewer,
    slug,
    input,
    locale = "en",
  }: { viewer: Viewer | null; slug: string; input: InterventionEditInput; locale?: Locale },
  database?: Db,
): Promise<InterventionSaveResult> {
  const user = requirePermission(viewer, "update", "intervention");
  const parsed = parseInterventionEdit(interventionEditSchema, input, locale);
  if (!parsed.ok) {
    // Issues name the record's fields as the form does ("summary.nl"), not the envelope ("record.summary.nl").
    const issues = parsed.issues.map((issue) => ({ ...issue, path: issue.path.replace(/^record\./, "") }));
    throw new AppError("INVALID", MESSAGES.invalid[locale], issues);
  }
  const { version, base, record } = parsed.data;
  const client = database ?? (await db());

  return client.$transaction(async (tx) => {
    // The row lock makes concurrent saves of one intervention take turns: the second one reads the version
    // the first one wrote, and is refused.
    const [locked] = await tx.$queryRaw<{ id: number; version: number }[]>`
      SELECT id, version FROM "Intervention" WHERE slug = ${slug} FOR UPDATE`;
    if (!locked) {
      throw new AppError("NOT_FOUND", MESSAGES.notFound[locale], [
        { path: "slug", message: MESSAGES.notFound[locale] },
      ]);
    }
    const choices = await vocabulary(tx);
    const current = await readEditable(tx, locked.id);

    if (locked.version !== version) {
      const names = namesIn(choices, locale);
      const meanwhile = diffRecords(base, current.record);
      const t = messages[locale].admin.edit;
      const issues: FieldIssue[] =
        meanwhile.length > 0
          ? meanwhile.map((change) => ({ path: change.path, message: describeChange(change, locale, names) }))
          : [{ path: "version", message: t.form.conflictOther }];
      throw new AppError("CONFLICT", fill(t.conflict.meanwhile, { version: locked.version }), issues);
    }

    const ids = resolveVocabulary(record, choices, current.record, locale);
    // Kept groups stay in their saved order, new ones follow in the order given; provenance paths follow.
    const order = record.targetGroups
      .map((group, index) => ({ group, index }))
      .sort((a, b) => rank(a.group.id) - rank(b.group.id) || a.index - b.index);
    const finalIndex = new Map(order.map((entry, position) => [entry.index, position]));
    const ordered: EditableRecord = {
      ...record,
      targetGroups: order.map((entry) => entry.group),
      provenance: remapProvenance(record.provenance, (index) => finalIndex.get(index) ?? null),
    };
    if (diffRecords(current.record, ordered).length === 0) return { changed: false, version: locked.version };

    await writeRecord(tx, locked.id, current, ordered, ids);
    await tx.intervention.update({
      where: { id: locked.id },
      data: { version: { increment: 1 } },
      select: { id: true },
    });
    const after = await readEditable(tx, locked.id);
    await writeAudit(
      tx,
      user,
      "intervention.update",
      { type: "Intervention", id: locked.id },
      {
        slug,
        version: { from: locked.version, to: locked.version + 1 },
        changes: diffRecords(current.record, after.record) as Prisma.InputJsonValue,
      },
    );
    return { changed: true, version: locked.version + 1 };
  });
}

/** Saved groups first (by id, their stored order), new ones after. */
const rank = (id: number | null) => (id === null ? Number.MAX_SAFE_INTEGER : id);

/** Renumbers the target-group paths ("targetGroups.2.…") by `map`; a path whose group maps to null is dropped. */
function remapProvenance<T>(provenance: Record<string, T>, map: (index: number) => number | null): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [path, entry] of Object.entries(provenance)) {
    const index = targetGroupIndexOf(path);
    if (index === null) {
      result[path] = entry;
      continue;
    }
    const to = map(index);
    if (to !== null) result[path.replace(/^targetGroups\.\d+/, `targetGroups.${to}`)] = entry;
  }
  return result;
}

type Vocabulary = Awaited<ReturnType<typeof vocabulary>>;
type ResolvedIds = { deliveryModes: number[]; riskFactors: Map<string, number> };

/** Slugs that exist and target groups that belong here; INVALID naming every field that does not. */
function resolveVocabulary(
  record: EditableRecord,
  choices: Vocabulary,
  current: EditableRecord,
  locale: Locale,
): ResolvedIds {
  const deliveryIds = new Map(choices.deliveryModes.map((c) => [c.slug, c.id]));
  const riskIds = new Map(choices.riskFactors.map((c) => [c.slug, c.id]));
  const issues: FieldIssue[] = [];
  const deliveryModes: number[] = [];
  record.deliveryModes.forEach((slug, index) => {
    const id = deliveryIds.get(slug);
    if (id === undefined)
      issues.push({ path: `deliveryModes.${index}`, message: MESSAGES.unknownDelivery(slug)[locale] });
    else deliveryModes.push(id);
  });
  const savedIds = new Set(current.targetGroups.map((g) => g.id));
  record.targetGroups.forEach((group, index) => {
    if (group.id !== null && !savedIds.has(group.id)) {
      issues.push({ path: `targetGroups.${index}.id`, message: MESSAGES.unknownGroup[locale] });
    }
    group.riskFactors.forEach((slug, r) => {
      if (!riskIds.has(slug)) {
        issues.push({
          path: `targetGroups.${index}.riskFactors.${r}`,
          message: MESSAGES.unknownRiskFactor(slug)[locale],
        });
      }
    });
  });
  if (issues.length > 0) throw new AppError("INVALID", MESSAGES.invalid[locale], issues);
  return { deliveryModes, riskFactors: riskIds };
}

/** Writes what differs from `current`: columns, delivery modes, target groups, provenance rows. */
async function writeRecord(
  tx: Tx,
  interventionId: number,
  current: Awaited<ReturnType<typeof readEditable>>,
  record: EditableRecord,
  ids: ResolvedIds,
): Promise<void> {
  const before = current.record;
  await tx.intervention.update({
    where: { id: interventionId },
    data: {
      nameNl: record.name.nl,
      nameEn: record.name.en,
      summaryNl: record.summary.nl,
      summaryEn: record.summary.en,
      descriptionNl: record.description.nl,
      descriptionEn: record.description.en,
      aimsNl: record.aims.nl,
      aimsEn: record.aims.en,
      providerNl: record.provider.nl,
      providerEn: record.provider.en,
      intensityNl: record.intensity.nl,
      intensityEn: record.intensity.en,
      sessionsMin: record.sessionsMin,
      sessionsMax: record.sessionsMax,
      durationWeeksMin: record.durationWeeksMin,
      durationWeeksMax: record.durationWeeksMax,
      costPerFamily: record.costPerFamily,
      costCurrency: record.costCurrency,
      costYear: record.costYear,
      costSourceUrl: record.costSourceUrl,
      costNote: record.costNote,
      ownerOrganisation: record.ownerOrganisation,
      availabilityNl: upper(record.availabilityNl) as Availability,
      availabilityNote: record.availabilityNote,
      website: record.website,
      sourceNote: record.sourceNote,
    },
    select: { id: true },
  });

  // Link tables are written only when they change: each write recomputes the facet row.
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
  if (!sameList(before.deliveryModes, record.deliveryModes)) {
    await tx.intervention.update({
      where: { id: interventionId },
      data: { deliveryModes: { set: ids.deliveryModes.map((id) => ({ id })) } },
      select: { id: true },
    });
  }

  const kept = new Set(record.targetGroups.map((g) => g.id).filter((id) => id !== null));
  const removed = before.targetGroups.map((g) => g.id!).filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.targetGroup.deleteMany({ where: { id: { in: removed }, interventionId } });
  const savedById = new Map(before.targetGroups.map((g) => [g.id!, g]));
  for (const group of record.targetGroups) {
    const columns = {
      preventionLevel: preventionLevelBySlug[group.preventionLevel],
      ageMinMonths: group.ageMinMonths,
      ageMaxMonths: group.ageMaxMonths,
      descriptionNl: group.description.nl,
      descriptionEn: group.description.en,
      adviceGroups: group.adviceGroups.map((slug) => adviceGroupBySlug[slug]),
    };
    const riskFactors = group.riskFactors.map((slug) => ({ id: ids.riskFactors.get(slug)! }));
    const saved = group.id === null ? undefined : savedById.get(group.id);
    if (!saved) {
      await tx.targetGroup.create({
        data: { ...columns, interventionId, riskFactors: { connect: riskFactors } },
        select: { id: true },
      });
      continue;
    }
    const columnsChanged =
      saved.preventionLevel !== group.preventionLevel ||
      saved.ageMinMonths !== group.ageMinMonths ||
      saved.ageMaxMonths !== group.ageMaxMonths ||
      saved.description.nl !== group.description.nl ||
      saved.description.en !== group.description.en ||
      !sameList(saved.adviceGroups, group.adviceGroups);
    const risksChanged = !sameList(saved.riskFactors, group.riskFactors);
    if (columnsChanged || risksChanged) {
      await tx.targetGroup.update({
        where: { id: saved.id! },
        data: { ...columns, ...(risksChanged ? { riskFactors: { set: riskFactors } } : {}) },
        select: { id: true },
      });
    }
  }

  // Provenance: this form's paths as given; other rows kept, a removed group's dropped and later groups'
  // renumbered, so every row keeps naming the field it was written for.
  const oldPosition = new Map(before.targetGroups.map((g, index) => [index, g.id!]));
  const newPosition = new Map(record.targetGroups.flatMap((g, index) => (g.id === null ? [] : [[g.id, index]])));
  const others = Object.fromEntries(current.otherProvenance.map((row) => [row.path, row]));
  const keptOthers = remapProvenance(others, (index) => newPosition.get(oldPosition.get(index) ?? -1) ?? null);
  const desired = new Map<
    string,
    { kind: ProvenanceKind; reasonNl: string; reasonEn: string; sourceUrl: string | null }
  >();
  for (const [path, row] of Object.entries(keptOthers)) {
    desired.set(path, { kind: row.kind, reasonNl: row.reasonNl, reasonEn: row.reasonEn, sourceUrl: row.sourceUrl });
  }
  for (const [path, entry] of Object.entries(record.provenance)) {
    desired.set(path, {
      kind: upper(entry.kind) as ProvenanceKind,
      reasonNl: entry.reason.nl,
      reasonEn: entry.reason.en,
      sourceUrl: entry.sourceUrl,
    });
  }
  const stored = await tx.fieldProvenance.findMany({
    where: { interventionId },
    select: { path: true, kind: true, reasonNl: true, reasonEn: true, sourceUrl: true },
  });
  const unchanged = (row: (typeof stored)[number]) => {
    const want = desired.get(row.path);
    return (
      want !== undefined &&
      want.kind === row.kind &&
      want.reasonNl === row.reasonNl &&
      want.reasonEn === row.reasonEn &&
      want.sourceUrl === row.sourceUrl
    );
  };
  const stale = stored.filter((row) => !unchanged(row)).map((row) => row.path);
  if (stale.length > 0) await tx.fieldProvenance.deleteMany({ where: { interventionId, path: { in: stale } } });
  const keptPaths = new Set(stored.filter(unchanged).map((row) => row.path));
  const fresh = [...desired].filter(([path]) => !keptPaths.has(path));
  if (fresh.length > 0) {
    await tx.fieldProvenance.createMany({ data: fresh.map(([path, row]) => ({ interventionId, path, ...row })) });
  }
}
