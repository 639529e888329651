/**
 * The municipal report on a real database: a comparison's report holds every intervention with its forest
 * plots and refuses unknown slugs by name; a shortlist's report is its owner's only (others: not found,
 * anonymous: unauthorized) and carries the notes; the PDF parses and holds the names, the data's date and
 * the glyphs that need the embedded font.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTestDatabase } from "@/tests/helpers/test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Database, Db } from "@/lib/database/client";
import { createDemoIntervention } from "@/seed/factories";
import { findComparisonReport, getComparisonReport, getShortlistReport } from "./report";
import { renderReportPdf } from "@/components/decision/report-pdf";

let database: Database;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  db = database.prisma;
  await createDemoIntervention(db, {
    slug: "demo-report-forest",
    nameNl: "Demo-rapport met forest plot",
    studies: [
      {
        citation: "Demo R1. Synthetic trial",
        outcome: "parental-sensitivity",
        estimate: 0.35,
        ciLower: 0.1,
        ciUpper: 0.6,
        n: 120,
      },
      {
        citation: "Demo R2. Synthetic trial",
        outcome: "parental-sensitivity",
        estimate: 0.15,
        ciLower: -0.1,
        ciUpper: 0.4,
        n: 150,
      },
    ],
  });
});
afterAll(async () => {
  await database?.close();
});

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}

describe("a comparison's report", () => {
  test("holds each intervention with its pooled forest plot, and the date of the data", async () => {
    const data = await getComparisonReport(db, { slugs: ["demo-report-forest", "voorzorg"] });
    expect(data.items.map((i) => i.intervention.slug)).toEqual(["demo-report-forest", "voorzorg"]);
    expect(Object.keys(data.items[0].forests)).toEqual(["parental-sensitivity"]);
    expect(data.items[0].forests["parental-sensitivity"].rows).toHaveLength(2);
    expect(data.items[1].forests).toEqual({});
    expect(data.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("names the slugs that are not interventions instead of leaving them out", async () => {
    expect((await findComparisonReport(db, { slugs: ["voorzorg", "bestaat-niet"] })).unknown).toEqual(["bestaat-niet"]);
    const error = await refusal(getComparisonReport(db, { slugs: ["voorzorg", "bestaat-niet"] }));
    expect(error).toMatchObject({ code: "NOT_FOUND", issues: [{ path: "slug" }] });
  });

  test("as a PDF in Dutch: parses, names the interventions, and keeps τ², negative numbers and the caveats", async () => {
    const data = await getComparisonReport(db, { slugs: ["demo-report-forest", "voorzorg"] });
    const text = await pdfText(await renderReportPdf(data, "nl"));
    expect(text).toContain("Rapport voor de gemeente");
    expect(text).toContain("Demo-rapport met forest plot");
    expect(text).toContain("VoorZorg");
    expect(text).toContain("τ²");
    // The second synthetic study's CI starts below zero.
    expect(text).toMatch(/[-−]0,10/);
    expect(text).toContain("Ga na of een interventie past bij de lokale behoeften");
    expect(text).toMatch(/Pagina 1 van \d/);
  });
});

describe("a shortlist's report", () => {
  test("is its owner's, with the notes; anyone else gets not found, a visitor unauthorized", async () => {
    const owner = await createViewer(db, "OFFICER", "Eigenaar");
    const other = await createViewer(db, "OFFICER", "Ander");
    const [a, b] = await Promise.all(
      ["vipp", "demo-report-forest"].map((slug) => db.intervention.findUniqueOrThrow({ where: { slug } })),
    );
    const list = await db.shortlist.create({
      data: {
        ownerId: owner.id,
        name: "Wijkteam Noord",
        items: {
          create: [
            { interventionId: a.id, note: "Navragen bij de GGD", addedSnapshot: {}, seenSnapshot: {} },
            { interventionId: b.id, addedSnapshot: {}, seenSnapshot: {} },
          ],
        },
      },
    });
    const data = await getShortlistReport(db, { viewer: owner, shortlistId: list.id });
    expect(data).toMatchObject({ kind: "shortlist", name: "Wijkteam Noord" });
    expect(data.items.map((i) => [i.intervention.slug, i.note])).toEqual([
      ["vipp", "Navragen bij de GGD"],
      ["demo-report-forest", null],
    ]);
    const text = await pdfText(await renderReportPdf(data, "nl"));
    expect(text).toContain("Shortlist: Wijkteam Noord");
    expect(text).toContain("Navragen bij de GGD");

    expect(await refusal(getShortlistReport(db, { viewer: other, shortlistId: list.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(getShortlistReport(db, { viewer: owner, shortlistId: "bestaat-niet" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(getShortlistReport(db, { viewer: null, shortlistId: list.id }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
