/**
 * The editors' review on a real database: the queue (oldest first, filters, waiting time), the review page's
 * before/after headline effects (what accepting stores), decisions with their reasons, retraction, proposed
 * interventions accepted with their catalogue record, independent second review with its tiebreak and its
 * round rules, the researcher's history, and that only admins reach any of it.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTestDatabase } from "@/tests/helpers/with-test-database";
import { createViewer, refusal } from "@/tests/helpers/viewers";
import { proposalRecord, trialEntry, type TrialOptions } from "@/tests/helpers/submissions";
import { submitEntry } from "@/tests/helpers/save-submission";
import type { Db } from "@/lib/database/client";
import type { Viewer } from "@/lib/auth/viewer";
import { parseWithLocale, submissionSchema } from "@/lib/submission/schemas";
import { saveSubmission, submitSubmission } from "@/lib/submission/mutations";
import { getSubmission } from "@/lib/submission/queries";
import {
  acceptProposal,
  acceptSubmission,
  askSubmitter,
  rejectSubmission,
  retractSubmission,
} from "@/lib/curation/review";
import { findReviewQueue, getReviewEntry } from "@/lib/curation/review-queries";
import { getReviewSettings, setSecondReview } from "@/lib/curation/settings";
import type { ProposalRecordDraft } from "@/lib/curation/review-schemas";
import { findInterventions, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionFiltersSchema, withDefaults } from "@/lib/intervention/schemas";
import { createDemoIntervention } from "@/seed/factories";

let db: Db;
let researcher: Viewer;
let otherResearcher: Viewer;
let adminA: Viewer;
let adminB: Viewer;
let adminC: Viewer;
/** A synthetic intervention with two accepted trials on parental sensitivity: its headline is a REML pool. */
let demo: { id: number; slug: string };

let counter = 0;
type EntryOptions = Omit<TrialOptions, "tag">;
const entryDraft = (options: EntryOptions = {}) =>
  trialEntry({ tag: "curation-review", intervention: demo.slug, ...options });
const submitted = (viewer: Viewer, options: EntryOptions = {}) => submitEntry(db, viewer, entryDraft(options));

const status = async (id: number) => (await db.study.findUniqueOrThrow({ where: { id } })).status;
const headline = (interventionId: number, slug = "parental-sensitivity") =>
  db.pooledEffect.findFirst({ where: { interventionId, outcomeDomain: { slug } } });

const record = (overrides: Partial<ProposalRecordDraft> = {}) => proposalRecord(`ouders-samen-${++counter}`, overrides);

const proposal = { name: "Ouders Samen", description: "Acht groepsbijeenkomsten", targetGroup: "Ouders met stress" };

withTestDatabase({ seed: true }, (database) => (db = database.prisma));
beforeAll(async () => {
  researcher = await createViewer(db, "RESEARCHER", "review-researcher");
  otherResearcher = await createViewer(db, "RESEARCHER", "review-researcher-two");
  adminA = await createViewer(db, "ADMIN", "review-admin-a");
  adminB = await createViewer(db, "ADMIN", "review-admin-b");
  adminC = await createViewer(db, "ADMIN", "review-admin-c");
  demo = await createDemoIntervention(db, {
    slug: "demo-review-pool",
    nameNl: "Demo-interventie voor beoordeling",
    studies: [
      {
        citation: "Demo A. Synthetic trial one",
        outcome: "parental-sensitivity",
        estimate: 0.35,
        ciLower: 0.1,
        ciUpper: 0.6,
        n: 120,
      },
      {
        citation: "Demo B. Synthetic trial two",
        outcome: "parental-sensitivity",
        estimate: 0.15,
        ciLower: -0.1,
        ciUpper: 0.4,
        n: 150,
      },
    ],
  });
});

describe("the queue", () => {
  test("lists submitted entries oldest first, filtered by intervention, outcome and submitter, with their waiting time", async () => {
    const submitter = await createViewer(db, "RESEARCHER", "queue-researcher");
    const first = await submitted(submitter);
    const second = await submitted(submitter, { intervention: "theraplay", outcome: "attachment-security" });
    const third = await submitted(submitter, { outcome: "attachment-security" });
    // Submitted on three known days, in a different order from their ids.
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 9));
    await db.study.update({ where: { id: first.id }, data: { submittedAt: day(3) } });
    await db.study.update({ where: { id: second.id }, data: { submittedAt: day(1) } });
    await db.study.update({ where: { id: third.id }, data: { submittedAt: day(2) } });
    const draft = parseWithLocale(submissionSchema, entryDraft(), "en");
    if (!draft.ok) throw new Error("draft");
    await saveSubmission({ viewer: submitter, input: draft.data }, db);

    const now = new Date(Date.UTC(2026, 0, 4, 9));
    const queue = await findReviewQueue({ viewer: adminA, query: { submitter: submitter.id }, now }, db);
    expect(queue.items.map((i) => i.id)).toEqual([second.id, third.id, first.id]);
    expect(queue.total).toBe(3);
    expect(queue.items.map((i) => i.waitedHours)).toEqual([72, 48, 24]);
    expect(queue.items[0]).toMatchObject({ interventionSlug: "theraplay", submitter: { name: "queue-researcher" } });
    expect(queue.choices.submitters.map((s) => s.id)).toContain(submitter.id);
    expect(queue.choices.interventions.map((i) => i.slug)).toEqual(expect.arrayContaining(["theraplay", demo.slug]));

    const byIntervention = await findReviewQueue(
      { viewer: adminA, query: { submitter: submitter.id, intervention: demo.slug } },
      db,
    );
    expect(byIntervention.items.map((i) => i.id)).toEqual([third.id, first.id]);
    const byOutcome = await findReviewQueue(
      { viewer: adminA, query: { submitter: submitter.id, outcome: "attachment-security" } },
      db,
    );
    expect(byOutcome.items.map((i) => i.id)).toEqual([second.id, third.id]);
    const both = await findReviewQueue(
      { viewer: adminA, query: { submitter: submitter.id, outcome: "attachment-security", intervention: "theraplay" } },
      db,
    );
    expect(both.items.map((i) => i.id)).toEqual([second.id]);
    const paged = await findReviewQueue(
      { viewer: adminA, query: { submitter: submitter.id, page: 2 }, pageSize: 2 },
      db,
    );
    expect(paged.items.map((i) => i.id)).toEqual([first.id]);
    expect(paged.total).toBe(3);

    // Decided entries leave the queue.
    await rejectSubmission({ viewer: adminA, id: second.id, reason: "Synthetic test rejection." }, db);
    const after = await findReviewQueue({ viewer: adminA, query: { submitter: submitter.id } }, db);
    expect(after.items.map((i) => i.id)).toEqual([third.id, first.id]);
  });
});

describe("accepting an entry", () => {
  test("stores exactly the 'after' headline the review page showed, in the step that accepts it", async () => {
    const entry = await submitted(researcher, { m1: 12 });
    const before = await headline(demo.id);
    expect(before).toMatchObject({ basis: "POOLED", k: 2 });

    const page = await getReviewEntry({ viewer: adminA, id: entry.id }, db);
    expect(page.intervention?.slug).toBe(demo.slug);
    expect(page.intervention?.studies).toHaveLength(2);
    expect(page.canDecide).toBe(true);
    const impact = page.impact!.find((i) => i.outcome.slug === "parental-sensitivity")!;
    expect(impact.before).toMatchObject({ basis: "pooled", k: 2 });
    expect(impact.before!.estimate).toBeCloseTo(before!.estimate, 12);
    expect(impact.after).toMatchObject({ basis: "pooled", k: 3 });
    expect(impact.forestBefore).toHaveLength(2);
    expect(impact.forestAfter.map((r) => r.studyId)).toContain(entry.id);
    // Nothing is stored by looking.
    expect((await headline(demo.id))!.estimate).toBe(before!.estimate);

    const accepted = await acceptSubmission({ viewer: adminA, id: entry.id, reason: "Sound trial." }, db);
    expect(accepted.status).toBe("accepted");
    const after = await headline(demo.id);
    expect(after).toMatchObject({ basis: "POOLED", k: 3, totalN: impact.after!.totalN });
    expect(after!.estimate).toBeCloseTo(impact.after!.estimate, 12);
    expect(after!.ciLower).toBeCloseTo(impact.after!.ciLower!, 12);
    expect(after!.estimate).not.toBeCloseTo(before!.estimate, 6);

    const study = await db.study.findUniqueOrThrow({ where: { id: entry.id } });
    expect(study).toMatchObject({ reviewerId: adminA.id, reviewerName: adminA.name, reviewReason: "Sound trial." });
    const decisions = await db.reviewDecision.findMany({ where: { studyId: entry.id } });
    expect(decisions).toMatchObject([
      { reviewerId: adminA.id, reviewerName: adminA.name, verdict: "ACCEPT", isTiebreak: false },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Study", entityId: String(entry.id), action: "submission.accept" },
    });
    expect(audit).toMatchObject({
      actorId: adminA.id,
      data: { from: "SUBMITTED", to: "ACCEPTED", reason: "Sound trial." },
    });

    // Retraction: the pool goes back to the two trials, in the same step; the history shows why.
    const missing = await refusal(() => retractSubmission({ viewer: adminB, id: entry.id, reason: " " }, db));
    expect(missing).toMatchObject({ code: "INVALID", issues: [{ path: "reason" }] });
    await retractSubmission({ viewer: adminB, id: entry.id, reason: "The trial's data were withdrawn." }, db);
    const retracted = await headline(demo.id);
    expect(retracted).toMatchObject({ k: 2 });
    expect(retracted!.estimate).toBeCloseTo(before!.estimate, 12);
    const seen = await getSubmission({ viewer: researcher, id: entry.id }, db);
    expect(seen.status).toBe("retracted");
    expect(seen.history.map((h) => h.event)).toEqual(["created", "submitted", "accepted", "retracted"]);
    expect(seen.history.at(-1)).toMatchObject({ reason: "The trial's data were withdrawn." });
    expect((await refusal(() => retractSubmission({ viewer: adminB, id: entry.id, reason: "Again" }, db))).code).toBe(
      "CONFLICT",
    );
  });
});

describe("rejecting, asking and retracting", () => {
  test("need a reason, which the researcher reads in the entry's history", async () => {
    const entry = await submitted(researcher);
    for (const reason of ["", "   "]) {
      const reject = await refusal(() => rejectSubmission({ viewer: adminA, id: entry.id, reason }, db));
      expect(reject).toMatchObject({ code: "INVALID", issues: [{ path: "reason" }] });
      const ask = await refusal(() => askSubmitter({ viewer: adminA, id: entry.id, reason, locale: "nl" }, db));
      expect(ask).toMatchObject({
        code: "INVALID",
        issues: [{ path: "reason", message: "Schrijf de vraag aan de inzender" }],
      });
    }
    expect(await status(entry.id)).toBe("SUBMITTED");
    expect(await db.reviewDecision.count({ where: { studyId: entry.id } })).toBe(0);

    await askSubmitter({ viewer: adminA, id: entry.id, reason: "Which instrument measured sensitivity?" }, db);
    await submitSubmission({ viewer: researcher, id: entry.id }, db);
    await rejectSubmission({ viewer: adminB, id: entry.id, reason: "No control group in the analysis." }, db);
    const seen = await getSubmission({ viewer: researcher, id: entry.id }, db);
    expect(seen.history).toMatchObject([
      { event: "created" },
      { event: "submitted" },
      { event: "question", reason: "Which instrument measured sensitivity?" },
      { event: "resubmitted" },
      { event: "rejected", reason: "No control group in the analysis." },
    ]);
    expect(seen.review).toMatchObject({ reason: "No control group in the analysis." });
  });
});

describe("a proposed intervention", () => {
  const catalogueHas = async (slug: string, q: string) => {
    const filters = withDefaults(interventionFiltersSchema.parse({ q, pageSize: "100" }));
    return (await findInterventions(db, { filters })).items.some((item) => item.slug === slug);
  };

  test("is accepted with its catalogue record and then is in the catalogue", async () => {
    const entry = await submitted(researcher, { proposal });
    const plain = await refusal(() => acceptSubmission({ viewer: adminA, id: entry.id }, db));
    expect(plain.code).toBe("CONFLICT");

    const page = await getReviewEntry({ viewer: adminA, id: entry.id }, db);
    expect(page.intervention).toBeNull();
    expect(page.impact![0]).toMatchObject({ before: null, after: { basis: "single-study", k: 1 } });

    // Every field of the record is checked and named.
    const bad = await refusal(() =>
      acceptProposal(
        {
          viewer: adminA,
          id: entry.id,
          locale: "nl",
          record: record({
            slug: "Ouders Samen!",
            nameEn: " ",
            website: "ftp://x",
            targetGroup: { ...record().targetGroup, ageMinMonths: 24, ageMaxMonths: 12, adviceGroups: [] },
          }),
        },
        db,
      ),
    );
    expect(bad.code).toBe("INVALID");
    expect(bad.issues.map((i) => i.path).sort()).toEqual(
      ["nameEn", "slug", "targetGroup.adviceGroups", "targetGroup.ageMaxMonths", "website"].sort(),
    );
    expect(bad.issues.find((i) => i.path === "slug")?.message).toMatch(/kleine letters/);

    // A slug already in the catalogue is refused, and nothing of the decision is written.
    const taken = await refusal(() =>
      acceptProposal({ viewer: adminA, id: entry.id, record: record({ slug: "theraplay" }) }, db),
    );
    expect(taken).toMatchObject({ code: "INVALID", issues: [{ path: "slug" }] });
    expect(await status(entry.id)).toBe("SUBMITTED");
    expect(await db.reviewDecision.count({ where: { studyId: entry.id } })).toBe(0);

    const chosen = record();
    expect(await catalogueHas(chosen.slug, "Ouders Samen")).toBe(false);
    const accepted = await acceptProposal({ viewer: adminA, id: entry.id, record: chosen }, db);
    expect(accepted).toMatchObject({ status: "accepted", intervention: { slug: chosen.slug } });

    const study = await db.study.findUniqueOrThrow({ where: { id: entry.id } });
    expect(study.scope).toBe("INTERVENTION");
    const detail = await getInterventionBySlug(db, { slug: chosen.slug });
    expect(detail).toMatchObject({
      name: { nl: "Ouders Samen", en: "Parents Together" },
      targetGroups: [
        {
          preventionLevel: "selective",
          ageMinMonths: 0,
          ageMaxMonths: 48,
          adviceGroups: expect.arrayContaining(["risk-factors", "asks-for-support"]),
        },
      ],
      pooledEffects: [{ outcome: "parental-sensitivity", basis: "single-study", sourceStudyId: entry.id }],
    });
    expect(detail!.studies.map((s) => s.id)).toEqual([entry.id]);
    // Fields from the submitter's proposal are marked as such, the editors' classification as inferred.
    expect(detail!.provenance).toMatchObject({
      website: { kind: "unverified" },
      description: { kind: "unverified" },
      "targetGroups.0.ageMinMonths": { kind: "unverified" },
      "targetGroups.0.preventionLevel": { kind: "inferred" },
    });
    expect(await catalogueHas(chosen.slug, "Ouders Samen")).toBe(true);
    const audit = await db.auditLog.findFirst({
      where: { action: "intervention.create", data: { path: ["slug"], equals: chosen.slug } },
    });
    expect(audit?.actorId).toBe(adminA.id);
  });

  test("rejected with its entry, it stays out of the catalogue", async () => {
    const entry = await submitted(researcher, { proposal: { ...proposal, name: "Ouders Apart" } });
    const interventions = await db.intervention.count();
    const missing = await refusal(() => rejectSubmission({ viewer: adminA, id: entry.id, reason: "" }, db));
    expect(missing.code).toBe("INVALID");
    await rejectSubmission({ viewer: adminA, id: entry.id, reason: "Not a youth intervention." }, db);
    expect(await status(entry.id)).toBe("REJECTED");
    expect(await db.intervention.count()).toBe(interventions);
    expect(await catalogueHas("ouders-apart", "Ouders Apart")).toBe(false);
  });
});

describe("second review", () => {
  beforeAll(async () => {
    await setSecondReview({ viewer: adminA, enabled: true }, db);
  });
  afterAll(async () => {
    await setSecondReview({ viewer: adminA, enabled: false }, db);
  });

  test("is a setting only admins change, with an audit row", async () => {
    expect(await getReviewSettings({ viewer: adminB }, db)).toMatchObject({
      secondReview: true,
      changed: { by: adminA.name },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "setting.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: adminA.id, entityId: "review.second", data: { from: false, to: true } });
  });

  test("one acceptance is not enough; the second reviewer does not see the first; agreement decides", async () => {
    const entry = await submitted(researcher, { m1: 13 });
    const before = await headline(demo.id);
    await acceptSubmission({ viewer: adminA, id: entry.id }, db);
    expect(await status(entry.id)).toBe("SUBMITTED");
    expect((await headline(demo.id))!.estimate).toBe(before!.estimate);
    // The researcher sees no step yet; the queue says one of two.
    const waiting = await getSubmission({ viewer: researcher, id: entry.id }, db);
    expect(waiting).toMatchObject({ status: "submitted", review: null });
    expect(waiting.history.map((h) => h.event)).toEqual(["created", "submitted"]);
    const queue = await findReviewQueue({ viewer: adminB, query: { submitter: researcher.id } }, db);
    expect(queue.items.find((i) => i.id === entry.id)?.round).toEqual({
      made: 1,
      needed: 2,
      awaitingTiebreak: false,
      viewerHasDecided: false,
    });
    // The pending decision's audit row does not say which way it went.
    const pending = await db.auditLog.findFirstOrThrow({
      where: { entityId: String(entry.id), action: "submission.decision" },
    });
    expect(JSON.stringify(pending.data)).not.toMatch(/ACCEPT|REJECT/);

    const forB = await getReviewEntry({ viewer: adminB, id: entry.id }, db);
    expect(forB).toMatchObject({ decisions: null, canDecide: true, round: { made: 1, viewerHasDecided: false } });
    expect(JSON.stringify(forB)).not.toContain(adminA.name);
    const forA = await getReviewEntry({ viewer: adminA, id: entry.id }, db);
    expect(forA).toMatchObject({ canDecide: false, cannotDecide: "decided", decisions: [{ verdict: "accept" }] });

    const twice = await refusal(() => acceptSubmission({ viewer: adminA, id: entry.id }, db));
    expect(twice.code).toBe("CONFLICT");

    await acceptSubmission({ viewer: adminB, id: entry.id, reason: "Agree." }, db);
    expect(await status(entry.id)).toBe("ACCEPTED");
    expect((await headline(demo.id))!.k).toBe(3);
    const decisions = await db.reviewDecision.findMany({ where: { studyId: entry.id }, orderBy: { id: "asc" } });
    expect(decisions.map((d) => [d.reviewerId, d.verdict, d.isTiebreak])).toEqual([
      [adminA.id, "ACCEPT", false],
      [adminB.id, "ACCEPT", false],
    ]);
    expect((await getSubmission({ viewer: researcher, id: entry.id }, db)).history.at(-1)).toMatchObject({
      event: "accepted",
      reason: "Agree.",
    });
    await retractSubmission({ viewer: adminC, id: entry.id, reason: "Clean up for the next test." }, db);
  });

  test("the submitter never decides, also not as the second reviewer", async () => {
    const own = await submitted(adminA);
    expect((await refusal(() => acceptSubmission({ viewer: adminA, id: own.id }, db))).code).toBe("FORBIDDEN");
    await acceptSubmission({ viewer: adminB, id: own.id }, db);
    expect((await refusal(() => acceptSubmission({ viewer: adminA, id: own.id }, db))).code).toBe("FORBIDDEN");
    // The submitter, an admin, sees the outcome only, not the pending decision.
    expect(await getReviewEntry({ viewer: adminA, id: own.id }, db)).toMatchObject({
      decisions: null,
      cannotDecide: "own",
    });
  });

  test("a disagreement is shown side by side and settled by a third admin who is neither of the two", async () => {
    const entry = await submitted(researcher);
    await acceptSubmission({ viewer: adminA, id: entry.id }, db);
    await rejectSubmission({ viewer: adminB, id: entry.id, reason: "Outcome measured by the therapists." }, db);
    expect(await status(entry.id)).toBe("SUBMITTED");
    for (const first of [adminA, adminB]) {
      expect((await refusal(() => rejectSubmission({ viewer: first, id: entry.id, reason: "Again" }, db))).code).toBe(
        "CONFLICT",
      );
    }
    const forC = await getReviewEntry({ viewer: adminC, id: entry.id }, db);
    expect(forC).toMatchObject({
      canDecide: true,
      round: { made: 2, awaitingTiebreak: true },
      decisions: [
        { reviewerName: adminA.name, verdict: "accept" },
        { reviewerName: adminB.name, verdict: "reject", reason: "Outcome measured by the therapists." },
      ],
    });
    await rejectSubmission({ viewer: adminC, id: entry.id, reason: "The outcome is not blinded." }, db);
    expect(await status(entry.id)).toBe("REJECTED");
    const decisions = await db.reviewDecision.findMany({ where: { studyId: entry.id }, orderBy: { id: "asc" } });
    expect(decisions.map((d) => [d.reviewerId, d.verdict, d.isTiebreak])).toEqual([
      [adminA.id, "ACCEPT", false],
      [adminB.id, "REJECT", false],
      [adminC.id, "REJECT", true],
    ]);
    const seen = await getSubmission({ viewer: researcher, id: entry.id }, db);
    expect(seen.history.at(-1)).toEqual(
      expect.objectContaining({ event: "rejected", reason: "The outcome is not blinded." }),
    );
  });

  test("decisions count for the current submission round only", async () => {
    const entry = await submitted(researcher);
    await acceptSubmission({ viewer: adminA, id: entry.id }, db);
    await askSubmitter({ viewer: adminC, id: entry.id, reason: "Please add the follow-up." }, db);
    await submitSubmission({ viewer: researcher, id: entry.id }, db);
    // Admin A decided in the last round; in this one, theirs is the first decision again.
    await acceptSubmission({ viewer: adminA, id: entry.id }, db);
    expect(await status(entry.id)).toBe("SUBMITTED");
    const forB = await getReviewEntry({ viewer: adminB, id: entry.id }, db);
    expect(forB.round).toMatchObject({ made: 1 });
    expect(forB.decisions).toBeNull();
    await rejectSubmission({ viewer: adminB, id: entry.id, reason: "Follow-up too short." }, db);
    expect(await status(entry.id)).toBe("SUBMITTED");
  });

  test("two first decisions at the same moment: one is first, the other second", async () => {
    const entry = await submitted(researcher, { outcome: "attachment-security" });
    await Promise.all([
      acceptSubmission({ viewer: adminA, id: entry.id }, db),
      acceptSubmission({ viewer: adminB, id: entry.id }, db),
    ]);
    expect(await status(entry.id)).toBe("ACCEPTED");
    const audits = await db.auditLog.findMany({
      where: { entityId: String(entry.id), action: "submission.decision" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => (a.data as { awaiting?: string }).awaiting ?? null)).toEqual(["second", null]);

    // The same admin twice at once: one decision is recorded, the other refused.
    const again = await submitted(researcher, { outcome: "attachment-security" });
    const results = await Promise.allSettled([
      acceptSubmission({ viewer: adminC, id: again.id }, db),
      acceptSubmission({ viewer: adminC, id: again.id }, db),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.reviewDecision.count({ where: { studyId: again.id } })).toBe(1);
    expect(await status(again.id)).toBe("SUBMITTED");
  });
});

describe("a researcher", () => {
  test("gets FORBIDDEN from every editors' function", async () => {
    const entry = await submitted(otherResearcher);
    const calls: [string, () => Promise<unknown>][] = [
      ["queue", () => findReviewQueue({ viewer: researcher }, db)],
      ["review page", () => getReviewEntry({ viewer: researcher, id: entry.id }, db)],
      ["accept", () => acceptSubmission({ viewer: researcher, id: entry.id }, db)],
      ["accept proposal", () => acceptProposal({ viewer: researcher, id: entry.id, record: record() }, db)],
      ["reject", () => rejectSubmission({ viewer: researcher, id: entry.id, reason: "No" }, db)],
      ["ask", () => askSubmitter({ viewer: researcher, id: entry.id, reason: "Why?" }, db)],
      ["retract", () => retractSubmission({ viewer: researcher, id: entry.id, reason: "No" }, db)],
      ["settings", () => getReviewSettings({ viewer: researcher }, db)],
      ["change settings", () => setSecondReview({ viewer: researcher, enabled: true }, db)],
    ];
    for (const [name, call] of calls) {
      expect({ name, code: (await refusal(call)).code }).toEqual({ name, code: "FORBIDDEN" });
    }
    // Their own entry is no different.
    const own = await submitted(researcher);
    expect((await refusal(() => acceptSubmission({ viewer: researcher, id: own.id }, db))).code).toBe("FORBIDDEN");
    expect(await status(own.id)).toBe("SUBMITTED");
    expect(await status(entry.id)).toBe("SUBMITTED");
    expect((await getReviewSettings({ viewer: adminA }, db)).secondReview).toBe(false);
  });
});
