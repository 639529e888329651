/**
 * The catalogue's public API: the request handlers in lib/intervention/http.ts with a real, seeded database,
 * the CSV export, the OpenAPI document, and one smoke test of the real Next.js route modules.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, prepareAppFolder } from "@/tests/helpers/test-database";
import type { Database, Db } from "@/lib/database/client";
import { handleCsvRequest, handleDetailRequest, handleListRequest } from "@/lib/intervention/http";
import { CSV_BOM, CSV_FILENAME, csvColumns } from "@/lib/intervention/csv";
import { openApiDocument } from "@/lib/openapi";
import { interventionFiltersSchema } from "@/lib/intervention/schemas";
import { interventionDetailSchema, interventionListSchema } from "@/lib/intervention/api-schemas";
import type { InterventionList } from "@/lib/intervention/dto";

const BASE = "http://localhost/api/v1/interventions";
const get = (query: string) => new Request(`${BASE}${query ? `?${query}` : ""}`);

/** Parses CSV text (quoted fields, doubled quotes, CRLF) into rows; enough for checking our own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe("catalogue API", () => {
  let database: Database;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase({ seed: true });
    db = database.prisma;
    // A name with diacritics, quotes, a comma and a formula-like start, to come through the CSV intact.
    await db.intervention.create({
      data: {
        slug: "ouder-kind-samen",
        nameNl: 'Ouder & Kind "Samen", één café – proef',
        nameEn: "=Parent and child together",
        summaryNl: "Testinterventie met bijzondere tekens.",
        summaryEn: "Test intervention with special characters.",
        evidenceLevel: "GOED_BESCHREVEN",
        isDemo: true,
        targetGroups: {
          create: {
            preventionLevel: "SELECTIVE",
            ageMinMonths: -3,
            ageMaxMonths: 48,
            descriptionNl: "Test",
            descriptionEn: "Test",
          },
        },
      },
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  test("GET /api/v1/interventions returns { items, total, page, pageSize, facets } in the documented shape", async () => {
    const response = await handleListRequest(db, get("targetGroup=selective&pageSize=5&page=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as InterventionList;
    expect(Object.keys(body).sort()).toEqual(["facets", "items", "page", "pageSize", "total"]);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(5);
    expect(body.items.length).toBe(Math.min(5, body.total));
    // The response satisfies the same zod schema the OpenAPI document is generated from.
    const checked = interventionListSchema.safeParse(body);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
  });

  test("repeated values are OR; a page past the end is an empty list, not an error", async () => {
    const one = (await (await handleListRequest(db, get("delivery=home-visits"))).json()) as InterventionList;
    const two = (await (
      await handleListRequest(db, get("delivery=home-visits&delivery=video-feedback"))
    ).json()) as InterventionList;
    expect(two.total).toBeGreaterThanOrEqual(one.total);
    const past = await handleListRequest(db, get("page=999&pageSize=100"));
    expect(past.status).toBe(200);
    const body = (await past.json()) as InterventionList;
    expect(body.items).toEqual([]);
    expect(body.total).toBeGreaterThan(0);
  });

  test.each([
    ["unknown parameter", "colour=blue", "colour"],
    ["pageSize=0", "pageSize=0", "pageSize"],
    ["pageSize=101", "pageSize=101", "pageSize"],
    ["page=0", "page=0", "page"],
    ["ageMonths=abc", "ageMonths=abc", "ageMonths"],
    ["ageMonths out of range", "ageMonths=-10", "ageMonths"],
    ["rating=bogus", "rating=bogus", "rating"],
    ["recognised=yes", "recognised=yes", "recognised"],
    ["targetGroup=everyone", "targetGroup=everyone", "targetGroup.0"],
    ["malformed slug", "riskFactor=Not%20A%20Slug", "riskFactor.0"],
    ["minEffect without outcome", "minEffect=0.2", "minEffect"],
    ["minEffect with two outcomes", "minEffect=0.2&outcome=parental-sensitivity&outcome=maltreatment", "minEffect"],
    ["minEffect not a number", "minEffect=big&outcome=maltreatment", "minEffect"],
    ["sort=effect without outcome", "sort=effect", "sort"],
    ["sort=bogus", "sort=bogus", "sort"],
    ["repeated q", "q=a&q=b", "q"],
    ["q too long", `q=${"x".repeat(201)}`, "q"],
  ])("400 for %s, naming the field", async (_label, query, path) => {
    for (const handler of [handleListRequest, handleCsvRequest]) {
      const response = await handler(db, get(query));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
      expect(body.error).toBe("invalid_request");
      expect(body.issues.length).toBeGreaterThan(0);
      expect(body.issues.map((i) => i.path)).toContain(path);
      for (const issue of body.issues) expect(issue.message).toEqual(expect.any(String));
    }
  });

  test("the unknown parameter's issue names it", async () => {
    const body = (await (await handleListRequest(db, get("colour=blue"))).json()) as { issues: { message: string }[] };
    expect(body.issues[0].message).toContain("colour");
  });

  test("GET /api/v1/interventions/{slug}: 200 with the detail, 404 JSON when unknown, 400 when malformed", async () => {
    const ok = await handleDetailRequest(db, "voorzorg");
    expect(ok.status).toBe(200);
    const detail = await ok.json();
    const checked = interventionDetailSchema.safeParse(detail);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(detail.slug).toBe("voorzorg");
    expect(detail.studies.length).toBeGreaterThan(0);

    const missing = await handleDetailRequest(db, "no-such-intervention");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: "not_found",
      issues: [{ path: "slug", message: expect.stringContaining("no-such-intervention") }],
    });

    for (const bad of ["Bad Slug!", "UPPER", "a--b", "", "x".repeat(201), "drop table;"]) {
      const response = await handleDetailRequest(db, bad);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues[0].path).toBe("slug");
    }
  });

  test("GET /api/v1/interventions.csv: BOM, header, one row per match, special characters intact", async () => {
    const response = await handleCsvRequest(db, get("targetGroup=selective&pageSize=1"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${CSV_FILENAME}"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);

    const list = (await (
      await handleListRequest(db, get("targetGroup=selective&pageSize=100"))
    ).json()) as InterventionList;
    expect(rows.length - 1).toBe(list.total);
    expect(Number(response.headers.get("x-total-count"))).toBe(list.total);
    expect(rows.slice(1).map((r) => r[0])).toEqual(list.items.map((i) => i.slug));
    for (const row of rows.slice(1)) expect(row).toHaveLength(csvColumns.length);

    const special = rows.find((r) => r[0] === "ouder-kind-samen")!;
    expect(special[1]).toBe('Ouder & Kind "Samen", één café – proef');
    expect(special[2]).toBe("'=Parent and child together");
    expect(special[3]).toBe("goed-beschreven");
    expect(special[11]).toBe("selective");
    expect(special[12]).toBe("-3");
    expect(special[13]).toBe("48");
    expect(special[16]).toBe("");
    expect(special[17]).toBe("http://localhost/interventions/ouder-kind-samen");
    const cos = rows.find((r) => r[0] === "circle-of-security-parenting");
    if (cos) expect(cos[1]).toContain("–");
  });

  test("the CSV lists the chosen outcome's pooled effect, or all of them", async () => {
    const [best] = await db.$queryRaw<{ slug: string }[]>`
      SELECT o.slug FROM "PooledEffect" pe JOIN "OutcomeDomain" o ON o.id = pe."outcomeDomainId"
      GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`;
    const chosen = parseCsv((await (await handleCsvRequest(db, get(`outcome=${best.slug}`))).text()).slice(1));
    const effects = chosen
      .slice(1)
      .map((r) => r[15])
      .filter((cell) => cell !== "");
    expect(effects.length).toBeGreaterThan(0);
    for (const cell of effects)
      expect(cell).toMatch(
        new RegExp(
          `^${best.slug}: -?\\d+(\\.\\d+)?( \\[-?\\d+(\\.\\d+)?, -?\\d+(\\.\\d+)?\\])? \\((pooled|meta-analysis|single-study), k=\\d+\\)$`,
        ),
      );
    // The certainty column gives the chosen effect's level, and is empty where there is no effect.
    for (const row of chosen.slice(1)) {
      expect(row[16]).toMatch(row[15] === "" ? /^$/ : /^(high|moderate|low|very-low)$/);
    }

    // Without one chosen outcome, every pooled effect of the intervention, in the list's order.
    const all = parseCsv((await (await handleCsvRequest(db, get(""))).text()).slice(1));
    const list = (await (await handleListRequest(db, get("pageSize=100"))).json()) as InterventionList;
    const bySlug = new Map(list.items.map((i) => [i.slug, i]));
    let withEffects = 0;
    for (const row of all.slice(1)) {
      const item = bySlug.get(row[0])!;
      const cells = row[15] === "" ? [] : row[15].split("; ");
      expect(cells.map((c) => c.split(":")[0])).toEqual(item.pooledEffects.map((p) => p.outcome));
      if (cells.length) withEffects += 1;
      expect(row[16]).toBe("");
    }
    expect(withEffects).toBeGreaterThan(0);
  });

  test("the OpenAPI document is 3.1 with the catalogue and submission paths and the filter parameters by name", () => {
    const doc = openApiDocument();
    expect(doc.openapi.startsWith("3.1")).toBe(true);
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(
      [
        "/api/v1/evidence-map",
        "/api/v1/interventions",
        "/api/v1/interventions.csv",
        "/api/v1/interventions.json",
        "/api/v1/interventions/{slug}",
        "/api/v1/meta-analysis",
        "/api/v1/submissions",
        "/api/v1/submissions/{id}",
        "/api/v1/submissions/{id}/submit",
        "/api/v1/submissions/{id}/withdraw",
      ].sort(),
    );
    const params = (op: unknown) => (op as { parameters: { name: string; in: string }[] }).parameters ?? [];
    const list = doc.paths!["/api/v1/interventions"].get!;
    const names = params(list).map((p) => p.name);
    expect(names.sort()).toEqual(Object.keys(interventionFiltersSchema.shape).sort());
    expect(names).toEqual(
      expect.arrayContaining([
        "q",
        "adviceGroup",
        "ageMin",
        "ageMax",
        "targetGroup",
        "riskFactor",
        "ageMonths",
        "outcome",
        "delivery",
        "rating",
        "recognised",
        "minEffect",
        "sort",
        "page",
        "pageSize",
      ]),
    );
    expect(params(list).every((p) => p.in === "query")).toBe(true);
    for (const file of ["/api/v1/interventions.csv", "/api/v1/interventions.json"] as const) {
      expect(
        params(doc.paths![file].get!)
          .map((p) => p.name)
          .sort(),
      ).toEqual(names.sort());
    }
    expect(params(doc.paths!["/api/v1/interventions/{slug}"].get!)).toEqual([
      expect.objectContaining({ name: "slug", in: "path", required: true }),
    ]);
    const responses = (op: unknown) => Object.keys((op as { responses: object }).responses);
    expect(responses(list)).toEqual(expect.arrayContaining(["200", "400"]));
    expect(responses(doc.paths!["/api/v1/interventions/{slug}"].get!)).toEqual(
      expect.arrayContaining(["200", "400", "404"]),
    );
    expect(doc.paths!["/api/v1/meta-analysis"].post!.requestBody).toBeDefined();
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["InterventionList", "InterventionDetail", "Facets", "BadRequest"]),
    );
    const badRequest = JSON.stringify(schemas.BadRequest);
    expect(badRequest).toContain("invalid_request");
    expect(badRequest).toContain("path");
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe("the real route modules (embedded database from the environment)", () => {
  let dir: string;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "effectwijzer-routes-"));
    // Prepare a migrated, seeded database in the folder, closed again before lib/db.ts opens it.
    await prepareAppFolder(dir);
  }, 120_000);

  afterAll(async () => {
    const cache = globalThis as unknown as { effectwijzerDb?: Promise<Database> };
    if (cache.effectwijzerDb) await (await cache.effectwijzerDb).close();
    delete cache.effectwijzerDb;
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.DATABASE_URL;
    if (saved.PGLITE_DIR === undefined) delete process.env.PGLITE_DIR;
    else process.env.PGLITE_DIR = saved.PGLITE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  test("GET handlers answer through lib/db.ts", async () => {
    const list = await import("@/app/api/v1/interventions/route");
    expect(list.dynamic).toBe("force-dynamic");
    const listed = await list.GET(get("q=video&pageSize=2"));
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as InterventionList;
    expect(body.total).toBeGreaterThan(0);
    expect((await list.GET(get("pageSize=0"))).status).toBe(400);

    const detail = await import("@/app/api/v1/interventions/[slug]/route");
    expect((await detail.GET(get(""), { params: Promise.resolve({ slug: "voorzorg" }) })).status).toBe(200);
    expect((await detail.GET(get(""), { params: Promise.resolve({ slug: "nope" }) })).status).toBe(404);

    const csv = await import("@/app/api/v1/interventions.csv/route");
    const exported = await csv.GET(new Request("http://localhost/api/v1/interventions.csv?recognised=true"));
    expect(exported.status).toBe(200);
    expect((await exported.text()).split("\r\n").length).toBeGreaterThan(2);

    const openapi = await import("@/app/api/openapi.json/route");
    const doc = await openapi.GET().json();
    expect(doc.openapi).toMatch(/^3\.1/);
  });
});
