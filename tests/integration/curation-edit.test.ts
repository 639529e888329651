/**
 * Editing interventions on a real database: two saves based on one version (one wins, the other is refused
 * with a conflict that names the changed field, nothing overwritten); a save increments the version and
 * writes one audit row with each changed field; target groups with their Health Council groups reach the
 * catalogue's filters through the facet triggers; provenance is saved per field and follows its target
 * group; bad input names the field and writes nothing; only editors may save.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createDemoIntervention } from "@/seed/factories";
import {
  findInterventionsForEditing,
  getInterventionForEdit,
  updateIntervention,
  type InterventionForEdit,
} from "@/lib/curation/intervention-edit";
import type { EditableRecord } from "@/lib/curation/intervention-edit-schema";
import { findInterventions, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";

let db: Db;
let admin: Viewer;
let secondAdmin: Viewer;
let researcher: Viewer;

let counter = 0;
/** A synthetic intervention of its own for each test, with one universal target group. */
async function demo(): Promise<string> {
  const slug = `edit-test-${++counter}`;
  await createDemoIntervention(db, { slug, nameNl: `Bewerktest ${counter}`, preventionLevel: "UNIVERSAL" });
  // The factory's group has no Health Council group yet; a save requires one.
  await db.targetGroup.updateMany({ where: { intervention: { slug } }, data: { adviceGroups: ["UNIVERSAL"] } });
  return slug;
}

async function load(slug: string, viewer = admin): Promise<InterventionForEdit> {
  const loaded = await getInterventionForEdit({ viewer, slug }, db);
  if (!loaded) throw new Error(`no intervention ${slug}`);
  return loaded;
}

/** A save of `loaded` with `change` applied to a copy of its record. */
function edit(loaded: InterventionForEdit, change: (record: EditableRecord) => void) {
  const record = structuredClone(loaded.record);
  change(record);
  return { version: loaded.version, base: loaded.record, record };
}

async function auditRows(slug: string) {
  const { id } = await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return db.auditLog.findMany({
    where: { entityType: "Intervention", entityId: String(id) },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, data: true },
  });
}

/** Whether the catalogue lists the intervention for these query-string filters. */
async function catalogueHas(slug: string, filters: Record<string, string>): Promise<boolean> {
  const parsed = withDefaults(interventionFiltersSchema.parse({ ...filters, pageSize: "100" }));
  const page = await findInterventions(db, { filters: parsed });
  return page.items.some((item) => item.slug === slug);
}

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  admin = await createViewer(db, "ADMIN", "redacteur");
  secondAdmin = await createViewer(db, "ADMIN", "tweede-redacteur");
  researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
});

describe("two saves based on the same version", () => {
  test("one wins; the other gets a conflict naming the changed field and overwrites nothing", async () => {
    const slug = await demo();
    const first = await load(slug, admin);
    const second = await load(slug, secondAdmin);
    const saves = await Promise.allSettled([
      updateIntervention(
        {
          viewer: admin,
          slug,
          input: edit(first, (r) => void (r.summary.nl = "Samenvatting van de eerste redacteur.")),
        },
        db,
      ),
      updateIntervention(
        {
          viewer: secondAdmin,
          slug,
          input: edit(second, (r) => void (r.summary.nl = "Samenvatting van de tweede redacteur.")),
          locale: "nl",
        },
        db,
      ),
    ]);
    const won = saves.filter((s) => s.status === "fulfilled");
    const lost = saves.filter((s) => s.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = saves[0].status === "fulfilled" ? "eerste" : "tweede";

    const error = (lost[0] as PromiseRejectedResult).reason;
    expect(error).toMatchObject({ code: "CONFLICT" });
    const changed = error.issues.find((issue: { path: string }) => issue.path === "summary.nl");
    expect(changed).toBeDefined();
    // In the language of the refused save: the second's was Dutch, the first's English.
    expect(changed.message).toMatch(
      winner === "eerste" ? /^Samenvatting \(Nederlands\): nu “/ : /^Summary \(Dutch\): now “/,
    );
    expect(changed.message).toContain(`Samenvatting van de ${winner} redacteur.`);

    const stored = await db.intervention.findUniqueOrThrow({
      where: { slug },
      select: { summaryNl: true, version: true },
    });
    expect(stored).toEqual({ summaryNl: `Samenvatting van de ${winner} redacteur.`, version: 2 });
    expect(await auditRows(slug)).toHaveLength(1);
  });

  test("a save based on the old version after another save is refused, listing every field changed since", async () => {
    const slug = await demo();
    const stale = await load(slug);
    await updateIntervention(
      {
        viewer: secondAdmin,
        slug,
        input: edit(stale, (r) => {
          r.name.en = "Edited meanwhile";
          r.targetGroups[0].adviceGroups = ["asks-for-support"];
        }),
      },
      db,
    );
    const error = await refusal(
      updateIntervention(
        { viewer: admin, slug, input: edit(stale, (r) => void (r.costYear = 2024)), locale: "nl" },
        db,
      ),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.issues.map((issue) => issue.path)).toEqual(["name.en", "targetGroups.0.adviceGroups"]);
    expect(error.issues[0].message).toBe("Naam (Engels): nu “Edited meanwhile”");
    expect(error.issues[1].message).toBe(
      "Doelgroep 1: Doelgroepen van de Gezondheidsraad: nu Ouders die zelf om steun vragen",
    );
    const stored = await db.intervention.findUniqueOrThrow({
      where: { slug },
      select: { costYear: true, version: true },
    });
    expect(stored).toEqual({ costYear: null, version: 2 });

    // Loaded again, the same change saves.
    const fresh = await load(slug);
    const saved = await updateIntervention(
      { viewer: admin, slug, input: edit(fresh, (r) => void (r.costYear = 2024)) },
      db,
    );
    expect(saved).toEqual({ changed: true, version: 3 });
  });
});

describe("a save", () => {
  test("increments the version and writes one audit row with each changed field, before and after", async () => {
    const slug = await demo();
    const loaded = await load(slug);
    expect(loaded.version).toBe(1);
    const result = await updateIntervention(
      {
        viewer: admin,
        slug,
        input: edit(loaded, (r) => {
          r.summary.nl = "  Nieuwe samenvatting.  ";
          r.costPerFamily = 1250.5;
          r.costCurrency = "gbp";
          r.costYear = 2025;
          r.costSourceUrl = "https://example.org/kosten";
          r.website = "https://example.org/interventie";
          r.availabilityNl = "limited";
        }),
      },
      db,
    );
    expect(result).toEqual({ changed: true, version: 2 });
    const after = await load(slug);
    expect(after.version).toBe(2);
    expect(after.record).toMatchObject({
      summary: { nl: "Nieuwe samenvatting." },
      costPerFamily: 1250.5,
      costCurrency: "GBP",
      costYear: 2025,
      costSourceUrl: "https://example.org/kosten",
      website: "https://example.org/interventie",
      availabilityNl: "limited",
    });
    const rows = await auditRows(slug);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, action: "intervention.update" });
    expect(rows[0].data).toEqual({
      slug,
      version: { from: 1, to: 2 },
      changes: [
        {
          path: "summary.nl",
          before: "Synthetische interventie voor demonstratie en tests.",
          after: "Nieuwe samenvatting.",
        },
        { path: "costPerFamily", before: null, after: 1250.5 },
        { path: "costCurrency", before: null, after: "GBP" },
        { path: "costYear", before: null, after: 2025 },
        { path: "costSourceUrl", before: null, after: "https://example.org/kosten" },
        { path: "availabilityNl", before: "unknown", after: "limited" },
        { path: "website", before: null, after: "https://example.org/interventie" },
      ],
    });
    // The public record shows it.
    const detail = await getInterventionBySlug(db, { slug });
    expect(detail?.summary.nl).toBe("Nieuwe samenvatting.");
    // Pounds stay pounds: no euro amount is derived from them.
    expect(detail).toMatchObject({ costPerFamily: 1250.5, costCurrency: "GBP", costPerFamilyEur: null });
  });

  test("of an unchanged record writes nothing", async () => {
    const slug = await demo();
    const loaded = await load(slug);
    expect(await updateIntervention({ viewer: admin, slug, input: edit(loaded, () => {}) }, db)).toEqual({
      changed: false,
      version: 1,
    });
    expect(await auditRows(slug)).toEqual([]);
  });
});

describe("target groups", () => {
  test("added, edited and removed with their Health Council groups, and the catalogue's filters see them", async () => {
    const slug = await demo();
    const riskFactor = await db.riskFactor.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } });
    const delivery = await db.deliveryMode.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } });
    const wanted = {
      targetGroup: "selective",
      adviceGroup: "maltreatment-occurs",
      riskFactor: riskFactor.slug,
      delivery: delivery.slug,
      ageMonths: "-5",
    };
    expect(await catalogueHas(slug, wanted)).toBe(false);

    const loaded = await load(slug);
    const originalId = loaded.record.targetGroups[0].id;
    await updateIntervention(
      {
        viewer: admin,
        slug,
        input: edit(loaded, (r) => {
          r.deliveryModes = [delivery.slug];
          r.targetGroups[0].description.nl = "Alle ouders van baby’s";
          r.targetGroups.push({
            id: null,
            preventionLevel: "selective",
            ageMinMonths: -9,
            ageMaxMonths: 12,
            description: { nl: "Zwangere vrouwen met risicofactoren", en: "Pregnant women with risk factors" },
            riskFactors: [riskFactor.slug],
            adviceGroups: ["maltreatment-occurs", "risk-factors"],
          });
        }),
      },
      db,
    );
    // Read from the pending facet rows at once, and from the merged bitmaps after the merge.
    expect(await catalogueHas(slug, wanted)).toBe(true);
    await mergeFacetBitmaps(db);
    expect(await catalogueHas(slug, wanted)).toBe(true);
    expect(await catalogueHas(slug, { targetGroup: "universal" })).toBe(true);

    const saved = await load(slug);
    expect(saved.record.targetGroups).toHaveLength(2);
    expect(saved.record.targetGroups[0]).toMatchObject({
      id: originalId,
      description: { nl: "Alle ouders van baby’s" },
    });
    expect(saved.record.targetGroups[1]).toMatchObject({
      preventionLevel: "selective",
      ageMinMonths: -9,
      ageMaxMonths: 12,
      riskFactors: [riskFactor.slug],
      adviceGroups: expect.arrayContaining(["maltreatment-occurs", "risk-factors"]),
    });

    // Removing the first group leaves the new one; the universal level is gone from the filters.
    await updateIntervention({ viewer: admin, slug, input: edit(saved, (r) => void r.targetGroups.shift()) }, db);
    await mergeFacetBitmaps(db);
    expect(await catalogueHas(slug, { targetGroup: "universal" })).toBe(false);
    expect(await catalogueHas(slug, wanted)).toBe(true);
    const [audit] = (await auditRows(slug)).slice(-1);
    expect((audit.data as { changes: { path: string; after: unknown }[] }).changes).toEqual([
      expect.objectContaining({ path: "targetGroups.0", after: null }),
    ]);
  });
});

describe("provenance", () => {
  test("is saved per field by its detail path, and follows its target group when an earlier group is removed", async () => {
    const slug = await demo();
    const first = await load(slug);
    await updateIntervention(
      {
        viewer: admin,
        slug,
        input: edit(first, (r) => {
          r.targetGroups.push({ ...structuredClone(r.targetGroups[0]), id: null, preventionLevel: "indicated" });
          r.provenance.summary = {
            kind: "inferred",
            reason: { nl: "Samengevat door de redactie.", en: "Summarised by the editors." },
            sourceUrl: null,
          };
          r.provenance["targetGroups.1.preventionLevel"] = {
            kind: "unverified",
            reason: { nl: "Van de website van de aanbieder.", en: "From the provider’s website." },
            sourceUrl: "https://example.org/aanbieder",
          };
        }),
      },
      db,
    );
    const { id } = await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // A row of a shape the form does not edit (one language of a group's description) is kept and follows too.
    await db.fieldProvenance.create({
      data: {
        interventionId: id,
        path: "targetGroups.1.description.nl",
        kind: "UNVERIFIED",
        reasonNl: "Uit een folder.",
        reasonEn: "From a leaflet.",
        sourceUrl: "https://example.org/folder",
      },
    });
    const rows = () =>
      db.fieldProvenance.findMany({
        where: { interventionId: id },
        orderBy: { path: "asc" },
        select: { path: true, kind: true, sourceUrl: true },
      });
    expect(await rows()).toEqual([
      { path: "summary", kind: "INFERRED", sourceUrl: null },
      { path: "targetGroups.1.description.nl", kind: "UNVERIFIED", sourceUrl: "https://example.org/folder" },
      { path: "targetGroups.1.preventionLevel", kind: "UNVERIFIED", sourceUrl: "https://example.org/aanbieder" },
    ]);
    const detail = await getInterventionBySlug(db, { slug });
    expect(detail?.provenance["targetGroups.1.preventionLevel"]).toEqual({
      kind: "unverified",
      reason: { nl: "Van de website van de aanbieder.", en: "From the provider’s website." },
      sourceUrl: "https://example.org/aanbieder",
    });

    // The form removes group 0 and renumbers its own entries; the server renumbers the others.
    const second = await load(slug);
    expect(second.otherProvenance.map((p) => p.path)).toEqual(["targetGroups.1.description.nl"]);
    await updateIntervention(
      {
        viewer: admin,
        slug,
        input: edit(second, (r) => {
          r.targetGroups.shift();
          r.provenance["targetGroups.0.preventionLevel"] = r.provenance["targetGroups.1.preventionLevel"];
          delete r.provenance["targetGroups.1.preventionLevel"];
          delete r.provenance.summary;
        }),
      },
      db,
    );
    expect(await rows()).toEqual([
      { path: "targetGroups.0.description.nl", kind: "UNVERIFIED", sourceUrl: "https://example.org/folder" },
      { path: "targetGroups.0.preventionLevel", kind: "UNVERIFIED", sourceUrl: "https://example.org/aanbieder" },
    ]);
  });

  test("unverified needs where it was seen", async () => {
    const slug = await demo();
    const loaded = await load(slug);
    const error = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          input: edit(loaded, (r) => {
            r.provenance.website = { kind: "unverified", reason: { nl: "Gezien", en: "Seen" }, sourceUrl: null };
          }),
        },
        db,
      ),
    );
    expect(error).toMatchObject({ code: "INVALID", issues: [{ path: "provenance.website.sourceUrl" }] });
  });
});

describe("bad input", () => {
  test("names each field, in the page's language, and writes nothing", async () => {
    const slug = await demo();
    const loaded = await load(slug);
    const auditBefore = await db.auditLog.count();
    const error = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          locale: "nl",
          input: edit(loaded, (r) => {
            r.summary.nl = "Dit zou niet opgeslagen mogen worden.";
            r.name.en = "   ";
            r.website = "javascript:alert(1)";
            r.sessionsMin = 10;
            r.sessionsMax = 4;
            r.targetGroups[0].ageMinMonths = 24;
            r.targetGroups[0].ageMaxMonths = 12;
            r.targetGroups[0].adviceGroups = ["universal", "risk-factors"];
          }),
        },
        db,
      ),
    );
    expect(error.code).toBe("INVALID");
    expect(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]))).toEqual({
      "name.en": "Vul dit veld in",
      website: "Geef een webadres dat begint met http:// of https://",
      sessionsMax: "Het maximum ligt onder het minimum",
      "targetGroups.0.ageMaxMonths": "De maximumleeftijd ligt onder de minimumleeftijd",
      "targetGroups.0.adviceGroups": "‘Alle ouders’ gaat niet samen met een van de andere groepen",
    });

    // An amount needs its currency, a currency its amount, and a currency is an ISO 4217 code.
    const costs = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          locale: "nl",
          input: edit(loaded, (r) => {
            r.costPerFamily = 900;
            r.costSourceUrl = "ergens";
          }),
        },
        db,
      ),
    );
    expect(Object.fromEntries(costs.issues.map((issue) => [issue.path, issue.message]))).toEqual({
      costCurrency: "Geef de valuta van het bedrag (zoals EUR)",
      costSourceUrl: "Geef een webadres dat begint met http:// of https://",
    });
    const currency = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          locale: "en",
          input: edit(loaded, (r) => {
            r.costPerFamily = 900;
            r.costCurrency = "euro";
          }),
        },
        db,
      ),
    );
    expect(currency.issues).toEqual([
      { path: "costCurrency", message: "Give the currency as a code of three capital letters, such as EUR or GBP" },
    ]);
    const alone = await refusal(
      updateIntervention(
        { viewer: admin, slug, locale: "en", input: edit(loaded, (r) => void (r.costCurrency = "EUR")) },
        db,
      ),
    );
    expect(alone.issues.map((issue) => issue.path)).toEqual(["costPerFamily"]);

    const unknown = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          input: edit(loaded, (r) => {
            r.summary.nl = "Dit zou niet opgeslagen mogen worden.";
            r.deliveryModes = ["no-such-mode"];
            r.targetGroups[0].riskFactors = ["no-such-risk"];
            r.targetGroups[0].ageMinMonths = -10;
          }),
        },
        db,
      ),
    );
    expect(unknown.issues.map((issue) => issue.path)).toEqual(["targetGroups.0.ageMinMonths"]);
    const unknownSlugs = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          input: edit(loaded, (r) => {
            r.summary.nl = "Dit zou niet opgeslagen mogen worden.";
            r.deliveryModes = ["no-such-mode"];
            r.targetGroups[0].riskFactors = ["no-such-risk"];
          }),
        },
        db,
      ),
    );
    expect(unknownSlugs.issues).toEqual([
      { path: "deliveryModes.0", message: 'There is no delivery mode "no-such-mode"' },
      { path: "targetGroups.0.riskFactors.0", message: 'There is no risk factor "no-such-risk"' },
    ]);

    const stored = await db.intervention.findUniqueOrThrow({
      where: { slug },
      select: { summaryNl: true, version: true },
    });
    expect(stored).toEqual({ summaryNl: "Synthetische interventie voor demonstratie en tests.", version: 1 });
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  test("an unknown field or a target group of another intervention is refused", async () => {
    const slug = await demo();
    const other = await load(await demo());
    const loaded = await load(slug);
    const foreign = await refusal(
      updateIntervention(
        {
          viewer: admin,
          slug,
          input: edit(loaded, (r) => void (r.targetGroups[0].id = other.record.targetGroups[0].id)),
        },
        db,
      ),
    );
    expect(foreign.issues.map((issue) => issue.path)).toEqual(["targetGroups.0.id"]);
    const extra = await refusal(
      updateIntervention(
        { viewer: admin, slug, input: { ...edit(loaded, () => {}), record: { ...loaded.record, slug: "x" } as never } },
        db,
      ),
    );
    expect(extra.issues).toEqual([{ path: "slug", message: 'Unknown field "slug"' }]);
  });
});

describe("who may edit", () => {
  test("a researcher and an anonymous caller are refused, and nothing is written", async () => {
    const slug = await demo();
    const loaded = await load(slug);
    const input = edit(loaded, (r) => void (r.summary.nl = "Door een onderzoeker."));
    expect((await refusal(updateIntervention({ viewer: researcher, slug, input }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(updateIntervention({ viewer: null, slug, input }, db))).code).toBe("UNAUTHORIZED");
    expect((await refusal(getInterventionForEdit({ viewer: researcher, slug }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(findInterventionsForEditing({ viewer: researcher }, db))).code).toBe("FORBIDDEN");
    const stored = await db.intervention.findUniqueOrThrow({
      where: { slug },
      select: { summaryNl: true, version: true },
    });
    expect(stored).toEqual({ summaryNl: "Synthetische interventie voor demonstratie en tests.", version: 1 });
  });

  test("an unknown intervention is not found", async () => {
    const loaded = await load(await demo());
    expect(
      (
        await refusal(
          updateIntervention({ viewer: admin, slug: "no-such-intervention", input: edit(loaded, () => {}) }, db),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("the editors' list", () => {
  test("finds interventions by a part of the name or code, page by page", async () => {
    const slug = await demo();
    const page = await findInterventionsForEditing({ viewer: admin, q: slug.toUpperCase() }, db);
    expect(page.items.map((item) => item.slug)).toEqual([slug]);
    const all = await findInterventionsForEditing({ viewer: admin, q: "bewerktest", pageSize: 2, page: 1 }, db);
    expect(all.total).toBe(counter);
    expect(all.items).toHaveLength(2);
  });
});
