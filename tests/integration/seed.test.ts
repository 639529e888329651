import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";
import { curatedData, seedCurated } from "@/seed/load-curated";
import { applyDataMigrations, loadDataMigrations, type DataMigration } from "@/seed/data-migrations/runner";
import { curatedInterventions } from "@/seed/curated/interventions";
import { curatedContextStudies } from "@/seed/curated/context-studies";
import { recomputePooledEffects } from "@/lib/evidence/pooling";
import type { Database, Db } from "@/lib/database/client";

let database: Database;
/** Each curated intervention as the seed loads it into an empty database, before any test changes it. */
const reference = new Map<string, unknown>();

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  for (const c of curatedInterventions) reference.set(c.slug, await curatedRecord(database.prisma, c.slug));
});
afterAll(async () => {
  await database?.close();
});

/** Every row of the curated tables, for comparing two states of the database. */
async function snapshot(p: Db = database.prisma) {
  return {
    riskFactors: await p.riskFactor.findMany({ orderBy: { id: "asc" } }),
    outcomeDomains: await p.outcomeDomain.findMany({ orderBy: { id: "asc" } }),
    deliveryModes: await p.deliveryMode.findMany({ orderBy: { id: "asc" } }),
    clearinghouses: await p.clearinghouse.findMany({ orderBy: { id: "asc" }, include: { levels: true } }),
    interventions: await p.intervention.findMany({
      orderBy: { id: "asc" },
      include: { deliveryModes: { select: { id: true }, orderBy: { id: "asc" } } },
    }),
    targetGroups: await p.targetGroup.findMany({
      orderBy: { id: "asc" },
      include: { riskFactors: { select: { id: true } } },
    }),
    externalRatings: await p.externalRating.findMany({ orderBy: { id: "asc" } }),
    ratingEvents: await p.ratingEvent.findMany({ orderBy: { id: "asc" } }),
    recognitions: await p.recognition.findMany({ orderBy: { interventionId: "asc" } }),
    provenance: await p.fieldProvenance.findMany({ orderBy: { id: "asc" } }),
    studies: await p.study.findMany({ orderBy: { id: "asc" } }),
    effectSizes: await p.effectSize.findMany({ orderBy: { id: "asc" } }),
    pooled: await p.pooledEffect.findMany({ orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }] }),
  };
}

/**
 * Row ids, foreign keys and timestamps differ between databases, and a pool's last float bits with the order
 * its studies were added in; what the record says does not.
 */
function withoutIds(value: unknown): unknown {
  if (typeof value === "number") return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "id" && !k.endsWith("Id") && k !== "createdAt" && k !== "updatedAt")
        .map(([k, v]) => [k, withoutIds(v)]),
    );
  }
  return value;
}

/** One intervention with everything the seed writes for it, references by slug or key, comparable across databases. */
async function curatedRecord(p: Db, slug: string) {
  const record = await p.intervention.findUniqueOrThrow({
    where: { slug },
    include: {
      deliveryModes: { select: { slug: true }, orderBy: { slug: "asc" } },
      targetGroups: {
        orderBy: { id: "asc" },
        include: { riskFactors: { select: { slug: true }, orderBy: { slug: "asc" } } },
      },
      recognition: true,
      ratingEvents: { orderBy: { id: "asc" } },
      externalRatings: {
        orderBy: [{ clearinghouse: { slug: "asc" } }, { level: "asc" }],
        include: { clearinghouse: { select: { slug: true } }, scaleLevel: { select: { commonLevel: true } } },
      },
      provenance: { orderBy: { path: "asc" } },
      studies: {
        orderBy: { key: "asc" },
        include: {
          effectSizes: { orderBy: { id: "asc" }, include: { outcomeDomain: { select: { slug: true } } } },
        },
      },
      pooledEffects: {
        orderBy: { outcomeDomain: { slug: "asc" } },
        include: { outcomeDomain: { select: { slug: true } }, sourceStudy: { select: { key: true } } },
      },
    },
  });
  return withoutIds(record) as typeof record;
}

describe("curated seed", () => {
  it("loads every curated intervention with its studies and effect sizes", async () => {
    const p = database.prisma;
    expect(curatedInterventions.length).toBeGreaterThanOrEqual(18);
    expect(await p.intervention.count()).toBe(curatedInterventions.length);
    const expectedStudies =
      curatedInterventions.reduce((n, i) => n + i.studies.length, 0) + curatedContextStudies.length;
    const expectedEffects =
      curatedInterventions.reduce((n, i) => n + i.studies.reduce((m, s) => m + s.effects.length, 0), 0) +
      curatedContextStudies.reduce((m, s) => m + s.effects.length, 0);
    expect(await p.study.count()).toBe(expectedStudies);
    expect(await p.effectSize.count()).toBe(expectedEffects);
    expect(await p.externalRating.count()).toBe(curatedInterventions.reduce((n, i) => n + i.externalRatings.length, 0));
    expect(await p.ratingEvent.count()).toBe(curatedInterventions.reduce((n, i) => n + i.ratingHistory.length, 0));
    // Context meta-analyses belong to no intervention.
    expect(await p.study.count({ where: { interventionId: null } })).toBe(curatedContextStudies.length);
  });

  it("keeps the sourced numbers exactly (Wilson 2012: maternal report ES 0.61, 95% CI 0.42-0.79)", async () => {
    const effect = await database.prisma.effectSize.findFirstOrThrow({
      where: { reportedEstimate: 0.61, study: { intervention: { slug: "triple-p" } } },
    });
    expect(effect.reportedCiLower).toBe(0.42);
    expect(effect.reportedCiUpper).toBe(0.79);
    expect(effect.yi).toBeCloseTo(0.61, 10);
    expect(Math.sqrt(effect.vi!)).toBeCloseTo((0.79 - 0.42) / (2 * 1.959964), 5);
  });

  it("gives every rating and effect size a source and never invents statistics for NV values", async () => {
    const ratings = await database.prisma.externalRating.findMany({ include: { clearinghouse: true } });
    for (const r of ratings) expect(r.url ?? r.note, `${r.clearinghouse.slug} ${r.level}`).toBeTruthy();
    const effects = await database.prisma.effectSize.findMany({ include: { study: true } });
    for (const e of effects) {
      expect(e.study.citation.length).toBeGreaterThan(10);
      expect(e.reportedText, `effect ${e.id}`).toBeTruthy();
      if (e.inputForm === "REPORTED") expect(e.yi).toBeNull();
    }
    const events = await database.prisma.ratingEvent.findMany();
    for (const ev of events) expect(ev.sourceUrl ?? ev.justification).toBeTruthy();
  });

  it("keeps the Home-Start rating history from 2006 to 2019 and recognises only Effectief levels", async () => {
    const homeStart = await database.prisma.intervention.findUniqueOrThrow({
      where: { slug: "home-start" },
      include: { ratingEvents: { orderBy: { id: "asc" } }, recognition: true },
    });
    // 2006 "Goed onderbouwd" was a recognition (erkend als goed onderbouwd), not "niet erkend".
    expect(homeStart.ratingEvents.map((e) => [e.decidedOn, e.fromStatus, e.toStatus, e.toLevel])).toEqual([
      ["2006-06-10", "ONBEKEND", "ERKEND", "GOED_ONDERBOUWD"],
      ["2019-04-08", "ERKEND", "ERKEND", "GOEDE_AANWIJZINGEN"],
    ]);
    expect(homeStart.ratingEvents.map((e) => e.toRecognised)).toEqual([false, true]);
    expect(homeStart.evidenceLevel).toBe("GOEDE_AANWIJZINGEN");
    expect(homeStart.recognition?.isRecognised).toBe(true);
    expect(homeStart.recognition?.expiresOn?.toISOString().slice(0, 10)).toBe("2024-04-08");
    const recognised = await database.prisma.recognition.findMany({
      where: { isRecognised: true },
      include: { intervention: { select: { evidenceLevel: true } } },
    });
    for (const r of recognised) {
      expect(["EERSTE_AANWIJZINGEN", "GOEDE_AANWIJZINGEN", "STERKE_AANWIJZINGEN"]).toContain(
        r.intervention.evidenceLevel,
      );
    }
  });

  it("stores VIPP-SD's NCJ statement as an unverified recognition, not as a verified Dutch decision", async () => {
    const vipp = await database.prisma.intervention.findUniqueOrThrow({
      where: { slug: "vipp-sd" },
      include: { recognition: true },
    });
    expect(vipp.recognition?.status).toBe("ERKEND");
    expect(vipp.recognition?.level).toBe("STERKE_AANWIJZINGEN");
    expect(vipp.recognition?.isVerified).toBe(false);
    expect(vipp.recognition?.sourceUrl).toContain("ncj.nl");
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await snapshot();
    const summary = await seedCurated(database.prisma);
    expect(summary).toMatchObject({ created: 0, studiesAdded: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to edit or delete rating history (append-only)", async () => {
    const event = await database.prisma.ratingEvent.findFirstOrThrow();
    await expect(
      database.prisma.ratingEvent.update({ where: { id: event.id }, data: { justification: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.prisma.ratingEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});

describe("data migrations", () => {
  it("are the folder's NNNN-name.ts files in name order, 0001-evidence-truth first", async () => {
    const migrations = await loadDataMigrations();
    expect(migrations[0].name).toBe("0001-evidence-truth");
    expect(migrations.map((m) => m.name)).toEqual(migrations.map((m) => m.name).sort());
    for (const m of migrations) expect(m.description.length).toBeGreaterThan(10);
  });

  it("0001-evidence-truth finds nothing to change on a database the seed has just filled", async () => {
    const before = await snapshot();
    const applied = await applyDataMigrations(database.prisma);
    // It really ran now (this is the database's first data-migration run), and wrote nothing.
    expect(applied.map((m) => m.name)).toContain("0001-evidence-truth");
    expect(await snapshot()).toEqual(before);
  });

  it("runs each migration once: a second run applies nothing", async () => {
    const p = database.prisma;
    await applyDataMigrations(p);
    expect(await applyDataMigrations(p)).toEqual([]);
    const names = (await loadDataMigrations()).map((m) => m.name);
    expect((await p.dataMigration.findMany({ where: { name: { in: names } } })).map((m) => m.name).sort()).toEqual(
      names,
    );

    const once: DataMigration = {
      name: "9001-test-writes-an-audit-row",
      description: "writes one audit row per application",
      apply: async (tx) => {
        await tx.auditLog.create({ data: { action: "test.once", entityType: "Test", entityId: "1" } });
      },
    };
    expect((await applyDataMigrations(p, { migrations: [once] })).map((m) => m.name)).toEqual([once.name]);
    expect(await applyDataMigrations(p, { migrations: [once] })).toEqual([]);
    expect(await p.auditLog.count({ where: { action: "test.once" } })).toBe(1);
    expect(await p.dataMigration.findUnique({ where: { name: once.name } })).not.toBeNull();
  });

  it("a failing migration leaves no change and no record, and the ones after it wait", async () => {
    const p = database.prisma;
    const write = (action: string) => (tx: Parameters<DataMigration["apply"]>[0]) =>
      tx.auditLog.create({ data: { action, entityType: "Test", entityId: "1" } }).then(() => undefined);
    const failing: DataMigration = {
      name: "9002-test-fails",
      description: "writes, then fails",
      apply: async (tx) => {
        await write("test.failing")(tx);
        throw new Error("source disagrees");
      },
    };
    const later: DataMigration = {
      name: "9003-test-later",
      description: "after the failing one",
      apply: write("test.later"),
    };
    await expect(applyDataMigrations(p, { migrations: [later, failing] })).rejects.toThrow(
      /9002-test-fails failed: source disagrees/,
    );
    expect(await p.auditLog.count({ where: { action: { in: ["test.failing", "test.later"] } } })).toBe(0);
    expect(await p.dataMigration.count({ where: { name: { in: [failing.name, later.name] } } })).toBe(0);
  });
});

describe("curation in the app survives the seed and the data migrations", () => {
  it("keeps a new rating, a rejected study, a removed external rating and an edited description", async () => {
    const p = database.prisma;
    // As on every start: the seed has run and the data migrations are applied before curators work.
    await applyDataMigrations(p);
    const admin = await p.user.create({
      data: { email: "beheer@example.org", name: "Beheerder", role: "ADMIN" },
    });

    // A re-review raises K-VHT from Goed onderbouwd to Effectief volgens eerste aanwijzingen.
    const kvht = await p.intervention.findUniqueOrThrow({ where: { slug: "k-vht" } });
    const decidedOn = new Date("2026-11-20T00:00:00Z");
    await p.$transaction(async (tx) => {
      await tx.recognition.update({
        where: { interventionId: kvht.id },
        data: {
          status: "ERKEND",
          level: "EERSTE_AANWIJZINGEN",
          isRecognised: true,
          decidedOn,
          expiresOn: new Date("2031-11-20T00:00:00Z"),
          justification: "Herbeoordeling: effectief volgens eerste aanwijzingen",
        },
      });
      await tx.intervention.update({
        where: { id: kvht.id },
        data: { evidenceLevel: "EERSTE_AANWIJZINGEN", lastReviewedOn: decidedOn },
      });
      await tx.ratingEvent.create({
        data: {
          interventionId: kvht.id,
          kind: "LEVEL",
          fromLevel: "GOED_ONDERBOUWD",
          toLevel: "EERSTE_AANWIJZINGEN",
          fromRecognised: false,
          toRecognised: true,
          fromStatus: "ERKEND",
          toStatus: "ERKEND",
          justification: "Herbeoordeling: effectief volgens eerste aanwijzingen",
          decidedOn: "2026-11-20",
          actorId: admin.id,
          actorName: admin.name,
        },
      });
    });

    // A reviewer rejects a curated study; the headline is recomputed with it, as the app does.
    const study = await p.study.findUniqueOrThrow({ where: { key: "van-zeijl-2006-jccp" } });
    await p.$transaction(async (tx) => {
      await tx.study.update({
        where: { id: study.id },
        data: {
          status: "REJECTED",
          reviewerId: admin.id,
          reviewedAt: new Date(),
          reviewReason: "Outcome not comparable",
        },
      });
      await recomputePooledEffects(tx, study.interventionId!);
    });

    // A curated external rating is removed and a description rewritten.
    const rating = await p.externalRating.findFirstOrThrow({ where: { intervention: { slug: "triple-p" } } });
    await p.externalRating.delete({ where: { id: rating.id } });
    await p.intervention.update({
      where: { slug: "voorzorg" },
      data: { descriptionNl: "Door de beheerder herschreven beschrijving." },
    });

    const curated = await snapshot();
    const summary = await seedCurated(p);
    expect(summary).toMatchObject({ created: 0, studiesAdded: 0 });
    expect(await applyDataMigrations(p)).toEqual([]);
    expect(await snapshot()).toEqual(curated);

    const kvhtAfter = await p.intervention.findUniqueOrThrow({
      where: { slug: "k-vht" },
      include: { recognition: true, ratingEvents: { orderBy: { id: "asc" } } },
    });
    expect(kvhtAfter.evidenceLevel).toBe("EERSTE_AANWIJZINGEN");
    expect(kvhtAfter.recognition).toMatchObject({ level: "EERSTE_AANWIJZINGEN", isRecognised: true });
    expect(kvhtAfter.ratingEvents.at(-1)).toMatchObject({ actorId: admin.id, toLevel: "EERSTE_AANWIJZINGEN" });
    expect((await p.study.findUniqueOrThrow({ where: { id: study.id } })).status).toBe("REJECTED");
    expect(await p.externalRating.findUnique({ where: { id: rating.id } })).toBeNull();
    expect((await p.intervention.findUniqueOrThrow({ where: { slug: "voorzorg" } })).descriptionNl).toBe(
      "Door de beheerder herschreven beschrijving.",
    );
  });
});

describe("curated records missing from the database", () => {
  let later: Database;
  afterAll(async () => {
    await later?.close();
  });

  it("are created by the seed with everything; headlines are recomputed only where it added something", async () => {
    // A database loaded by an earlier version: without Home-Start, and without one Incredible Years trial.
    later = await createTestDatabase();
    const p = later.prisma;
    const withoutTrial = (slug: string) => {
      const c = curatedInterventions.find((i) => i.slug === slug)!;
      return { ...c, studies: c.studies.filter((s) => s.key !== "hutchings-2007-bmj") };
    };
    await seedCurated(p, {
      interventions: curatedInterventions
        .filter((c) => c.slug !== "home-start")
        .map((c) => (c.slug === "incredible-years-preschool" ? withoutTrial(c.slug) : c)),
      contextStudies: curatedData.contextStudies,
    });
    await applyDataMigrations(p);
    const before = await curatedRecord(p, "incredible-years-preschool");
    expect(before.pooledEffects).not.toEqual(
      (reference.get("incredible-years-preschool") as typeof before).pooledEffects,
    );
    // Stands in for a headline as the app last computed it: the seed must not recompute what it did not touch.
    const vippSd = await p.intervention.findUniqueOrThrow({ where: { slug: "vipp-sd" } });
    const headline = await p.pooledEffect.findFirstOrThrow({ where: { interventionId: vippSd.id } });
    await p.pooledEffect.update({
      where: {
        interventionId_outcomeDomainId: { interventionId: vippSd.id, outcomeDomainId: headline.outcomeDomainId },
      },
      data: { estimate: 9.99 },
    });

    const homeStart = curatedInterventions.find((c) => c.slug === "home-start")!;
    const summary = await seedCurated(p);
    expect(summary).toMatchObject({ created: 1, studiesAdded: homeStart.studies.length + 1 });
    expect(await curatedRecord(p, "home-start")).toEqual(reference.get("home-start"));
    expect(await curatedRecord(p, "incredible-years-preschool")).toEqual(reference.get("incredible-years-preschool"));
    expect(
      (
        await p.pooledEffect.findUniqueOrThrow({
          where: {
            interventionId_outcomeDomainId: { interventionId: vippSd.id, outcomeDomainId: headline.outcomeDomainId },
          },
        })
      ).estimate,
    ).toBe(9.99);
    expect(await applyDataMigrations(p)).toEqual([]);
  });
});

describe("0001-evidence-truth on a database seeded by an earlier version", () => {
  let old: Database;
  afterAll(async () => {
    await old?.close();
  });

  it("brings every curated record back to today's curated data, and keeps entries made in the app", async () => {
    old = await createTestDatabase({ seed: true });
    const p = old.prisma;
    const id = async (slug: string) => (await p.intervention.findUniqueOrThrow({ where: { slug } })).id;

    // What an earlier version's data could differ in.
    await p.deliveryMode.update({ where: { slug: "home-visits" }, data: { nameNl: "Huisbezoek (oud)" } });
    await p.intervention.update({
      where: { slug: "voorzorg" },
      data: { summaryNl: "Oude samenvatting", deliveryModes: { set: [] } },
    });
    const pcitGroup = await p.targetGroup.findFirstOrThrow({ where: { interventionId: await id("pcit") } });
    await p.targetGroup.update({ where: { id: pcitGroup.id }, data: { ageMaxMonths: 999 } });
    const nji = await p.clearinghouse.findUniqueOrThrow({ where: { slug: "nji" } });
    await p.externalRating.create({
      data: {
        interventionId: await id("triple-p"),
        clearinghouseId: nji.id,
        level: "Goed onderbouwd",
        url: "https://example.org",
      },
    });
    await p.externalRating.updateMany({
      where: { interventionId: await id("triple-p"), clearinghouseId: { not: nji.id } },
      data: { levelAsWritten: "old words" },
    });
    await p.fieldProvenance.deleteMany({ where: { interventionId: await id("vipp") } });
    await p.study.update({
      where: { key: "hutchings-2007-bmj" },
      data: { status: "REJECTED", citation: "An old citation of the Hutchings trial" },
    });
    const menting = await p.study.findUniqueOrThrow({ where: { key: "menting-2013-clin-psychol-rev" } });
    await p.effectSize.updateMany({ where: { studyId: menting.id }, data: { reportedEstimate: 0.01 } });
    await p.study.create({
      data: {
        key: "no-longer-curated",
        interventionId: await id("abc"),
        citation: "A study an earlier seed had",
        design: "RCT",
        status: "ACCEPTED",
      },
    });
    const entered = await p.study.create({
      data: {
        interventionId: await id("abc"),
        citation: "A study entered in the app",
        design: "RCT",
        status: "ACCEPTED",
      },
    });

    const applied = await applyDataMigrations(p);
    expect(applied.map((m) => m.name)).toContain("0001-evidence-truth");

    for (const slug of ["voorzorg", "pcit", "triple-p", "vipp", "incredible-years-preschool"]) {
      expect(await curatedRecord(p, slug), slug).toEqual(reference.get(slug));
    }
    const abc = await curatedRecord(p, "abc");
    expect({ ...abc, studies: abc.studies.filter((s) => s.key !== null) }).toEqual(reference.get("abc"));
    expect(await p.study.findUnique({ where: { key: "no-longer-curated" } })).toBeNull();
    expect(await p.study.findUnique({ where: { id: entered.id } })).not.toBeNull();
    expect((await p.deliveryMode.findUniqueOrThrow({ where: { slug: "home-visits" } })).nameNl).toBe("Huisbezoeken");
  });
});
