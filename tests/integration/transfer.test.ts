/**
 * Bulk export and import of the whole catalogue on real databases: the curated catalogue plus a demo
 * intervention with everything an intervention can carry is exported (JSON and CSV zip) and imported into an
 * empty, migrated database, and the public API's record of every intervention comes back the same (generated
 * ids aside), decisions with the names recorded at the time. A file with one bad record writes nothing and
 * its report names the record, the field and the problem; on a databank that has the records, an import
 * refuses them. Only editors import or export; an import job records its progress and outcome.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { createTestDatabase, withDatabase } from "@/tests/helpers/test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import { createDemoIntervention } from "@/seed/factories";
import type { Database, Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { findInterventions, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import type { InterventionDetail } from "@/lib/intervention/dto";
import { catalogueJson, catalogueZip, exportCatalogue } from "@/lib/transfer/export";
import { importCatalogue } from "@/lib/transfer/import";
import type { ImportReport } from "@/lib/transfer/report";
import { createImportJob, getImportJob, runImportJob, type ImportJobDto } from "@/lib/jobs/import-jobs";
import { ImportQueue } from "@/lib/jobs/queue";
import { installJobQueues, JOB_SCHEMA, PGBOSS_SCHEDULE_QUEUE } from "@/lib/jobs/install";
import { grantAppRole, grantJobQueue } from "@/lib/database/grants";
import { prismaOn } from "@/lib/database/client";
import { resolveMigrationTarget, separateAppRole } from "@/lib/database/target";

const NOW = new Date("2026-06-01T12:00:00Z");

let source: Database;
let db: Db;
let admin: Viewer;
let researcher: Viewer;
let jsonBytes: Uint8Array;
/** The curated catalogue and the demo intervention. */
let interventionCount: number;
let zipBytes: Uint8Array;
const targets: Database[] = [];

async function collect<T extends string | Uint8Array>(pieces: AsyncGenerator<T>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const piece of pieces) parts.push(typeof piece === "string" ? strToU8(piece) : piece);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return bytes;
}

async function emptyDatabase(): Promise<{ db: Db; admin: Viewer }> {
  const target = await createTestDatabase();
  targets.push(target);
  return { db: target.prisma, admin: await createViewer(target.prisma, "ADMIN", "importeur") };
}

function withoutId<T extends { id: number }>(record: T): Omit<T, "id"> {
  const copy: Partial<T> = { ...record };
  delete copy.id;
  return copy as Omit<T, "id">;
}

/** The public record with generated ids left out; a headline's source study named by its key or citation. */
function comparable(detail: InterventionDetail | null) {
  if (!detail) return null;
  const studyName = new Map(detail.studies.map((s) => [s.id, s.key ?? s.citation]));
  return {
    ...detail,
    studies: detail.studies.map((s) => ({
      ...withoutId(s),
      effectSizes: s.effectSizes.map(withoutId),
    })),
    pooledEffects: detail.pooledEffects.map((p) => ({
      ...p,
      sourceStudyId: p.sourceStudyId === null ? null : (studyName.get(p.sourceStudyId) ?? `missing ${p.sourceStudyId}`),
    })),
  };
}

async function catalogueOf(database: Db) {
  const slugs = (await database.intervention.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map(
    (i) => i.slug,
  );
  const details = [];
  for (const slug of slugs) details.push(comparable(await getInterventionBySlug(database, { slug, now: NOW })));
  const list = await findInterventions(database, {
    filters: { ...withDefaults(interventionFiltersSchema.parse({})), pageSize: 100 },
    now: NOW,
  });
  return { slugs, details, total: list.total, facets: list.facets };
}

/** A demo intervention with every part an intervention can have, decided on by a named editor. */
async function addDemoIntervention(database: Db, editor: Viewer) {
  const demo = await createDemoIntervention(database, {
    slug: "demo-transfer",
    nameNl: "Demo-interventie voor import en export",
    nameEn: "Demo intervention for import and export",
    preventionLevel: "SELECTIVE",
    ageMinMonths: 0,
    ageMaxMonths: 48,
    evidenceLevel: "GOEDE_AANWIJZINGEN",
    studies: [
      {
        citation: "Demo D. Synthetic transfer trial one",
        outcome: "parental-sensitivity",
        estimate: 0.3,
        ciLower: 0.05,
        ciUpper: 0.55,
        n: 110,
      },
      {
        citation: "Demo E. Synthetic transfer trial two",
        outcome: "parental-sensitivity",
        estimate: 0.2,
        ciLower: -0.05,
        ciUpper: 0.45,
        n: 130,
      },
      {
        citation: "Demo F. Synthetic transfer trial three",
        outcome: "harsh-discipline",
        estimate: 0.25,
        ciLower: 0.0,
        ciUpper: 0.5,
        n: 90,
      },
    ],
  });
  const [riskFactor] = await database.riskFactor.findMany({ take: 2, orderBy: { id: "desc" } });
  const [mode] = await database.deliveryMode.findMany({ take: 1, orderBy: { id: "desc" } });
  const group = await database.targetGroup.findFirstOrThrow({ where: { interventionId: demo.id } });
  await database.targetGroup.update({
    where: { id: group.id },
    data: { adviceGroups: ["RISK_FACTORS", "ASKS_FOR_SUPPORT"], riskFactors: { connect: { id: riskFactor.id } } },
  });
  await database.targetGroup.create({
    data: {
      interventionId: demo.id,
      preventionLevel: "INDICATED",
      ageMinMonths: -3,
      ageMaxMonths: null,
      descriptionNl: "Tweede synthetische doelgroep",
      descriptionEn: "Second synthetic target group",
      adviceGroups: ["MALTREATMENT_OCCURS"],
    },
  });
  await database.intervention.update({
    where: { id: demo.id },
    data: {
      deliveryModes: { connect: { id: mode.id } },
      costPerFamily: 1234.5,
      costCurrency: "EUR",
      costSourceUrl: "https://example.org/synthetic-cost",
      costYear: 2024,
      sessionsMin: 6,
      sessionsMax: 12,
      lastReviewedOn: new Date("2025-03-14T00:00:00Z"),
      availabilityNl: "LIMITED",
      sourceNote: "Synthetic record for the transfer tests.",
    },
  });
  await database.recognition.create({
    data: {
      interventionId: demo.id,
      status: "ERKEND",
      level: "GOEDE_AANWIJZINGEN",
      isRecognised: true,
      committee: "Synthetische commissie",
      decidedOn: new Date("2025-03-14T00:00:00Z"),
      expiresOn: new Date("2030-03-14T00:00:00Z"),
      justification: "Synthetic recognition for the transfer tests.",
    },
  });
  await database.ratingEvent.create({
    data: {
      interventionId: demo.id,
      kind: "LEVEL",
      fromLevel: "NIET_BEOORDEELD",
      toLevel: "GOED_ONDERBOUWD",
      fromRecognised: false,
      toRecognised: false,
      fromStatus: "ONBEKEND",
      toStatus: "ERKEND",
      committee: "Synthetische commissie",
      justification: "Synthetic first decision.",
      decidedOn: "2020-05",
      actorName: "Synthetische commissie",
      isVerified: false,
      createdAt: new Date("2024-01-02T03:04:05.678Z"),
    },
  });
  await database.ratingEvent.create({
    data: {
      interventionId: demo.id,
      kind: "LEVEL",
      fromLevel: "GOED_ONDERBOUWD",
      toLevel: "GOEDE_AANWIJZINGEN",
      fromRecognised: false,
      toRecognised: true,
      fromStatus: "ERKEND",
      toStatus: "ERKEND",
      justification: "Synthetic decision by an editor in the app.",
      decidedOn: "2025-03-14",
      actorId: editor.id,
      actorName: editor.name,
    },
  });
  const clearinghouse = await database.clearinghouse.findFirstOrThrow({
    include: { levels: { orderBy: { position: "asc" } } },
    orderBy: { id: "asc" },
  });
  await database.externalRating.create({
    data: {
      interventionId: demo.id,
      clearinghouseId: clearinghouse.id,
      level: clearinghouse.levels[0].level,
      levelAsWritten: "Synthetic wording",
      topic: "Synthetic topic",
      ratedOn: "2023",
      isVerified: false,
      note: "Synthetic rating for the transfer tests.",
    },
  });
  await database.fieldProvenance.createMany({
    data: [
      {
        interventionId: demo.id,
        path: "costPerFamily",
        kind: "INFERRED",
        reasonNl: "Geschat (synthetisch)",
        reasonEn: "Estimated (synthetic)",
      },
      {
        interventionId: demo.id,
        path: "targetGroups.1.ageMinMonths",
        kind: "UNVERIFIED",
        reasonNl: "Niet nagegaan",
        reasonEn: "Not checked",
        sourceUrl: "https://example.org/synthetic",
      },
    ],
  });
  const sensitivity = await database.outcomeDomain.findUniqueOrThrow({ where: { slug: "parental-sensitivity" } });
  await database.certaintyOverride.create({
    data: {
      interventionId: demo.id,
      outcomeDomainId: sensitivity.id,
      level: "LOW",
      reason: "Synthetic: small trials.",
      actorId: editor.id,
      actorName: editor.name,
      createdAt: new Date("2025-04-01T08:00:00.000Z"),
    },
  });
  // The first study reports a share of randomised studies; the second was reviewed by two editors in the
  // app; the third was retracted later.
  const [first, second, third] = await database.study.findMany({
    where: { interventionId: demo.id },
    orderBy: { id: "asc" },
  });
  await database.study.update({ where: { id: first.id }, data: { randomisedShare: 0.75 } });
  await database.study.update({
    where: { id: second.id },
    data: {
      key: "demo-transfer-two",
      submittedAt: new Date("2025-01-10T09:00:00.000Z"),
      reviewedAt: new Date("2025-01-12T10:30:00.000Z"),
      reviewerId: editor.id,
      reviewerName: editor.name,
      reviewReason: "Synthetic: sound trial.",
      riskOfBiasTool: "ROB2",
      riskOfBiasDomains: ["LOW", "LOW", "SOME_CONCERNS", "LOW", "HIGH"],
      riskOfBias: "HIGH",
    },
  });
  await database.reviewDecision.createMany({
    data: [
      {
        studyId: second.id,
        reviewerId: editor.id,
        reviewerName: editor.name,
        verdict: "ACCEPT",
        createdAt: new Date("2025-01-11T08:00:00.000Z"),
      },
      {
        studyId: second.id,
        reviewerName: "Tweede redacteur",
        verdict: "ACCEPT",
        reason: "Agreed",
        createdAt: new Date("2025-01-12T10:30:00.000Z"),
      },
    ],
  });
  await database.$transaction(async (tx) => {
    await tx.study.update({
      where: { id: third.id },
      data: { status: "RETRACTED", reviewReason: "Synthetic: retracted." },
    });
    const { recomputePooledEffects } = await import("@/lib/evidence/pooling");
    await recomputePooledEffects(tx, demo.id);
  });
  // A draft of a researcher stays with the researcher: never exported.
  await database.study.create({
    data: {
      interventionId: demo.id,
      citation: "Draft, not exported",
      design: "RCT",
      status: "DRAFT",
      submitterId: researcher.id,
    },
  });
}

beforeAll(async () => {
  source = await createTestDatabase({ seed: true });
  db = source.prisma;
  admin = await createViewer(db, "ADMIN", "Redacteur Een");
  researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
  await addDemoIntervention(db, admin);
  interventionCount = await db.intervention.count();
  jsonBytes = await collect(catalogueJson(db, { now: NOW, pageSize: 5 }));
  zipBytes = await collect(catalogueZip(db, { now: NOW, pageSize: 5 }));
});

afterAll(async () => {
  for (const target of targets) await target.close();
  await source?.close();
});

const json = () =>
  JSON.parse(strFromU8(jsonBytes)) as Record<string, unknown> & { interventions: Record<string, unknown>[] };
const file = (name: string, bytes: Uint8Array) => ({
  name,
  bytes,
  format: name.endsWith(".zip") ? ("csv-zip" as const) : ("json" as const),
});

/** A record label that reads the same in Dutch and English. */
const same = <T>(label: T) => ({ en: label, nl: label });

function expectFailure(report: ImportReport) {
  if (report.ok) throw new Error(`expected a failed import, got ${JSON.stringify(report.counts)}`);
  return report;
}

describe("export then import into an empty database", () => {
  test("the JSON export is the documented format, with the catalogue's evidence and none of the drafts", () => {
    const exported = json();
    expect(exported).toMatchObject({ format: "effectwijzer-catalogue", version: 1, exportedAt: NOW.toISOString() });
    expect(exported.interventions.map((i) => i.slug)).toContain("demo-transfer");
    const demo = exported.interventions.find((i) => i.slug === "demo-transfer")!;
    const studies = demo.studies as { citation: string; status: string }[];
    expect(studies.map((s) => s.status)).toEqual(["accepted", "accepted", "retracted"]);
    expect(studies.some((s) => s.citation.startsWith("Draft"))).toBe(false);
    expect(JSON.stringify(demo)).not.toContain(admin.id);
    expect((demo.ratingHistory as { actorName: string }[]).map((e) => e.actorName)).toEqual([
      "Synthetische commissie",
      "Redacteur Een",
    ]);
    expect(demo).not.toHaveProperty("pooledEffects");
    expect(demo.certaintyOverrides).toEqual([
      {
        outcome: "parental-sensitivity",
        level: "low",
        reason: "Synthetic: small trials.",
        actorName: "Redacteur Een",
        createdAt: "2025-04-01T08:00:00.000Z",
      },
    ]);
  });

  test("reproduces the public record of every intervention (JSON)", async () => {
    const target = await emptyDatabase();
    const report = await importCatalogue({ viewer: target.admin, file: file("catalogue.json", jsonBytes) }, target.db);
    expect(report).toMatchObject({ ok: true, counts: { interventions: interventionCount } });
    const before = await catalogueOf(db);
    const after = await catalogueOf(target.db);
    expect(after.slugs).toEqual(before.slugs);
    expect(before.slugs).toHaveLength(interventionCount);
    expect(interventionCount).toBeGreaterThan(10);
    for (const [index, detail] of before.details.entries()) expect(after.details[index]).toEqual(detail);
    expect(after.total).toBe(before.total);
    expect(after.facets).toEqual(before.facets);

    const demo = after.details.find((d) => d?.slug === "demo-transfer")!;
    expect(demo.ratingHistory.map((e) => e.actorName)).toEqual(["Synthetische commissie", "Redacteur Een"]);
    expect(demo.pooledEffects.find((p) => p.outcome === "parental-sensitivity")).toMatchObject({
      basis: "pooled",
      k: 2,
    });
    // The people behind past decisions are names, not accounts of this databank.
    const decided = await target.db.study.findUniqueOrThrow({
      where: { key: "demo-transfer-two" },
      select: {
        reviewerName: true,
        reviewerId: true,
        reviewDecisions: { select: { reviewerName: true, reviewerId: true } },
      },
    });
    expect(decided).toEqual({
      reviewerName: "Redacteur Een",
      reviewerId: null,
      reviewDecisions: [
        { reviewerName: "Redacteur Een", reviewerId: null },
        { reviewerName: "Tweede redacteur", reviewerId: null },
      ],
    });
    expect(await target.db.study.count({ where: { status: "RETRACTED" } })).toBe(1);
    expect(await target.db.study.findFirst({ where: { randomisedShare: 0.75 }, select: { citation: true } })).toEqual({
      citation: "Demo D. Synthetic transfer trial one",
    });
    expect(
      await target.db.certaintyOverride.findMany({ select: { level: true, actorName: true, actorId: true } }),
    ).toEqual([{ level: "LOW", actorName: "Redacteur Een", actorId: null }]);
    const audit = await target.db.auditLog.findFirstOrThrow({ where: { action: "catalogue.import" } });
    expect(audit).toMatchObject({ actorId: target.admin.id, data: { counts: { interventions: interventionCount } } });
  });

  test("reproduces it through the CSV zip too, and the zip's export equals the original's", async () => {
    const names = Object.keys(unzipSync(zipBytes));
    expect(names).toEqual(
      expect.arrayContaining(["manifest.json", "interventions.csv", "effect-sizes.csv", "studies.csv"]),
    );
    const target = await emptyDatabase();
    const report = await importCatalogue({ viewer: target.admin, file: file("catalogue.zip", zipBytes) }, target.db);
    expect(report).toMatchObject({ ok: true, counts: { interventions: interventionCount } });
    const before = await catalogueOf(db);
    const after = await catalogueOf(target.db);
    expect(after.details).toEqual(before.details);
    expect(after.facets).toEqual(before.facets);
    // Exported again, the JSON is the same document.
    const again = await collect(catalogueJson(target.db, { now: NOW }));
    expect(JSON.parse(strFromU8(again))).toEqual(json());
  });
});

describe("a file with a bad record", () => {
  test("writes nothing, and the report names record, field and problem (JSON)", async () => {
    const bad = json();
    const demo = bad.interventions.find((i) => i.slug === "demo-transfer") as {
      studies: { effectSizes: Record<string, unknown>[] }[];
      targetGroups: { riskFactors: string[] }[];
    };
    demo.studies[1].effectSizes[0].yi = "0.2 (typo)";
    demo.targetGroups[0].riskFactors.push("no-such-risk");
    const target = await emptyDatabase();
    const report = expectFailure(
      await importCatalogue({ viewer: target.admin, file: file("bad.json", strToU8(JSON.stringify(bad))) }, target.db),
    );
    const index = bad.interventions.indexOf(demo as never);
    expect(report.issues).toEqual([
      {
        record: same(`interventions[${index}] "demo-transfer" › studies[1] (demo-transfer-two) › effectSizes[0]`),
        field: "yi",
        problem: { en: expect.stringMatching(/number/i), nl: expect.stringMatching(/getal|number/i) },
      },
    ]);
    // Schema problems first; the reference checks follow once every record reads.
    demo.studies[1].effectSizes[0].yi = 0.2;
    const second = expectFailure(
      await importCatalogue({ viewer: target.admin, file: file("bad.json", strToU8(JSON.stringify(bad))) }, target.db),
    );
    expect(second.issues).toEqual([
      {
        record: same(`interventions[${index}] "demo-transfer" › targetGroups[0]`),
        field: "riskFactors",
        problem: { en: 'Unknown risk factor "no-such-risk"', nl: 'Onbekende risicofactor "no-such-risk"' },
      },
    ]);
    for (const table of [
      "intervention",
      "riskFactor",
      "outcomeDomain",
      "clearinghouse",
      "study",
      "ratingEvent",
    ] as const) {
      expect(await (target.db[table] as { count: () => Promise<number> }).count()).toBe(0);
    }
  });

  test("writes nothing, and the report names the CSV file's row and column", async () => {
    const files = unzipSync(zipBytes);
    const [header, ...rows] = parse(strFromU8(files["target-groups.csv"]), { bom: true }) as string[][];
    const column = header.indexOf("ageMinMonths");
    const index = rows.findIndex((cells) => cells[column] === "0");
    expect(index).toBeGreaterThanOrEqual(0);
    rows[index][column] = "zero";
    files["target-groups.csv"] = strToU8(stringify([header, ...rows]));
    const row = index + 2;
    const target = await emptyDatabase();
    const report = expectFailure(
      await importCatalogue({ viewer: target.admin, file: file("bad.zip", zipSync(files)) }, target.db),
    );
    expect(report.issues).toEqual([
      {
        record: { en: `target-groups.csv row ${row}`, nl: `target-groups.csv regel ${row}` },
        field: "ageMinMonths",
        problem: expect.objectContaining({ en: expect.any(String) }),
      },
    ]);
    expect(await target.db.intervention.count()).toBe(0);
  });

  test("lists every problem, not only the first", async () => {
    const bad = json();
    for (const intervention of bad.interventions.slice(0, 3)) intervention.evidenceLevel = "excellent";
    const target = await emptyDatabase();
    const report = expectFailure(
      await importCatalogue({ viewer: target.admin, file: file("bad.json", strToU8(JSON.stringify(bad))) }, target.db),
    );
    expect(report.issueCount).toBe(3);
    expect(report.issues.map((i) => i.field)).toEqual(["evidenceLevel", "evidenceLevel", "evidenceLevel"]);
  });

  test("is refused on a databank that already has its records, naming each one, and changes nothing", async () => {
    const before = await db.intervention.count();
    const report = expectFailure(await importCatalogue({ viewer: admin, file: file("catalogue.json", jsonBytes) }, db));
    expect(report.issueCount).toBeGreaterThanOrEqual(interventionCount);
    expect(report.issues).toContainEqual({
      record: same(expect.stringContaining('"demo-transfer"')),
      field: "slug",
      problem: {
        en: "An intervention with this slug is already in the databank; an import only adds interventions",
        nl: "Er staat al een interventie met deze slug in de databank; een import voegt alleen interventies toe",
      },
    });
    expect(await db.intervention.count()).toBe(before);
  });
});

describe("who may import and export", () => {
  test("a researcher is refused both, in the data layer", async () => {
    expect(await refusal(() => exportCatalogue({ viewer: researcher, format: "json" }, db))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await refusal(() => importCatalogue({ viewer: researcher, file: file("catalogue.json", jsonBytes) }, db)),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await refusal(() => createImportJob({ viewer: researcher, fileName: "catalogue.json", bytes: jsonBytes }, db)),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(() => exportCatalogue({ viewer: null, format: "csv-zip" }, db))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  test("an editor's export is written to the audit log", async () => {
    const result = await exportCatalogue({ viewer: admin, format: "csv-zip", now: NOW }, db);
    expect(result).toMatchObject({ fileName: "effectwijzer-catalogue-2026-06-01.zip", contentType: "application/zip" });
    await result.body.cancel();
    expect(await db.auditLog.count({ where: { action: "catalogue.export", actorId: admin.id } })).toBe(1);
  });
});

describe("an import job", () => {
  test("records its progress and its report, and runs once", async () => {
    const target = await emptyDatabase();
    const job = await createImportJob({ viewer: target.admin, fileName: "catalogue.zip", bytes: zipBytes }, target.db);
    expect(job).toMatchObject({ status: "queued", done: 0, total: 0, format: "csv-zip" });
    expect(await runImportJob(target.db, job.id, { progressBesideTransaction: false })).toBe(true);
    const done = await getImportJob({ viewer: target.admin, id: job.id }, target.db);
    // The interventions and the context studies, each checked and then written.
    const records = interventionCount + (json().contextStudies as unknown[]).length;
    expect(done).toMatchObject({ status: "succeeded", total: 2 * records, done: 2 * records, report: { ok: true } });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect((await target.db.importJob.findUniqueOrThrow({ where: { id: job.id } })).payload).toBeNull();
    expect(await runImportJob(target.db, job.id, { progressBesideTransaction: false })).toBe(false);
    expect(await target.db.intervention.count()).toBe(interventionCount);
  });

  test("with a bad file ends failed with the report, and a wrong file is refused at upload", async () => {
    const target = await emptyDatabase();
    const job = await createImportJob(
      { viewer: target.admin, fileName: "broken.json", bytes: strToU8("{ not json") },
      target.db,
    );
    await runImportJob(target.db, job.id, { progressBesideTransaction: false });
    const failed = await getImportJob({ viewer: target.admin, id: job.id }, target.db);
    expect(failed).toMatchObject({
      status: "failed",
      report: { ok: false, issues: [{ record: { en: "(file)", nl: "(bestand)" } }] },
    });
    const wrong = await refusal(() =>
      createImportJob({ viewer: target.admin, fileName: "catalogue.xlsx", bytes: jsonBytes, locale: "nl" }, target.db),
    );
    expect(wrong).toMatchObject({
      code: "INVALID",
      issues: [{ path: "file", message: expect.stringContaining(".json") }],
    });
  });
});

const onServer = Boolean(process.env.DATABASE_URL?.trim());

describe.skipIf(!onServer)("on a PostgreSQL server, through pg-boss", () => {
  let owner: Database;
  let app: Db | undefined;
  let queue: ImportQueue | undefined;
  let role: string;
  let throwAwayRole = false;

  afterAll(async () => {
    await queue?.stop();
    await app?.$disconnect();
    await owner?.close();
    if (throwAwayRole) {
      const admin = new pg.Client({ connectionString: (resolveMigrationTarget() as { url: string }).url });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS "${role}"`);
      await admin.end();
    }
  });

  test("a queued import is run by a worker on the app's role, which owns nothing and migrates nothing", async () => {
    owner = await createTestDatabase();
    const ownerUrl = (owner.target as { url: string }).url;
    const name = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
    // As seed/prepare.mts does: the owner installs pg-boss's schema and queues, then grants the app's role.
    await installJobQueues(ownerUrl);
    let appUrl: string;
    const configured = separateAppRole();
    if (configured) {
      role = configured;
      appUrl = withDatabase(process.env.DATABASE_URL!, name);
    } else {
      role = `effectwijzer_test_app_${randomUUID().replace(/-/g, "").slice(0, 8)}`;
      const password = randomUUID();
      await owner.prisma.$executeRawUnsafe(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`);
      throwAwayRole = true;
      const u = new URL(ownerUrl);
      u.username = role;
      u.password = password;
      appUrl = u.toString();
    }
    await grantAppRole(owner.prisma, role);
    await grantJobQueue(owner.prisma, role, JOB_SCHEMA);
    // Every queue the app uses exists before it starts (creating one is DDL), pg-boss's scheduling queue too.
    const queues = await owner.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM ${JOB_SCHEMA}.queue`);
    expect(queues.map((q) => q.name)).toEqual(
      expect.arrayContaining(["catalogue-import", "catalogue-import-interrupted", PGBOSS_SCHEDULE_QUEUE]),
    );
    const [{ owns }] = await owner.prisma.$queryRawUnsafe<{ owns: boolean }[]>(
      `SELECT pg_has_role('${role}', nspowner, 'USAGE') AS owns FROM pg_namespace WHERE nspname = '${JOB_SCHEMA}'`,
    );
    expect(owns).toBe(false);

    app = prismaOn(new PrismaPg({ connectionString: appUrl, max: 2 }));
    queue = new ImportQueue(app, { kind: "server", url: appUrl });
    await queue.start({ pollingIntervalSeconds: 0.5 });
    expect(queue.mode).toBe("pg-boss");

    const editor = await createViewer(app, "ADMIN", "server-importeur");
    const job = await createImportJob({ viewer: editor, fileName: "catalogue.json", bytes: jsonBytes }, app);
    expect(await queue.enqueue(job.id)).toBe("pg-boss");
    let seen: ImportJobDto = job;
    for (let tries = 0; tries < 240 && !["succeeded", "failed"].includes(seen.status); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seen = await getImportJob({ viewer: editor, id: job.id }, app);
    }
    expect(seen).toMatchObject({
      status: "succeeded",
      report: { ok: true, counts: { interventions: interventionCount } },
    });
    expect(seen.done).toBe(seen.total);
    expect(await app.intervention.count()).toBe(interventionCount);
    const [state] = await owner.prisma.$queryRawUnsafe<{ state: string }[]>(
      `SELECT state::text FROM ${JOB_SCHEMA}.job WHERE data->>'importJobId' = $1`,
      job.id,
    );
    expect(state).toEqual({ state: "completed" });
  });
});
