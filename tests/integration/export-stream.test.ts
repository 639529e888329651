/**
 * The streamed exports (lib/intervention/export.ts) against a real database: the CSV is byte for byte the
 * CSV built from the list items as before (the former item-based writer, kept below as the reference), the
 * JSON is the list API's items page by page, for many filter sets; the cap refuses, the body comes in
 * batches, and a body that fails or is cancelled part-way ends its transaction and never ends as if whole.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { stringify } from "csv-stringify/sync";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import type { Db } from "@/lib/database/client";
import { CSV_BOM, CSV_FILENAME, csvColumns, formatPooledEffect, JSON_FILENAME } from "@/lib/intervention/csv";
import { exportInterventionsCsv, exportInterventionsJson } from "@/lib/intervention/export";
import { handleCsvRequest, handleJsonExportRequest } from "@/lib/intervention/http";
import { findInterventions } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults, type InterventionFilters } from "@/lib/intervention/schemas";
import type { InterventionListItem } from "@/lib/intervention/dto";

const NOW = new Date("2026-06-01T12:00:00Z");
/** The day before 1 March 2025: a decision of 29 February 2020 is still current by the list's rule. */
const LEAP_NOW = new Date("2025-02-28T12:00:00Z");
const SITE = "https://effectwijzer.example/";

const filters = (query: string): InterventionFilters =>
  withDefaults(interventionFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query))));

// ------------------------------------------------------------------------------------------------------
// The reference: the CSV as it was written from list items before the export statement (unchanged).
// ------------------------------------------------------------------------------------------------------

function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function ageSpan(item: InterventionListItem): { min: number | null; max: number | null } {
  const groups = item.targetGroups;
  if (groups.length === 0) return { min: null, max: null };
  const mins = groups.map((g) => g.ageMinMonths);
  const maxes = groups.map((g) => g.ageMaxMonths);
  return {
    min: mins.some((m) => m === null) ? null : Math.min(...(mins as number[])),
    max: maxes.some((m) => m === null) ? null : Math.max(...(maxes as number[])),
  };
}

function referenceCsv(items: InterventionListItem[], options: { siteUrl: string; chosenOutcome?: string | null }) {
  const base = options.siteUrl.replace(/\/+$/, "");
  const rows = items.map((item) => {
    const age = ageSpan(item);
    const effects = options.chosenOutcome ? (item.chosenEffect ? [item.chosenEffect] : []) : item.pooledEffects;
    return [
      item.slug,
      safeText(item.name.nl),
      safeText(item.name.en),
      item.evidenceLevel,
      item.recognition.status,
      String(item.recognition.isVerified),
      String(item.recognition.isRecognised),
      String(item.recognition.isCurrent),
      item.recognition.expiresOn ?? "",
      String(item.isStale),
      item.adviceGroups.join("; "),
      [...new Set(item.targetGroups.map((g) => g.preventionLevel))].join("; "),
      age.min === null ? "" : String(age.min),
      age.max === null ? "" : String(age.max),
      item.deliveryModes.join("; "),
      effects.map(formatPooledEffect).join("; "),
      options.chosenOutcome ? (item.chosenEffect?.certainty?.level ?? "") : "",
      `${base}/interventions/${item.slug}`,
    ];
  });
  return CSV_BOM + stringify([[...csvColumns], ...rows], { record_delimiter: "\r\n" });
}

/** Every item the list API returns, page by page. */
async function listedItems(db: Db, query: string, now: Date): Promise<InterventionListItem[]> {
  const items: InterventionListItem[] = [];
  for (let page = 1; ; page++) {
    const list = await findInterventions(db, { filters: filters(`${query}&pageSize=7&page=${page}`), now });
    items.push(...list.items);
    if (items.length >= list.total || list.items.length === 0) return items;
  }
}

const text = async (body: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());

/** The database answers a query again (nothing is left holding it). */
const isFree = async (db: Db) => expect((await db.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`)[0].one).toBe(1);

describe("streamed exports", () => {
  let db: Db;
  let edgeOutcome: string;
  let edgeMode: string;

  withTestDatabase({ seed: true }, (database) => (db = database.prisma));
  beforeAll(async () => {
    const [outcome] = await db.outcomeDomain.findMany({ orderBy: { id: "asc" }, take: 1 });
    const [mode] = await db.deliveryMode.findMany({ orderBy: { id: "desc" }, take: 1 });
    edgeOutcome = outcome.slug;
    edgeMode = mode.slug;
    // Cells that test the CSV's quoting and formula guard; target groups whose levels, ages and advice
    // groups come in an order of their own; a recognition decided on 29 February without a stored
    // re-review date; a meta-analysis's own estimate without a CI, with its digits as reported.
    const edge = await db.intervention.create({
      data: {
        slug: "export-edge-case",
        nameNl: '=Ouder & Kind "Samen", één café – proef',
        nameEn: "-Parent; child\r\ntogether",
        summaryNl: "Test.",
        summaryEn: "Test.",
        evidenceLevel: "EERSTE_AANWIJZINGEN",
        lastReviewedOn: new Date("2020-02-29"),
        isDemo: true,
        deliveryModes: { connect: { id: mode.id } },
        recognition: {
          create: {
            status: "ERKEND",
            level: "EERSTE_AANWIJZINGEN",
            isRecognised: true,
            decidedOn: new Date("2020-02-29"),
            justification: "Test.",
          },
        },
        targetGroups: {
          create: [
            {
              preventionLevel: "CARE",
              ageMinMonths: 12,
              ageMaxMonths: null,
              adviceGroups: ["UNIVERSAL", "RISK_FACTORS"],
              descriptionNl: "A",
              descriptionEn: "A",
            },
            {
              preventionLevel: "UNIVERSAL",
              ageMinMonths: -3,
              ageMaxMonths: 24,
              adviceGroups: ["ASKS_FOR_SUPPORT", "UNIVERSAL"],
              descriptionNl: "B",
              descriptionEn: "B",
            },
            {
              preventionLevel: "CARE",
              ageMinMonths: 0,
              ageMaxMonths: 6,
              descriptionNl: "C",
              descriptionEn: "C",
            },
          ],
        },
      },
    });
    await db.pooledEffect.create({
      data: {
        interventionId: edge.id,
        outcomeDomainId: outcome.id,
        basis: "META_ANALYSIS",
        measure: "SMD",
        method: "reported",
        k: 12,
        estimate: 0.123456,
        certainty: "LOW",
        certaintyReasons: [],
      },
    });
  });

  const filterSets = [
    "",
    "q=video",
    "q=ouders&sort=name",
    "targetGroup=selective&sort=name",
    "adviceGroup=universal&adviceGroup=risk-factors",
    "rating=goed-onderbouwd&sort=reviewed",
    "recognised=current",
    "recognised=false",
    "ageMin=0&ageMax=24",
    "ageMonths=30",
    "delivery=home-visits",
    "riskFactor=poverty&riskFactor=teenage-parent",
  ];

  test("the CSV is the list items' CSV byte for byte, for every filter set", async () => {
    const [{ slug: outcome }] = await db.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
      GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`;
    const sets = [
      ...filterSets,
      `outcome=${outcome}`,
      `outcome=${outcome}&minEffect=0.2&sort=effect`,
      `outcome=${outcome}&sort=effect&q=ouders`,
      "outcome=no-such-outcome",
    ];
    let nonEmpty = 0;
    for (const query of sets) {
      for (const now of [NOW, LEAP_NOW]) {
        const items = await listedItems(db, query, now);
        const chosen = filters(query).outcome;
        const exported = await exportInterventionsCsv(db, { filters: filters(query), siteUrl: SITE, now });
        if (!exported.ok) throw new Error(`refused ${query}`);
        expect(exported.total, query).toBe(items.length);
        const csv = await text(exported.body);
        expect(csv, `${query} on ${now.toISOString()}`).toBe(
          referenceCsv(items, { siteUrl: SITE, chosenOutcome: chosen.length === 1 ? chosen[0] : null }),
        );
        if (items.length > 0) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(sets.length);

    // The edge case came through: guarded names, levels in the groups' order, the open age, the leap day.
    const all = await exportInterventionsCsv(db, { filters: filters(""), siteUrl: SITE, now: LEAP_NOW });
    const csv = await text((all as { body: ReadableStream<Uint8Array> }).body);
    const record = csv.slice(csv.indexOf("\r\nexport-edge-case,") + 2).split("/interventions/export-edge-case")[0];
    expect(record).toBe(
      `export-edge-case,"'=Ouder & Kind ""Samen"", één café – proef","'-Parent; child\r\ntogether",eerste-aanwijzingen,` +
        "erkend,true,true,true,,false,risk-factors; asks-for-support; universal,care; universal,-3,," +
        `${edgeMode},"${edgeOutcome}: 0.123456 (meta-analysis, k=12)",,https://effectwijzer.example`,
    );
  });

  test("the JSON is the list API's items, page by page, for every filter set", async () => {
    const [{ slug: outcome }] = await db.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
      GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`;
    const sets = [...filterSets, `outcome=${outcome}&minEffect=0.1&sort=effect`, `outcome=${outcome}&q=ouders`];
    for (const query of sets) {
      for (const now of [NOW, LEAP_NOW]) {
        const exported = await exportInterventionsJson(db, { filters: filters(query), now });
        if (!exported.ok) throw new Error(`refused ${query}`);
        const body = await text(exported.body);
        const items = await listedItems(db, query, now);
        expect(exported.total, query).toBe(items.length);
        expect(JSON.parse(body), query).toEqual(items);
        // The same bytes as the list API writes them.
        expect(body, query).toBe(JSON.stringify(items));
      }
    }
  });

  test("the routes' handlers answer with the file, its name and its total; bad filters are a 400", async () => {
    const csv = await handleCsvRequest(db, new Request("http://localhost/api/v1/interventions.csv?recognised=true"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="${CSV_FILENAME}"`);
    const csvText = await text(csv.body!);
    expect(csvText.startsWith(`${CSV_BOM}slug,name_nl,`)).toBe(true);
    expect(csvText.endsWith("\r\n")).toBe(true);
    const total = Number(csv.headers.get("x-total-count"));
    expect(total).toBeGreaterThan(0);
    expect(csvText.split("\r\n").filter((l) => l.includes("/interventions/"))).toHaveLength(total);

    const json = await handleJsonExportRequest(
      db,
      new Request("http://localhost/api/v1/interventions.json?recognised=true&page=3&pageSize=1"),
    );
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json");
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="${JSON_FILENAME}"`);
    expect(Number(json.headers.get("x-total-count"))).toBe(total);
    expect(((await json.json()) as InterventionListItem[]).length).toBe(total);

    for (const handler of [handleCsvRequest, handleJsonExportRequest]) {
      const refused = await handler(db, new Request("http://localhost/x?rating=nope&bogus=1"));
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { issues: { path: string }[] };
      expect(body.issues.map((i) => i.path).sort()).toEqual(["bogus", "rating"]);
    }
  });

  test("above the limit both exports refuse, naming the limit and the count, and hold nothing open", async () => {
    const total = await db.intervention.count();
    for (const exporter of [exportInterventionsCsv, exportInterventionsJson]) {
      const refused = await exporter(db, { filters: filters(""), siteUrl: SITE, limit: total - 1 });
      expect(refused).toEqual({ ok: false, total, limit: total - 1 });
      await isFree(db);
    }
    const atLimit = await exportInterventionsJson(db, { filters: filters(""), limit: total });
    expect(atLimit.ok).toBe(true);
    if (atLimit.ok) expect(JSON.parse(await text(atLimit.body))).toHaveLength(total);
  });

  test("the body comes in batches, read from the cursor as the client reads", async () => {
    const total = await db.intervention.count();
    const exported = await exportInterventionsCsv(db, {
      filters: filters(""),
      siteUrl: SITE,
      batchRows: 10,
      readAheadBytes: 1,
    });
    if (!exported.ok) throw new Error("refused");
    const chunks: string[] = [];
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const reader = exported.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(decoder.decode(read.value, { stream: true }));
    }
    // One chunk per FETCH of ten rows (the header with the first), and the writer's end.
    const records = (chunk: string) => chunk.split("https://effectwijzer.example/interventions/").length - 1;
    expect(chunks[0].startsWith(`${CSV_BOM}slug,`)).toBe(true);
    const batches = Array.from({ length: Math.ceil(total / 10) }, (_, i) => Math.min(10, total - i * 10));
    expect(chunks.map(records)).toEqual([...batches, 0]);
    await isFree(db);
  });

  test("a body cancelled part-way ends its transaction", async () => {
    for (const exporter of [exportInterventionsCsv, exportInterventionsJson]) {
      const exported = await exporter(db, {
        filters: filters(""),
        siteUrl: SITE,
        batchRows: 5,
        readAheadBytes: 1,
      });
      if (!exported.ok) throw new Error("refused");
      const reader = exported.body.getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      // On the embedded database a transaction left open would hold every later query.
      await isFree(db);
    }
  });

  test("a failure after the first bytes errors the body: it never ends as if it were whole", async () => {
    for (const exporter of [exportInterventionsCsv, exportInterventionsJson]) {
      const exported = await exporter(db, {
        filters: filters(""),
        siteUrl: SITE,
        batchRows: 5,
        readAheadBytes: 1,
        timeoutMs: 300,
      });
      if (!exported.ok) throw new Error("refused");
      const reader = exported.body.getReader();
      expect((await reader.read()).done).toBe(false);
      // The transaction's time runs out before the next batch is fetched.
      await new Promise((resolve) => setTimeout(resolve, 600));
      let failed = false;
      try {
        for (;;) if ((await reader.read()).done) break;
      } catch {
        failed = true;
      }
      expect(failed).toBe(true);
      await isFree(db);
    }
  });
});
