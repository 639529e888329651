import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../helpers/test-database";
import { seedCurated } from "@/seed/load-curated";
import { curatedInterventions } from "@/seed/curated/interventions";
import { curatedContextStudies } from "@/seed/curated/context-studies";
import type { Database } from "@/lib/database/client";

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await database?.close();
});

/** Every row of the curated tables, for comparing two states of the database. */
async function snapshot() {
  const p = database.prisma;
  return {
    interventions: await p.intervention.findMany({ orderBy: { id: "asc" } }),
    targetGroups: await p.targetGroup.findMany({
      orderBy: { id: "asc" },
      include: { riskFactors: { select: { id: true } } },
    }),
    externalRatings: await p.externalRating.findMany({ orderBy: { id: "asc" } }),
    ratingEvents: await p.ratingEvent.findMany({ orderBy: { id: "asc" } }),
    recognitions: await p.recognition.findMany({ orderBy: { interventionId: "asc" } }),
    studies: await p.study.findMany({ orderBy: { id: "asc" } }),
    effectSizes: await p.effectSize.findMany({ orderBy: { id: "asc" } }),
    pooled: await p.pooledEffect.findMany({ orderBy: [{ interventionId: "asc" }, { outcomeDomainId: "asc" }] }),
  };
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
    expect(summary.created).toBe(0);
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
