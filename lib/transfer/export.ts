/**
 * The whole catalogue in the exchange format (./FORMAT.md): one JSON document, or a zip with one CSV per
 * entity. Both are produced as a stream, page by page (by id), so a catalogue of tens of thousands of
 * interventions never sits in memory at once. Pages are read one after another, not in one snapshot: an
 * edit saved while a long export runs may or may not be in it.
 */
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { stringify } from "csv-stringify/sync";
import type { Db } from "../database/client";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  toSlugOrNull,
  type ClearinghouseInput,
  type VocabulariesInput,
} from "./format";
import { CSV_FILES, MANIFEST_FILE, csvRows, type CsvFileName } from "./csv-layout";
import {
  certaintyOverrideFields,
  certaintyOverrideSelect,
  effectSizeFields,
  effectSizeSelect,
  exportedStudies,
  externalRatingFields,
  externalRatingSelect,
  interventionFields,
  interventionSelect,
  nestedIntervention,
  nestedInterventionSelect,
  nestedStudy,
  provenanceFields,
  provenanceSelect,
  ratingEventFields,
  ratingEventSelect,
  recognitionFields,
  recognitionSelect,
  reviewDecisionFields,
  reviewDecisionSelect,
  studyFields,
  studySelect,
  targetGroupFields,
  targetGroupSelect,
} from "./records";

export type ExportFormat = "json" | "csv-zip";

/** Interventions (or rows) read per query. */
export const EXPORT_PAGE_SIZE = 200;

type Options = { now?: Date; pageSize?: number };

/** Reads `fetch` page after page (by ascending id) until a short page. */
async function* pages<T extends { id: number }>(
  fetch: (afterId: number, take: number) => Promise<T[]>,
  pageSize: number,
): AsyncGenerator<T[]> {
  let afterId = 0;
  for (;;) {
    const page = await fetch(afterId, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    afterId = page[page.length - 1].id;
  }
}

const after = (afterId: number) => ({ id: { gt: afterId } });
const byId = { orderBy: { id: "asc" } } as const;

export async function readVocabularies(db: Db): Promise<Required<VocabulariesInput>> {
  const entry = { slug: true, nameNl: true, nameEn: true } as const;
  const [riskFactors, outcomeDomains, deliveryModes] = await Promise.all([
    db.riskFactor.findMany({ select: { ...entry, isAce: true }, ...byId }),
    db.outcomeDomain.findMany({ select: { ...entry, higherIsBetter: true }, ...byId }),
    db.deliveryMode.findMany({ select: entry, ...byId }),
  ]);
  return { riskFactors, outcomeDomains, deliveryModes };
}

export async function readClearinghouses(db: Db): Promise<ClearinghouseInput[]> {
  const rows = await db.clearinghouse.findMany({
    select: {
      slug: true,
      name: true,
      country: true,
      website: true,
      levels: { select: { level: true, commonLevel: true }, orderBy: { position: "asc" } },
    },
    ...byId,
  });
  return rows.map(({ levels, ...c }) => ({
    ...c,
    scale: levels.map((l) => ({ level: l.level, commonLevel: toSlugOrNull(l.commonLevel) })),
  }));
}

/** Joins array elements one per line across pages: a comma before every element but the first. */
function lineJoiner(): (elements: string[]) => string {
  let first = true;
  return (elements) => {
    const text = elements.map((e, index) => (first && index === 0 ? "\n" : ",\n") + e).join("");
    if (elements.length > 0) first = false;
    return text;
  };
}

const header = (now: Date) => ({ format: CATALOGUE_FORMAT, version: CATALOGUE_VERSION, exportedAt: now.toISOString() });

/**
 * The catalogue as one JSON document, in pieces: the header, vocabularies and clearinghouses, then one
 * intervention per line, then the context studies.
 */
export async function* catalogueJson(db: Db, options: Options = {}): AsyncGenerator<string> {
  const { now = new Date(), pageSize = EXPORT_PAGE_SIZE } = options;
  const head = JSON.stringify({
    ...header(now),
    vocabularies: await readVocabularies(db),
    clearinghouses: await readClearinghouses(db),
  });
  yield `${head.slice(0, -1)},"interventions":[`;
  const lines = lineJoiner();
  for await (const page of pages(
    (afterId, take) =>
      db.intervention.findMany({ where: after(afterId), select: nestedInterventionSelect, take, ...byId }),
    pageSize,
  )) {
    yield lines(page.map((i) => JSON.stringify(nestedIntervention(i))));
  }
  yield `\n],"contextStudies":[`;
  const studyLines = lineJoiner();
  for await (const page of pages(
    (afterId, take) =>
      db.study.findMany({
        where: { ...exportedStudies("CONTEXT"), ...after(afterId) },
        select: {
          ...studySelect,
          effectSizes: { select: effectSizeSelect, ...byId },
          reviewDecisions: { select: reviewDecisionSelect, ...byId },
        },
        take,
        ...byId,
      }),
    pageSize,
  )) {
    yield studyLines(page.map((s) => JSON.stringify(nestedStudy(s))));
  }
  yield "\n]}\n";
}

type CsvSource = AsyncGenerator<Record<string, unknown>[]>;

const withIntervention = { intervention: { select: { slug: true } } } as const;

/** The rows of each CSV file, page by page, in the order the zip holds them. */
function csvSources(db: Db, pageSize: number): Record<CsvFileName, () => CsvSource> {
  const studyWhere = { OR: [exportedStudies("INTERVENTION"), exportedStudies("CONTEXT")] };
  async function* once(rows: () => Promise<Record<string, unknown>[]>): CsvSource {
    yield await rows();
  }
  return {
    "risk-factors.csv": () => once(async () => (await readVocabularies(db)).riskFactors),
    "outcome-domains.csv": () => once(async () => (await readVocabularies(db)).outcomeDomains),
    "delivery-modes.csv": () => once(async () => (await readVocabularies(db)).deliveryModes),
    "clearinghouses.csv": () => once(async () => readClearinghouses(db)),
    "clearinghouse-levels.csv": () =>
      once(async () =>
        (await readClearinghouses(db)).flatMap((c) =>
          c.scale.map((l, index) => ({ clearinghouse: c.slug, position: index + 1, ...l })),
        ),
      ),
    "interventions.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.intervention.findMany({ where: after(afterId), select: interventionSelect, take, ...byId }),
        pageSize,
      ))
        yield page.map(interventionFields);
    },
    "target-groups.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.targetGroup.findMany({
            where: after(afterId),
            select: { ...targetGroupSelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((g) => ({ intervention: g.intervention.slug, ...targetGroupFields(g) }));
    },
    "recognitions.csv": async function* () {
      for await (const page of pages(
        async (afterId, take) =>
          (
            await db.recognition.findMany({
              where: { interventionId: { gt: afterId } },
              select: { ...recognitionSelect, ...withIntervention, interventionId: true },
              take,
              orderBy: { interventionId: "asc" },
            })
          ).map((r) => ({ ...r, id: r.interventionId })),
        pageSize,
      ))
        yield page.map((r) => ({ intervention: r.intervention.slug, ...recognitionFields(r) }));
    },
    "rating-events.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.ratingEvent.findMany({
            where: after(afterId),
            select: { ...ratingEventSelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((e) => ({ intervention: e.intervention.slug, ...ratingEventFields(e) }));
    },
    "external-ratings.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.externalRating.findMany({
            where: after(afterId),
            select: { ...externalRatingSelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((r) => ({ intervention: r.intervention.slug, ...externalRatingFields(r) }));
    },
    "provenance.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.fieldProvenance.findMany({
            where: after(afterId),
            select: { ...provenanceSelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((p) => ({ intervention: p.intervention.slug, ...provenanceFields(p) }));
    },
    "certainty-overrides.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.certaintyOverride.findMany({
            where: after(afterId),
            select: { ...certaintyOverrideSelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((o) => ({ intervention: o.intervention.slug, ...certaintyOverrideFields(o) }));
    },
    "studies.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.study.findMany({
            where: { ...studyWhere, ...after(afterId) },
            select: { ...studySelect, ...withIntervention },
            take,
            ...byId,
          }),
        pageSize,
      ))
        yield page.map((s) => ({ id: s.id, intervention: s.intervention?.slug ?? null, ...studyFields(s) }));
    },
    "effect-sizes.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.effectSize.findMany({
            where: { study: studyWhere, ...after(afterId) },
            select: { ...effectSizeSelect, studyId: true },
            take,
            ...byId,
          }),
        pageSize * 10,
      ))
        yield page.map((e) => ({ study: e.studyId, ...effectSizeFields(e) }));
    },
    "review-decisions.csv": async function* () {
      for await (const page of pages(
        (afterId, take) =>
          db.reviewDecision.findMany({
            where: { study: studyWhere, ...after(afterId) },
            select: { ...reviewDecisionSelect, studyId: true },
            take,
            ...byId,
          }),
        pageSize * 10,
      ))
        yield page.map((d) => ({ study: d.studyId, ...reviewDecisionFields(d) }));
    },
  };
}

const BOM = "\uFEFF";

/**
 * The catalogue as a zip of CSV files (./csv-layout.ts), in pieces. Each file is compressed as its pages
 * arrive; the zip is written file after file, so only the current page is held in memory.
 */
export async function* catalogueZip(db: Db, options: Options = {}): AsyncGenerator<Uint8Array> {
  const { now = new Date(), pageSize = EXPORT_PAGE_SIZE } = options;
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  function* flush(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  }
  const manifest = new ZipDeflate(MANIFEST_FILE, { level: 6 });
  zip.add(manifest);
  manifest.push(strToU8(`${JSON.stringify(header(now), null, 2)}\n`), true);
  yield* flush();

  const sources = csvSources(db, pageSize);
  for (const [name, columns] of Object.entries(CSV_FILES) as [CsvFileName, (typeof CSV_FILES)[CsvFileName]][]) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(BOM + stringify([columns.map(([column]) => column)])));
    for await (const rows of sources[name]()) {
      file.push(strToU8(csvRows(columns, rows)));
      yield* flush();
    }
    file.push(new Uint8Array(0), true);
    yield* flush();
  }
  zip.end();
  yield* flush();
}

export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `effectwijzer-catalogue-${now.toISOString().slice(0, 10)}.${format === "json" ? "json" : "zip"}`;
}

/** A stream for a Response body or a file, from the pieces of either format. */
export function exportStream(db: Db, format: ExportFormat, options: Options = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces: AsyncGenerator<Uint8Array> =
    format === "json"
      ? (async function* () {
          for await (const text of catalogueJson(db, options)) yield encoder.encode(text);
        })()
      : catalogueZip(db, options);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

export type CatalogueExport = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * The catalogue export for an editor holding export:catalogue:any; who exported what is written to the
 * audit log. Anyone else is refused (401 / 403).
 */
export async function exportCatalogue(
  options: { viewer: Viewer | null; format: ExportFormat; now?: Date },
  db: Db,
): Promise<CatalogueExport> {
  const viewer = requirePermission(options.viewer, "export", "catalogue");
  const now = options.now ?? new Date();
  await db.$transaction((tx) =>
    writeAudit(tx, viewer, "catalogue.export", { type: "Catalogue", id: "catalogue" }, { format: options.format }),
  );
  return {
    fileName: exportFileName(options.format, now),
    contentType: options.format === "json" ? "application/json; charset=utf-8" : "application/zip",
    body: exportStream(db, options.format, { now }),
  };
}
