/**
 * The editors' rating decisions on a real database: a decision changes the level, the recognition and the
 * last review date together with its append-only rating event and its audit row; "recognised as effective"
 * below Effectief is refused by the form's rules and by the database's own check constraint; lowering ends
 * the recognition; the re-review date defaults to five years; the re-review list finds what is due within
 * 90 days with the studies accepted since the last decision; only editors decide.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createDemoIntervention } from "@/seed/factories";
import { getRatingState, rateIntervention, recognitionConstraintRefusal } from "@/lib/curation/ratings";
import { findDueForReReview } from "@/lib/curation/re-review";
import type { RatingInput } from "@/lib/curation/ratings-schemas";
import { ratingDecision as decision } from "@/tests/helpers/ratings";
import { findInterventions, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";

let db: Db;
let admin: Viewer;
let researcher: Viewer;
let counter = 0;

/** A fresh demo intervention (synthetic, marked isDemo) for each test, so tests do not depend on each other. */
async function demo(name = "Beoordeling"): Promise<{ id: number; slug: string }> {
  const slug = `demo-rating-${++counter}`;
  const created = await createDemoIntervention(db, { slug, nameNl: `Demo ${name} ${counter}` });
  return { id: created.id, slug };
}

const rate = (slug: string, input: RatingInput, viewer: Viewer | null = admin) =>
  rateIntervention({ viewer, slug, input, locale: "nl" }, db);

async function recognisedSlugs(): Promise<string[]> {
  const filters = withDefaults(interventionFiltersSchema.parse({ recognised: "true", pageSize: "100" }));
  return (await findInterventions(db, { filters })).items.map((i) => i.slug);
}

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  admin = await createViewer(db, "ADMIN", "Ada Redacteur");
  researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
});

describe("a rating decision", () => {
  test("writes the level, the recognition, its event and its audit row together", async () => {
    const { id, slug } = await demo();
    const result = await rate(slug, decision());

    const intervention = await db.intervention.findUniqueOrThrow({
      where: { id },
      select: { evidenceLevel: true, lastReviewedOn: true, recognition: true },
    });
    expect(intervention.evidenceLevel).toBe("EERSTE_AANWIJZINGEN");
    expect(intervention.lastReviewedOn?.toISOString().slice(0, 10)).toBe("2024-03-01");
    expect(intervention.recognition).toMatchObject({
      status: "ERKEND",
      level: "EERSTE_AANWIJZINGEN",
      isRecognised: true,
      committee: "Erkenningscommissie Interventies (synthetisch)",
      justification: "Synthetisch besluit voor de test.",
      sourceUrl: "https://example.org/besluit",
    });

    const events = await db.ratingEvent.findMany({ where: { interventionId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: result.eventId,
      kind: "LEVEL",
      fromLevel: "NIET_BEOORDEELD",
      toLevel: "EERSTE_AANWIJZINGEN",
      fromStatus: "ONBEKEND",
      toStatus: "ERKEND",
      fromRecognised: false,
      toRecognised: true,
      decidedOn: "2024-03-01",
      actorId: admin.id,
      actorName: "Ada Redacteur",
      justification: "Synthetisch besluit voor de test.",
    });
    const audit = await db.auditLog.findMany({ where: { entityType: "Intervention", entityId: String(id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "intervention.rate",
      actorId: admin.id,
      data: { ratingEventId: result.eventId, to: { level: "EERSTE_AANWIJZINGEN", status: "ERKEND" } },
    });

    // The public record shows it in the history, as NJi words a decision, and in the recognised filter.
    const detail = await getInterventionBySlug(db, { slug });
    expect(detail?.recognition).toMatchObject({ status: "erkend", level: "eerste-aanwijzingen", isRecognised: true });
    expect(detail?.ratingHistory).toEqual([
      expect.objectContaining({
        toStatus: "erkend",
        toLevel: "eerste-aanwijzingen",
        committee: "Erkenningscommissie Interventies (synthetisch)",
        actorName: "Ada Redacteur",
        decidedOn: "2024-03-01",
      }),
    ]);
    expect(await recognisedSlugs()).toContain(slug);
  });

  test("is append-only: a second decision adds an event, from the state the first one left", async () => {
    const { id, slug } = await demo();
    const first = await rate(slug, decision());
    await rate(slug, decision({ status: "in-herbeoordeling", decidedOn: "2024-09-01", basedOnEventId: first.eventId }));
    const events = await db.ratingEvent.findMany({ where: { interventionId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["LEVEL", "ONBEKEND", "ERKEND"],
      ["RECOGNITION", "ERKEND", "IN_HERBEOORDELING"],
    ]);
    // The database refuses to change or remove a past event.
    await expect(
      db.ratingEvent.update({ where: { id: events[0].id }, data: { justification: "x" } }),
    ).rejects.toThrow();
    await expect(db.ratingEvent.delete({ where: { id: events[0].id } })).rejects.toThrow();
  });

  test("writes nothing when it is refused", async () => {
    const { id, slug } = await demo();
    const refused = await refusal(() => rate(slug, decision({ justification: "  " })));
    expect(refused).toMatchObject({ code: "INVALID", issues: [{ path: "justification", message: "Vul dit veld in" }] });
    expect(await db.ratingEvent.count({ where: { interventionId: id } })).toBe(0);
    expect(await db.recognition.count({ where: { interventionId: id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "Intervention", entityId: String(id) } })).toBe(0);
  });

  test("in the future, or based on a history that has changed meanwhile, is refused", async () => {
    const { slug } = await demo();
    const future = await refusal(() => rate(slug, decision({ decidedOn: "2999-01-01" })));
    expect(future).toMatchObject({ code: "INVALID", issues: [{ path: "decidedOn" }] });

    const first = await rate(slug, decision({ basedOnEventId: 0 }));
    // A second editor's form still shows the empty history.
    const stale = await refusal(() => rate(slug, decision({ level: "goede-aanwijzingen", basedOnEventId: 0 })));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.issues[0]).toMatchObject({ path: "basedOnEventId" });
    expect(stale.message).toContain("Erkenningscommissie Interventies (synthetisch)");
    const state = await getRatingState({ viewer: admin, slug }, db);
    expect(state).toMatchObject({ latestEventId: first.eventId, evidenceLevel: "eerste-aanwijzingen" });
  });
});

describe("recognised as effective", () => {
  test("below an Effectief level is refused, naming the field, and nothing is written", async () => {
    const { id, slug } = await demo();
    const refused = await refusal(() => rate(slug, decision({ level: "goed-onderbouwd" })));
    expect(refused.code).toBe("INVALID");
    expect(refused.issues).toEqual([{ path: "isRecognised", message: expect.stringContaining("Effectief-niveau") }]);
    const notErkend = await refusal(() =>
      rate(slug, decision({ status: "niet-erkend", level: "goed-beschreven", isRecognised: true })),
    );
    expect(notErkend.issues.map((i) => i.path)).toEqual(["isRecognised"]);
    // "No Dutch decision" has no recognition row for the database to check: the rule holds there too.
    const unknown = await refusal(() => rate(slug, decision({ status: "onbekend", level: "goed-beschreven" })));
    expect(unknown.issues.map((i) => i.path)).toEqual(["isRecognised"]);
    expect(await db.ratingEvent.count({ where: { interventionId: id } })).toBe(0);
  });

  test("below Effectief is refused by the database's check constraint itself", async () => {
    const { id } = await demo();
    const base = {
      interventionId: id,
      justification: "Rechtstreeks in de database",
      decidedOn: new Date("2024-01-01T00:00:00Z"),
    };
    let refusedByDatabase: unknown = null;
    try {
      await db.recognition.create({
        data: { ...base, status: "ERKEND", level: "GOED_ONDERBOUWD", isRecognised: true },
      });
    } catch (error) {
      refusedByDatabase = error;
    }
    expect(String((refusedByDatabase as Error)?.message ?? refusedByDatabase)).toMatch(
      /Recognition_isRecognised_check|check constraint|23514/,
    );
    // The data layer turns that refusal into the form's field error.
    expect(recognitionConstraintRefusal(refusedByDatabase, "en")).toMatchObject({
      code: "INVALID",
      issues: [{ path: "isRecognised" }],
    });
    // The flag cannot be left off at an Effectief level either, nor can erkend sit below Goed onderbouwd.
    await expect(
      db.recognition.create({ data: { ...base, status: "ERKEND", level: "STERKE_AANWIJZINGEN", isRecognised: false } }),
    ).rejects.toThrow();
    await expect(
      db.recognition.create({ data: { ...base, status: "ERKEND", level: "GOED_BESCHREVEN", isRecognised: false } }),
    ).rejects.toThrow();
    await expect(
      db.recognition.create({ data: { ...base, status: "NIET_ERKEND", level: null, isRecognised: true } }),
    ).rejects.toThrow();
    expect(await db.recognition.count({ where: { interventionId: id } })).toBe(0);
    // The same row at an Effectief level is accepted, which shows the refusals were about the level.
    await db.recognition.create({
      data: { ...base, status: "ERKEND", level: "EERSTE_AANWIJZINGEN", isRecognised: true },
    });
    expect(await db.recognition.count({ where: { interventionId: id } })).toBe(1);
  });

  test("ends when the level is lowered below Effectief: erkend at Goed onderbouwd, niet erkend below", async () => {
    const { id, slug } = await demo();
    await rate(slug, decision());
    expect(await recognisedSlugs()).toContain(slug);

    // Keeping the flag while lowering is refused …
    const kept = await refusal(() => rate(slug, decision({ level: "goed-onderbouwd", decidedOn: "2025-01-10" })));
    expect(kept.issues.map((i) => i.path)).toEqual(["isRecognised"]);
    // … lowering without it ends the recognition as effective; it stays erkend at Goed onderbouwd.
    const lowered = await rate(
      slug,
      decision({ level: "goed-onderbouwd", isRecognised: false, decidedOn: "2025-01-10" }),
    );
    expect(lowered.recognitionEnded).toBe(true);
    expect(await db.recognition.findUnique({ where: { interventionId: id } })).toMatchObject({
      status: "ERKEND",
      level: "GOED_ONDERBOUWD",
      isRecognised: false,
    });
    const event = await db.ratingEvent.findUniqueOrThrow({ where: { id: lowered.eventId } });
    expect(event).toMatchObject({ fromRecognised: true, toRecognised: false, fromLevel: "EERSTE_AANWIJZINGEN" });
    expect(await recognisedSlugs()).not.toContain(slug);

    // Below Goed onderbouwd an intervention is not erkend at all.
    const erkendTooLow = await refusal(() =>
      rate(slug, decision({ level: "goed-beschreven", isRecognised: false, decidedOn: "2025-02-01" })),
    );
    expect(erkendTooLow.issues.map((i) => i.path)).toEqual(["level"]);
    await rate(
      slug,
      decision({ level: "goed-beschreven", status: "niet-erkend", isRecognised: false, decidedOn: "2025-02-01" }),
    );
    expect(await db.recognition.findUnique({ where: { interventionId: id } })).toMatchObject({
      status: "NIET_ERKEND",
      level: null,
      isRecognised: false,
      expiresOn: null,
    });
    const detail = await getInterventionBySlug(db, { slug });
    expect(detail?.evidenceLevel).toBe("goed-beschreven");
    expect(detail?.ratingHistory.map((e) => e.toStatus)).toEqual(["erkend", "erkend", "niet-erkend"]);
  });
});

describe("the re-review date", () => {
  test("defaults to five years after the decision; a date given is kept", async () => {
    const a = await demo();
    await rate(a.slug, decision({ decidedOn: "2023-06-14" }));
    const defaulted = await db.recognition.findUniqueOrThrow({ where: { interventionId: a.id } });
    expect(defaulted.expiresOn?.toISOString().slice(0, 10)).toBe("2028-06-14");

    const b = await demo();
    await rate(b.slug, decision({ decidedOn: "2023-06", expiresOn: "2026-01-31" }));
    const given = await db.recognition.findUniqueOrThrow({ where: { interventionId: b.id } });
    expect(given.expiresOn?.toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(given.decidedOn?.toISOString().slice(0, 10)).toBe("2023-06-01");
    // The event keeps the decision date as precise as it was given.
    expect((await db.ratingEvent.findFirstOrThrow({ where: { interventionId: b.id } })).decidedOn).toBe("2023-06");

    const early = await refusal(() => rate(b.slug, decision({ decidedOn: "2023-06-14", expiresOn: "2023-01-01" })));
    expect(early.issues.map((i) => i.path)).toEqual(["expiresOn"]);
  });
});

describe("the re-review list", () => {
  test("lists what has passed its date or reaches it within 90 days, with the studies accepted since", async () => {
    const overdue = await demo("Verlopen");
    const soon = await demo("Binnenkort");
    const edge = await demo("Rand");
    const later = await demo("Later");
    const verdict = await demo("Niet erkend");
    const today = "2026-04-01";
    await rate(overdue.slug, decision({ decidedOn: "2020-01-01" })); // due 2025-01-01
    await rate(soon.slug, decision({ decidedOn: "2021-06-01", level: "goed-onderbouwd", isRecognised: false })); // due 2026-06-01
    await rate(edge.slug, decision({ decidedOn: "2024-01-01", expiresOn: "2026-06-30" })); // exactly 90 days
    await rate(later.slug, decision({ decidedOn: "2024-01-01", expiresOn: "2026-07-01" })); // 91 days
    await rate(
      verdict.slug,
      decision({ decidedOn: "2019-01-01", status: "niet-erkend", level: "goed-beschreven", isRecognised: false }),
    );

    // Synthetic studies on "soon": accepted before, on and after the decision day (only the last counts), one
    // rejected, one accepted with no known acceptance date (curated data), and one accepted today.
    const study = (reviewedAt: string | null, status: "ACCEPTED" | "REJECTED" = "ACCEPTED") =>
      db.study.create({
        data: {
          interventionId: soon.id,
          citation: `Synthetische studie ${++counter}`,
          design: "RCT",
          status,
          isDemo: true,
          reviewedAt: reviewedAt ? new Date(reviewedAt) : null,
        },
      });
    await study("2021-05-31T12:00:00Z");
    await study("2021-06-01T15:00:00Z");
    await study("2021-06-02T08:00:00Z");
    await study("2022-01-01T08:00:00Z", "REJECTED");
    await study(null);
    await study(new Date().toISOString());

    const due = await findDueForReReview({ viewer: admin, today }, db);
    const ours = due.filter((d) => [overdue, soon, edge, later, verdict].some((x) => x.slug === d.slug));
    expect(ours.map((d) => [d.slug, d.dueOn, d.daysLeft])).toEqual([
      [overdue.slug, "2025-01-01", -455],
      [soon.slug, "2026-06-01", 61],
      [edge.slug, "2026-06-30", 90],
    ]);
    expect(ours.map((d) => d.newStudies)).toEqual([0, 2, 0]);
    expect(ours[1]).toMatchObject({ status: "erkend", level: "goed-onderbouwd", isRecognised: false });
    // The list is in date order throughout.
    expect(due.map((d) => d.dueOn)).toEqual([...due.map((d) => d.dueOn)].sort());

    // The public record carries the same count; without a rating decision there is none.
    expect((await getInterventionBySlug(db, { slug: soon.slug }))?.newStudiesSinceLastRating).toBe(2);
    expect((await getInterventionBySlug(db, { slug: overdue.slug }))?.newStudiesSinceLastRating).toBe(0);
    const unrated = await demo("Onbeoordeeld");
    expect((await getInterventionBySlug(db, { slug: unrated.slug }))?.newStudiesSinceLastRating).toBeNull();

    // A new decision resets the count: the studies accepted before it have been weighed.
    await rate(soon.slug, decision({ decidedOn: "2026-03-31", level: "goed-onderbouwd", isRecognised: false }));
    // Only the study accepted today (after 2026-03-31) is newer than that decision.
    expect((await getInterventionBySlug(db, { slug: soon.slug }))?.newStudiesSinceLastRating).toBe(1);
  });
});

describe("who decides", () => {
  test("a researcher is refused with FORBIDDEN, a visitor with UNAUTHORIZED, and nothing is written", async () => {
    const { id, slug } = await demo();
    expect((await refusal(() => rate(slug, decision(), researcher))).code).toBe("FORBIDDEN");
    expect((await refusal(() => rate(slug, decision(), null))).code).toBe("UNAUTHORIZED");
    expect((await refusal(() => getRatingState({ viewer: researcher, slug }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(() => findDueForReReview({ viewer: researcher }, db))).code).toBe("FORBIDDEN");
    expect(await db.ratingEvent.count({ where: { interventionId: id } })).toBe(0);
    // An unknown intervention is not found.
    expect((await refusal(() => rate("demo-does-not-exist", decision()))).code).toBe("NOT_FOUND");
  });
});
