/**
 * The editors' decisions on a real database: accepting an entry brings its effects into the headline
 * effects in the same transaction and into the catalogue's filters; rejecting or asking needs a reason the
 * submitter reads; only editors decide, never on their own entry, and only on a submitted one.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import { trialEntry } from "@/tests/helpers/submissions";
import { submitEntry } from "@/tests/helpers/save-submission";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { acceptSubmission, askSubmitter, rejectSubmission } from "@/lib/curation/review";
import { getSubmission } from "@/lib/submission/queries";
import { findInterventions } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import { mergeFacetBitmaps } from "@/lib/intervention/facet-merge";

let db: Db;
let researcher: Viewer;
let admin: Viewer;
let secondAdmin: Viewer;
/** An outcome Theraplay has no accepted evidence on, so accepting an entry on it is visible everywhere. */
let newOutcome: { id: number; slug: string };
let theraplayId: number;

const submitted = (viewer: Viewer, outcome = newOutcome.slug) =>
  submitEntry(db, viewer, trialEntry({ tag: "review", outcome, timepointMonths: 3 }));

async function theraplayWithOutcome(): Promise<boolean> {
  const filters = withDefaults(interventionFiltersSchema.parse({ outcome: newOutcome.slug, pageSize: "100" }));
  const page = await findInterventions(db, { filters });
  return page.items.some((item) => item.slug === "theraplay");
}

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  researcher = await createViewer(db, "RESEARCHER", "onderzoeker");
  admin = await createViewer(db, "ADMIN", "redacteur");
  secondAdmin = await createViewer(db, "ADMIN", "tweede-redacteur");
  const theraplay = await db.intervention.findUniqueOrThrow({ where: { slug: "theraplay" }, select: { id: true } });
  theraplayId = theraplay.id;
  const covered = await db.effectSize.findMany({
    where: { study: { interventionId: theraplayId, status: "ACCEPTED" } },
    select: { outcomeDomainId: true },
  });
  newOutcome = await db.outcomeDomain.findFirstOrThrow({
    where: { id: { notIn: covered.map((c) => c.outcomeDomainId) } },
    select: { id: true, slug: true },
    orderBy: { id: "asc" },
  });
});

describe("accepting an entry", () => {
  test("brings its effect into the headline effects in the same step, and into the filters", async () => {
    const entry = await submitted(researcher);
    const headline = () =>
      db.pooledEffect.findUnique({
        where: { interventionId_outcomeDomainId: { interventionId: theraplayId, outcomeDomainId: newOutcome.id } },
      });
    expect(await headline()).toBeNull();
    expect(await theraplayWithOutcome()).toBe(false);

    const accepted = await acceptSubmission({ viewer: admin, id: entry.id }, db);
    expect(accepted.status).toBe("accepted");
    expect(accepted.review).toMatchObject({ reason: null });
    const after = await headline();
    expect(after).toMatchObject({ basis: "SINGLE_STUDY", sourceStudyId: entry.id, k: 1 });
    expect(after?.estimate).toBeCloseTo(accepted.outcomes[0].effect!.yi, 10);

    // The filters read the facet rows at once (pending) and the merged bitmaps after the merge.
    expect(await theraplayWithOutcome()).toBe(true);
    await mergeFacetBitmaps(db);
    expect(await theraplayWithOutcome()).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Study", entityId: String(entry.id), action: "submission.accept" },
    });
    expect(audit).toMatchObject({ actorId: admin.id, data: { from: "SUBMITTED", to: "ACCEPTED" } });
  });
});

describe("rejecting and asking", () => {
  test("need a reason, which the submitter then reads with the decision", async () => {
    const entry = await submitted(researcher);
    const missing = await refusal(() => rejectSubmission({ viewer: admin, id: entry.id, reason: "  " }, db));
    expect(missing).toMatchObject({ code: "INVALID", issues: [{ path: "reason" }] });

    await askSubmitter({ viewer: admin, id: entry.id, reason: "Which instrument measured sensitivity?" }, db);
    const asked = await getSubmission({ viewer: researcher, id: entry.id }, db);
    expect(asked).toMatchObject({
      status: "needs-changes",
      review: { reason: "Which instrument measured sensitivity?" },
    });

    const other = await submitted(researcher);
    await rejectSubmission({ viewer: secondAdmin, id: other.id, reason: "No control group in the analysis." }, db);
    const rejected = await getSubmission({ viewer: researcher, id: other.id }, db);
    expect(rejected).toMatchObject({ status: "rejected", review: { reason: "No control group in the analysis." } });
    // Neither touched the headline effects.
    const pooledFromThese = await db.pooledEffect.count({ where: { sourceStudyId: { in: [entry.id, other.id] } } });
    expect(pooledFromThese).toBe(0);
  });
});

describe("who decides, and when", () => {
  test("only an editor, never on their own entry, and only while it is submitted", async () => {
    const entry = await submitted(researcher);
    expect((await refusal(() => acceptSubmission({ viewer: researcher, id: entry.id }, db))).code).toBe("FORBIDDEN");
    expect((await refusal(() => acceptSubmission({ viewer: null, id: entry.id }, db))).code).toBe("UNAUTHORIZED");

    const own = await submitted(admin);
    expect((await refusal(() => acceptSubmission({ viewer: admin, id: own.id }, db))).code).toBe("FORBIDDEN");
    expect((await acceptSubmission({ viewer: secondAdmin, id: own.id }, db)).status).toBe("accepted");

    await rejectSubmission({ viewer: admin, id: entry.id, reason: "Duplicate of an accepted trial." }, db);
    const again = await refusal(() => acceptSubmission({ viewer: secondAdmin, id: entry.id }, db));
    expect(again.code).toBe("CONFLICT");

    const curated = await db.study.findFirstOrThrow({ where: { submitterId: null, scope: "INTERVENTION" } });
    expect((await refusal(() => acceptSubmission({ viewer: admin, id: curated.id }, db))).code).toBe("NOT_FOUND");
  });
});
