/**
 * No CSV the app writes lets a spreadsheet run a formula from stored text: on real databases, interventions
 * whose every stored text starts with =, +, -, @, a tab or a carriage return are exported, and every text
 * cell of GET /api/v1/interventions.csv and of the exchange format's CSV zip starts with a single quote
 * instead, column by column, while negative numbers (ages in months, effect sizes, CI bounds) are written as
 * plain numbers. The zip still imports into an empty databank with every text and number as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { parse } from "csv-parse/sync";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { createViewer } from "@/tests/helpers/viewers";
import { createDemoIntervention } from "@/seed/factories";
import type { Database, Db } from "@/lib/database/client";
import { csvColumns } from "@/lib/intervention/csv";
import { handleCsvRequest } from "@/lib/intervention/http";
import { catalogueJson, catalogueZip } from "@/lib/transfer/export";
import { importCatalogue } from "@/lib/transfer/import";
import { CSV_FILES, type CsvFileName } from "@/lib/transfer/csv-layout";

const NOW = new Date("2026-06-01T12:00:00Z");
/** Every start that makes a spreadsheet read a cell as a formula. */
const STARTS = ["=", "+", "-", "@", "\t", "\r"] as const;
const FORMULA = /^[=+\-@\t\r]/;

const databases: Database[] = [];
async function database(): Promise<Db> {
  const created = await createTestDatabase();
  databases.push(created);
  return created.prisma;
}

afterAll(async () => {
  for (const d of databases) await d.close();
});

async function bytesOf(pieces: AsyncGenerator<string | Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const piece of pieces) parts.push(typeof piece === "string" ? strToU8(piece) : piece);
  return Buffer.concat(parts);
}

/** The records of a CSV text as objects keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [head, ...rows] = parse(text, { bom: true }) as string[][];
  return rows.map((row) => Object.fromEntries(head.map((column, i) => [column, row[i]])));
}

describe("GET /api/v1/interventions.csv", () => {
  let rows: Record<string, string>[];

  beforeAll(async () => {
    const db = await database();
    for (const [i, start] of STARTS.entries()) {
      await db.outcomeDomain.create({
        data: {
          slug: `${start}outcome-${i}`,
          nameNl: `${start}uitkomst`,
          nameEn: `${start}outcome`,
          higherIsBetter: true,
        },
      });
      const created = await createDemoIntervention(db, {
        slug: `${start}slug-${i}`,
        nameNl: `${start}HYPERLINK("https://evil.example","nl")`,
        nameEn: `${start}1+1 en`,
        ageMinMonths: -9,
        ageMaxMonths: -3,
        studies: [
          {
            citation: `${start}cmd|' /C calc'!A0`,
            outcome: `${start}outcome-${i}`,
            estimate: -0.3,
            ciLower: -0.5,
            ciUpper: -0.1,
          },
        ],
      });
      await db.intervention.update({
        where: { id: created.id },
        data: {
          deliveryModes: { create: { slug: `${start}mode-${i}`, nameNl: `${start}modus`, nameEn: `${start}mode` } },
        },
      });
    }
    const response = await handleCsvRequest(db, new Request("http://localhost/api/v1/interventions.csv"));
    expect(response.status).toBe(200);
    rows = records(await response.text());
  });

  test("every text cell that would start a formula starts with a single quote, column by column", () => {
    expect(rows).toHaveLength(STARTS.length);
    expect(Object.keys(rows[0])).toEqual([...csvColumns]);
    for (const row of rows) {
      // The start of this record's texts: its slug's first character after the quote.
      const start = row.slug[1];
      const i = STARTS.indexOf(start as (typeof STARTS)[number]);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(row.slug).toBe(`'${start}slug-${i}`);
      expect(row.name_nl).toBe(`'${start}HYPERLINK("https://evil.example","nl")`);
      expect(row.name_en).toBe(`'${start}1+1 en`);
      expect(row.delivery_modes).toBe(`'${start}mode-${i}`);
      expect(row.pooled_effects).toMatch(
        new RegExp(`^'\\${start}outcome-${i}: -0\\.30 \\[-0\\.\\d\\d, -0\\.\\d\\d\\] `),
      );
      expect(row.url).toBe(`http://localhost/interventions/${start}slug-${i}`);
      for (const column of csvColumns) {
        if (column === "age_min_months" || column === "age_max_months") continue;
        expect(row[column], `${column} of ${JSON.stringify(row.slug)}`).not.toMatch(FORMULA);
      }
    }
  });

  test("negative ages stay plain numbers", () => {
    for (const row of rows) {
      expect(row.age_min_months).toBe("-9");
      expect(row.age_max_months).toBe("-3");
    }
  });
});

describe("the exchange format's CSV zip", () => {
  let source: Db;
  let zip: Record<string, Uint8Array>;

  beforeAll(async () => {
    source = await database();
    const editor = await createViewer(source, "ADMIN", "=Redacteur");
    await source.outcomeDomain.create({
      data: { slug: "parental-sensitivity", nameNl: "+Sensitiviteit", nameEn: "@Sensitivity", higherIsBetter: true },
    });
    const demo = await createDemoIntervention(source, {
      slug: "hostile-texts",
      nameNl: '=HYPERLINK("https://evil.example","klik")',
      nameEn: "+31 20 123 4567",
      ageMinMonths: -9,
      ageMaxMonths: 24,
      studies: [
        { citation: "@SUM(1+1)", outcome: "parental-sensitivity", estimate: -0.3, ciLower: -0.5, ciUpper: -0.1, n: 80 },
      ],
    });
    await source.intervention.update({
      where: { id: demo.id },
      data: {
        summaryNl: "-2+3",
        summaryEn: "\tTab at the start",
        descriptionNl: "\rCarriage return at the start",
        descriptionEn: "'=an apostrophe already before the formula",
        aimsNl: "''-two apostrophes",
        aimsEn: "'plain apostrophe",
        costNote: "=1+1",
        deliveryModes: { create: { slug: "home-visits", nameNl: "=Huisbezoek", nameEn: "-Home visits" } },
      },
    });
    await source.effectSize.updateMany({ data: { reportedText: "=g -0.30", note: "-0.3 as text" } });
    await source.study.updateMany({ data: { summary: "@summary", reviewerName: editor.name ?? null } });
    zip = unzipSync(await bytesOf(catalogueZip(source, { now: NOW })));
  });

  test("every text cell of every file that would start a formula starts with a single quote; numbers stay numbers", () => {
    let guarded = 0;
    for (const [name, columns] of Object.entries(CSV_FILES) as [CsvFileName, (typeof CSV_FILES)[CsvFileName]][]) {
      for (const row of records(strFromU8(zip[name]))) {
        for (const [column, type] of columns) {
          const cell = row[column];
          if (type === "int" || type === "number") expect(cell, `${name} ${column}`).toMatch(/^(-?[\d.eE+-]+)?$/);
          else expect(cell, `${name} ${column}`).not.toMatch(FORMULA);
          if (cell.startsWith("'")) guarded++;
        }
      }
    }
    const [intervention] = records(strFromU8(zip["interventions.csv"]));
    expect(intervention).toMatchObject({
      nameNl: `'=HYPERLINK("https://evil.example","klik")`,
      nameEn: "'+31 20 123 4567",
      summaryNl: "'-2+3",
      summaryEn: "'\tTab at the start",
      descriptionNl: "'\rCarriage return at the start",
      descriptionEn: "''=an apostrophe already before the formula",
      aimsNl: "'''-two apostrophes",
      aimsEn: "'plain apostrophe",
      costNote: "'=1+1",
    });
    const [group] = records(strFromU8(zip["target-groups.csv"]));
    expect([group.ageMinMonths, group.ageMaxMonths]).toEqual(["-9", "24"]);
    const [effect] = records(strFromU8(zip["effect-sizes.csv"]));
    expect(Number(effect.yi)).toBeLessThan(0);
    expect(effect.yi).toMatch(/^-0\.\d+$/);
    expect([effect.reportedEstimate, effect.reportedCiLower, effect.reportedCiUpper]).toEqual(["-0.3", "-0.5", "-0.1"]);
    expect([effect.reportedText, effect.note]).toEqual(["'=g -0.30", "'-0.3 as text"]);
    expect(records(strFromU8(zip["studies.csv"]))[0]).toMatchObject({ citation: "'@SUM(1+1)", summary: "'@summary" });
    expect(records(strFromU8(zip["delivery-modes.csv"]))[0]).toMatchObject({
      nameNl: "'=Huisbezoek",
      nameEn: "'-Home visits",
    });
    expect(records(strFromU8(zip["outcome-domains.csv"]))[0]).toMatchObject({
      nameNl: "'+Sensitiviteit",
      nameEn: "'@Sensitivity",
    });
    expect(guarded).toBeGreaterThanOrEqual(16);
  });

  test("imports into an empty databank with every text and number as it was", async () => {
    const target = await database();
    const importer = await createViewer(target, "ADMIN", "Importeur");
    const bytes = await bytesOf(catalogueZip(source, { now: NOW }));
    const report = await importCatalogue(
      { viewer: importer, file: { name: "catalogue.zip", bytes, format: "csv-zip" } },
      target,
    );
    expect(report.ok, JSON.stringify(report)).toBe(true);
    const [before, after] = await Promise.all(
      [source, target].map(async (db) => JSON.parse(strFromU8(await bytesOf(catalogueJson(db, { now: NOW }))))),
    );
    expect(after).toEqual(before);
    expect(after.interventions[0]).toMatchObject({
      nameNl: '=HYPERLINK("https://evil.example","klik")',
      summaryNl: "-2+3",
      descriptionEn: "'=an apostrophe already before the formula",
      aimsNl: "''-two apostrophes",
      aimsEn: "'plain apostrophe",
    });
    expect(after.interventions[0].targetGroups[0]).toMatchObject({ ageMinMonths: -9 });
    expect(after.interventions[0].studies[0].effectSizes[0]).toMatchObject({
      reportedEstimate: -0.3,
      reportedCiLower: -0.5,
      reportedText: "=g -0.30",
    });
  });
});
