/**
 * The crosswalk on a real database: another clearinghouse's rating takes a level from that clearinghouse's
 * own scale (the database's foreign key agrees), its link must be http(s), duplicates are refused; the
 * clearinghouses and their scales are managed with the mapping to the common scale, which the public record
 * follows; a level still used by a rating cannot be removed; every change leaves an audit row.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { externalRating as rating } from "@/tests/helpers/ratings";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { createDemoIntervention } from "@/seed/factories";
import {
  addScaleLevel,
  createClearinghouse,
  createExternalRating,
  deleteClearinghouse,
  deleteExternalRating,
  getClearinghouse,
  getCrosswalk,
  moveScaleLevel,
  removeScaleLevel,
  updateClearinghouse,
  updateExternalRating,
  updateScaleLevel,
} from "@/lib/curation/crosswalk";
import { getInterventionBySlug } from "@/lib/intervention/queries";

let db: Db;
let admin: Viewer;
let researcher: Viewer;
let counter = 0;

async function demo(): Promise<string> {
  const slug = `demo-crosswalk-${++counter}`;
  await createDemoIntervention(db, { slug, nameNl: `Demo crosswalk ${counter}` });
  return slug;
}

const audits = (action: string) => db.auditLog.count({ where: { action } });

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  admin = await createViewer(db, "ADMIN", "redacteur");
  researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
});

describe("a rating by another clearinghouse", () => {
  test("takes a level from that clearinghouse's scale and shows on the public record", async () => {
    const slug = await demo();
    const { id } = await createExternalRating({ viewer: admin, slug, input: rating() }, db);
    const detail = await getInterventionBySlug(db, { slug });
    expect(detail?.externalRatings).toEqual([
      expect.objectContaining({
        level: "3 Promising Research Evidence",
        commonLevel: "promising",
        topic: "Synthetisch onderwerp",
        ratedOn: "2019-06",
        url: "https://example.org/rating",
      }),
    ]);
    expect(
      await db.auditLog.findFirst({ where: { action: "external-rating.create", entityId: String(id) } }),
    ).toMatchObject({ actorId: admin.id, data: { intervention: slug, clearinghouse: "cebc" } });
  });

  test("with a level of another scale, or an unknown clearinghouse, is refused naming the field", async () => {
    const slug = await demo();
    // "Promising" is on Blueprints' scale, not on CEBC's.
    const wrongScale = await refusal(() =>
      createExternalRating({ viewer: admin, slug, input: rating({ level: "Promising" }), locale: "nl" }, db),
    );
    expect(wrongScale).toMatchObject({ code: "INVALID", issues: [{ path: "level" }] });
    expect(wrongScale.issues[0].message).toContain("California Evidence-Based Clearinghouse");
    const unknown = await refusal(() =>
      createExternalRating({ viewer: admin, slug, input: rating({ clearinghouse: "nowhere" }) }, db),
    );
    expect(unknown).toMatchObject({ code: "INVALID", issues: [{ path: "clearinghouse" }] });
    expect((await getCrosswalk({ viewer: admin, slug }, db)).ratings).toEqual([]);

    // The database's own foreign key refuses the same, whatever the application does.
    const { id: interventionId } = await db.intervention.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const cebc = await db.clearinghouse.findUniqueOrThrow({ where: { slug: "cebc" }, select: { id: true } });
    await expect(
      db.externalRating.create({ data: { interventionId, clearinghouseId: cebc.id, level: "Promising" } }),
    ).rejects.toThrow();
  });

  test("needs an http(s) link, real dates, and is not entered twice", async () => {
    const slug = await demo();
    for (const url of ["javascript:alert(1)", "ftp://example.org/x", "www.example.org", "mailto:a@example.org"]) {
      const refused = await refusal(() =>
        createExternalRating({ viewer: admin, slug, input: rating({ url }), locale: "nl" }, db),
      );
      expect(refused.issues).toEqual([
        { path: "url", message: "Geef een webadres dat begint met http:// of https://" },
      ]);
    }
    const badDate = await refusal(() =>
      createExternalRating({ viewer: admin, slug, input: rating({ ratedOn: "2019-02-30" }) }, db),
    );
    expect(badDate.issues.map((i) => i.path)).toEqual(["ratedOn"]);
    const reversed = await refusal(() =>
      createExternalRating({ viewer: admin, slug, input: rating({ ratedOn: "2020-05", reviewedOn: "2019" }) }, db),
    );
    expect(reversed.issues.map((i) => i.path)).toEqual(["reviewedOn"]);

    await createExternalRating(
      { viewer: admin, slug, input: rating({ url: "http://example.org/x", topic: undefined }) },
      db,
    );
    const twice = await refusal(() =>
      createExternalRating({ viewer: admin, slug, input: rating({ topic: undefined }) }, db),
    );
    expect(twice).toMatchObject({ code: "INVALID", issues: [{ path: "level" }] });
    expect((await getCrosswalk({ viewer: admin, slug }, db)).ratings).toHaveLength(1);
  });

  test("is edited and removed, each change with its audit row", async () => {
    const slug = await demo();
    const { id } = await createExternalRating({ viewer: admin, slug, input: rating() }, db);
    await updateExternalRating(
      {
        viewer: admin,
        slug,
        id,
        input: rating({ level: "2 Supported by Research Evidence", isVerified: false, note: "Synthetische notitie" }),
      },
      db,
    );
    const [edited] = (await getInterventionBySlug(db, { slug }))!.externalRatings;
    expect(edited).toMatchObject({
      level: "2 Supported by Research Evidence",
      commonLevel: "supported",
      isVerified: false,
    });
    const update = await db.auditLog.findFirstOrThrow({
      where: { action: "external-rating.update", entityId: String(id) },
    });
    expect(update.data).toMatchObject({
      before: { level: "3 Promising Research Evidence" },
      after: { level: "2 Supported by Research Evidence" },
    });

    // A rating of another intervention is not found through this one.
    const other = await demo();
    expect((await refusal(() => deleteExternalRating({ viewer: admin, slug: other, id }, db))).code).toBe("NOT_FOUND");
    await deleteExternalRating({ viewer: admin, slug, id }, db);
    expect((await getInterventionBySlug(db, { slug }))!.externalRatings).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "external-rating.delete", entityId: String(id) } })).toBe(1);
  });
});

describe("clearinghouses and their scales", () => {
  test("are created and edited; the mapping to the common scale is what the public record shows", async () => {
    const created = await createClearinghouse(
      {
        viewer: admin,
        input: { name: "Synthetische databank", slug: "synthetisch", country: "be", website: "https://example.org" },
      },
      db,
    );
    expect(created.slug).toBe("synthetisch");
    expect((await getClearinghouse({ viewer: admin, slug: "synthetisch" }, db)).country).toBe("BE");
    const taken = await refusal(() =>
      createClearinghouse(
        { viewer: admin, input: { name: "Nog een", slug: "cebc", country: "US", website: "https://example.org" } },
        db,
      ),
    );
    expect(taken.issues.map((i) => i.path)).toEqual(["slug"]);
    const badFields = await refusal(() =>
      createClearinghouse(
        { viewer: admin, input: { name: " ", slug: "Met Spaties", country: "Belgie", website: "javascript:x" } },
        db,
      ),
    );
    expect(badFields.issues.map((i) => i.path).sort()).toEqual(["country", "name", "slug", "website"]);

    const reason = "Synthetische schaal voor de test";
    await addScaleLevel(
      { viewer: admin, slug: "synthetisch", input: { level: "Sterk", commonLevel: "supported", reason } },
      db,
    );
    await addScaleLevel(
      { viewer: admin, slug: "synthetisch", input: { level: "Zwak", commonLevel: "none", reason } },
      db,
    );
    await addScaleLevel(
      { viewer: admin, slug: "synthetisch", input: { level: "Beste", commonLevel: "well-supported", reason } },
      db,
    );
    const twice = await refusal(() =>
      addScaleLevel({ viewer: admin, slug: "synthetisch", input: { level: "Zwak", commonLevel: "none", reason } }, db),
    );
    expect(twice.issues.map((i) => i.path)).toEqual(["level"]);
    const noReason = await refusal(() =>
      addScaleLevel({ viewer: admin, slug: "synthetisch", input: { level: "X", commonLevel: "none", reason: "" } }, db),
    );
    expect(noReason.issues.map((i) => i.path)).toEqual(["reason"]);

    // "Beste" was added last, at the bottom; moving it up twice puts it first.
    await moveScaleLevel({ viewer: admin, slug: "synthetisch", level: "Beste", direction: "up" }, db);
    await moveScaleLevel({ viewer: admin, slug: "synthetisch", level: "Beste", direction: "up" }, db);
    await moveScaleLevel({ viewer: admin, slug: "synthetisch", level: "Beste", direction: "up" }, db);
    const scale = (await getClearinghouse({ viewer: admin, slug: "synthetisch" }, db)).levels;
    expect(scale.map((l) => [l.position, l.level])).toEqual([
      [1, "Beste"],
      [2, "Sterk"],
      [3, "Zwak"],
    ]);

    const slug = await demo();
    await createExternalRating(
      { viewer: admin, slug, input: rating({ clearinghouse: "synthetisch", level: "Sterk" }) },
      db,
    );
    const publicRating = async () => (await getInterventionBySlug(db, { slug }))!.externalRatings[0];
    expect(await publicRating()).toMatchObject({
      level: "Sterk",
      commonLevel: "supported",
      clearinghouse: { slug: "synthetisch", scale: ["Beste", "Sterk", "Zwak"] },
    });

    // Renaming a level renames it in its ratings; a new mapping changes how they read.
    await updateScaleLevel(
      {
        viewer: admin,
        slug: "synthetisch",
        level: "Sterk",
        input: { level: "Sterk bewijs", commonLevel: "promising", reason: "De bron noemt het zo" },
      },
      db,
    );
    expect(await publicRating()).toMatchObject({ level: "Sterk bewijs", commonLevel: "promising" });
    const mapping = await db.auditLog.findFirstOrThrow({ where: { action: "clearinghouse-level.update" } });
    expect(mapping.data).toMatchObject({
      before: { level: "Sterk", commonLevel: "SUPPORTED" },
      after: { level: "Sterk bewijs", commonLevel: "PROMISING" },
      reason: "De bron noemt het zo",
    });

    await updateClearinghouse(
      {
        viewer: admin,
        slug: "synthetisch",
        input: {
          name: "Synthetische databank (hernoemd)",
          slug: "synthetisch",
          country: "BE",
          website: "https://example.org/nl",
        },
      },
      db,
    );
    expect((await publicRating()).clearinghouse).toMatchObject({ name: "Synthetische databank (hernoemd)" });
    expect(await audits("clearinghouse.create")).toBe(1);
    expect(await audits("clearinghouse.update")).toBe(1);
    expect(await audits("clearinghouse-level.create")).toBe(3);
    expect(await audits("clearinghouse-level.move")).toBe(2);
  });

  test("a level still used by a rating cannot be removed, nor a clearinghouse with ratings", async () => {
    const reason = "Synthetische schaal";
    await createClearinghouse(
      {
        viewer: admin,
        input: { name: "Tweede synthetische", slug: "synthetisch-2", country: "NL", website: "https://example.org" },
      },
      db,
    );
    for (const level of ["Hoog", "Midden", "Laag"]) {
      await addScaleLevel({ viewer: admin, slug: "synthetisch-2", input: { level, commonLevel: "none", reason } }, db);
    }
    const slug = await demo();
    const { id } = await createExternalRating(
      { viewer: admin, slug, input: rating({ clearinghouse: "synthetisch-2", level: "Midden" }) },
      db,
    );

    const used = await refusal(() =>
      removeScaleLevel({ viewer: admin, slug: "synthetisch-2", level: "Midden", input: { reason }, locale: "nl" }, db),
    );
    expect(used.code).toBe("CONFLICT");
    expect(used.issues).toEqual([{ path: "level", message: expect.stringContaining("1 beoordeling") }]);
    expect(used.issues[0].message).toContain(`Demo crosswalk ${counter}`);
    const inUse = await refusal(() => deleteClearinghouse({ viewer: admin, slug: "synthetisch-2" }, db));
    expect(inUse.code).toBe("CONFLICT");
    expect((await getClearinghouse({ viewer: admin, slug: "synthetisch-2" }, db)).levels).toHaveLength(3);

    // An unused level goes, and the rest close ranks.
    await removeScaleLevel({ viewer: admin, slug: "synthetisch-2", level: "Hoog", input: { reason } }, db);
    expect(
      (await getClearinghouse({ viewer: admin, slug: "synthetisch-2" }, db)).levels.map((l) => [l.position, l.level]),
    ).toEqual([
      [1, "Midden"],
      [2, "Laag"],
    ]);
    // Once its rating is gone, the level and then the clearinghouse can go too.
    await deleteExternalRating({ viewer: admin, slug, id }, db);
    await removeScaleLevel({ viewer: admin, slug: "synthetisch-2", level: "Midden", input: { reason } }, db);
    await deleteClearinghouse({ viewer: admin, slug: "synthetisch-2" }, db);
    expect(await db.clearinghouse.count({ where: { slug: "synthetisch-2" } })).toBe(0);
    expect(await audits("clearinghouse-level.delete")).toBe(2);
    expect(await audits("clearinghouse.delete")).toBe(1);
  });

  test("only editors manage them: a researcher is refused with FORBIDDEN", async () => {
    const slug = await demo();
    const calls = [
      () => createExternalRating({ viewer: researcher, slug, input: rating() }, db),
      () => getCrosswalk({ viewer: researcher, slug }, db),
      () =>
        createClearinghouse(
          { viewer: researcher, input: { name: "X", slug: "x", country: "NL", website: "https://example.org" } },
          db,
        ),
      () =>
        addScaleLevel(
          { viewer: researcher, slug: "cebc", input: { level: "X", commonLevel: "none", reason: "x" } },
          db,
        ),
      () =>
        removeScaleLevel(
          { viewer: researcher, slug: "cebc", level: "5 Concerning Practice", input: { reason: "x" } },
          db,
        ),
    ];
    for (const call of calls) expect((await refusal(call)).code).toBe("FORBIDDEN");
    expect((await getClearinghouse({ viewer: admin, slug: "cebc" }, db)).levels).toHaveLength(6);
  });
});
