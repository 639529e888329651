/**
 * The editors' decisions on evidence entries: accept (its effect sizes join the headline effects,
 * recomputed in the same transaction), reject, ask the submitter a question (needs-changes; their edit and
 * resubmission answers it), accept a proposed intervention together with its new catalogue record, and
 * retract accepted evidence. Every call is one transaction that locks the entry's row first.
 *
 * Accept and reject are decisions (ReviewDecision rows, with the reviewer's name as recorded then). With
 * second review on (lib/curation/settings.ts) an outcome needs two agreeing decisions by two different
 * admins, neither the submitter; a disagreement is settled by a third admin (isTiebreak). Decisions count
 * for the current submission round only (made since the entry's submittedAt). Nobody decides on their own
 * entry.
 */
import "server-only";
import type { z } from "zod";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import { Prisma } from "../../generated/prisma/client";
import type { AdviceGroup, PreventionLevel, ReviewVerdict, StudyStatus } from "../../generated/prisma/enums";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import type { Locale } from "../i18n/locale";
import { writeAudit } from "../audit";
import { recomputePooledEffects } from "../evidence/pooling";
import { parseWithLocale } from "../submission/schemas";
import { nextStatus } from "../submission/status";
import { readSubmission, requireSubmissionAccess } from "../submission/queries";
import { audit, lockSubmission, refuse, type Locked } from "../submission/mutations";
import type { SubmissionDto } from "../submission/dto";
import { isSecondReviewOn } from "./settings";
import {
  acceptNoteSchema,
  proposalRecordSchema,
  REVIEW_MESSAGES,
  reviewQuestionSchema,
  reviewReasonSchema,
  type ProposalRecordDraft,
  type ProposalRecordInput,
} from "./review-schemas";

const MESSAGES = {
  ownEntry: {
    nl: "Over uw eigen inzending beslist een andere redacteur",
    en: "Another editor decides on your own entry",
  },
  alreadyDecided: {
    nl: "U heeft in deze ronde al beslist; een andere redacteur beslist nu",
    en: "You have already decided in this round; another editor decides now",
  },
  proposalNeedsRecord: {
    nl: "Een voorgestelde interventie wordt geaccepteerd met haar gegevens voor de databank",
    en: "A proposed intervention is accepted with its catalogue record",
  },
  notAProposal: {
    nl: "Deze inzending gaat over een interventie die al in de databank staat",
    en: "This entry is about an intervention already in the catalogue",
  },
  slugTaken: (name: string) => ({
    nl: `Deze slug is al in gebruik door ‘${name}’`,
    en: `This slug is already used by ‘${name}’`,
  }),
  unverified: (id: number) => ({
    nl: `Overgenomen uit het voorstel bij inzending ${id}; nog niet aan een bron getoetst`,
    en: `Taken from the proposal with entry ${id}; not yet checked against a source`,
  }),
  inferred: (id: number) => ({
    nl: `Door de redactie bepaald uit de beschrijving in het voorstel bij inzending ${id}`,
    en: `Set by the editors from the description in the proposal with entry ${id}`,
  }),
} as const;

type ReviewAction = "accept" | "reject" | "ask" | "retract";
const DONE: Record<ReviewAction, string> = {
  accept: "accepted",
  reject: "rejected",
  ask: "sent back",
  retract: "retracted",
};
const VERDICT_ACTION: Record<ReviewVerdict, "accept" | "reject"> = { ACCEPT: "accept", REJECT: "reject" };

/** Parses a reason with the form's schema, or refuses naming the field "reason". */
function parseReason<S extends z.ZodType>(schema: S, value: unknown, locale: Locale): z.infer<S> {
  const parsed = parseWithLocale(schema, value ?? "", locale, REVIEW_MESSAGES);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => ({ ...issue, path: "reason" }));
    throw new AppError("INVALID", issues[0].message, issues);
  }
  return parsed.data;
}

/** Locks the entry and refuses a viewer who may not review it, or who submitted it. */
async function lockForReview(tx: Tx, user: Viewer, id: number, verb: "review" | "retract", locale: Locale) {
  const current = requireSubmissionAccess(user, verb, id, await lockSubmission(tx, id));
  if (current.submitterId === user.id) {
    throw new AppError("FORBIDDEN", MESSAGES.ownEntry[locale], [{ path: "id", message: MESSAGES.ownEntry[locale] }]);
  }
  const study = await tx.study.findUniqueOrThrow({
    where: { id },
    select: { scope: true, interventionId: true, submittedAt: true, isDemo: true },
  });
  return { ...current, ...study };
}

function nextOrRefuse(current: Locked, action: ReviewAction): StudyStatus {
  const next = nextStatus(current.status, action);
  if (!next) refuse(current.status, DONE[action]);
  return next;
}

type Decided = { reviewerId: string | null; reviewerName: string; verdict: ReviewVerdict; reason: string | null };

/** The decisions of the entry's current submission round, oldest first. */
export async function currentRoundDecisions(client: Db | Tx, studyId: number, submittedAt: Date | null) {
  return client.reviewDecision.findMany({
    where: { studyId, ...(submittedAt ? { createdAt: { gte: submittedAt } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reviewerId: true,
      reviewerName: true,
      verdict: true,
      reason: true,
      isTiebreak: true,
      createdAt: true,
    },
  });
}

/**
 * Records one accept or reject decision and, when it settles the round, applies the outcome. Returns the
 * entry as it stands afterwards (still submitted while a second or third decision is awaited).
 */
async function decide(
  viewer: Viewer | null,
  id: number,
  verdict: ReviewVerdict,
  reasonInput: string | undefined,
  record: ProposalRecordDraft | undefined,
  locale: Locale,
  database: Db | undefined,
): Promise<SubmissionDto> {
  const user = requirePermission(viewer, "review", "submission");
  const reason =
    verdict === "REJECT"
      ? parseReason(reviewReasonSchema, reasonInput, locale)
      : (parseReason(acceptNoteSchema, reasonInput, locale) ?? null);
  let parsedRecord: ProposalRecordInput | null = null;
  if (record !== undefined) {
    const parsed = parseWithLocale(proposalRecordSchema, record, locale, REVIEW_MESSAGES);
    if (!parsed.ok) throw new AppError("INVALID", "The catalogue record has problems", parsed.issues);
    parsedRecord = parsed.data;
  }
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const current = await lockForReview(tx, user, id, "review", locale);
    const next = nextOrRefuse(current, VERDICT_ACTION[verdict]);
    if (verdict === "ACCEPT" && current.scope === "PROPOSAL" && !parsedRecord) {
      const text = MESSAGES.proposalNeedsRecord[locale];
      throw new AppError("CONFLICT", text, [{ path: "scope", message: text }]);
    }
    if (parsedRecord && current.scope !== "PROPOSAL") {
      const text = MESSAGES.notAProposal[locale];
      throw new AppError("CONFLICT", text, [{ path: "scope", message: text }]);
    }

    const secondReview = await isSecondReviewOn(tx);
    const round = await currentRoundDecisions(tx, id, current.submittedAt);
    if (secondReview && round.some((d) => d.reviewerId === user.id)) {
      const text = MESSAGES.alreadyDecided[locale];
      throw new AppError("CONFLICT", text, [{ path: "id", message: text }]);
    }
    // Without second review every decision settles the entry; with it, the second settles when it agrees
    // with the first, and a third (the tiebreak) settles a disagreement.
    const isTiebreak = secondReview && round.length >= 2;
    const settles = !secondReview || isTiebreak || (round.length === 1 && round[0].verdict === verdict);
    const now = new Date();
    // A decision always belongs to the round it is made in, whatever the clocks of two app servers say.
    const createdAt = current.submittedAt && current.submittedAt > now ? current.submittedAt : now;
    const decision = await tx.reviewDecision.create({
      data: { studyId: id, reviewerId: user.id, reviewerName: user.name, verdict, reason, isTiebreak, createdAt },
      select: { id: true },
    });
    // The decision's own audit row says that a decision was made, not which: until the round is settled, a
    // second reviewer must not learn the first one's verdict (the outcome's row lists them all).
    await audit(tx, user, "submission.decision", id, {
      decision: decision.id,
      secondReview,
      ...(settles ? { verdict } : { awaiting: round.length === 0 ? "second" : "tiebreak" }),
    });
    if (!settles) return readSubmission(tx, user, id);

    const decisions: Decided[] = [...round, { reviewerId: user.id, reviewerName: user.name, verdict, reason }];
    // What the submitter reads: the reasons of the decisions that make the outcome (the tiebreaker's alone).
    const deciding = isTiebreak ? decisions.slice(-1) : decisions.filter((d) => d.verdict === verdict);
    const outcomeReason = [...new Set(deciding.flatMap((d) => (d.reason ? [d.reason] : [])))].join("\n\n") || null;

    let interventionId = current.interventionId;
    if (verdict === "ACCEPT" && parsedRecord) {
      interventionId = await createProposedIntervention(tx, user, id, current.isDemo, parsedRecord, locale);
    }
    await tx.study.update({
      where: { id },
      data: {
        status: next,
        reviewerId: user.id,
        reviewerName: user.name,
        reviewedAt: now,
        reviewReason: outcomeReason,
        ...(interventionId !== current.interventionId ? { scope: "INTERVENTION" as const, interventionId } : {}),
      },
      select: { id: true },
    });
    if (verdict === "ACCEPT" && interventionId !== null) await recomputePooledEffects(tx, interventionId);
    await audit(tx, user, `submission.${VERDICT_ACTION[verdict]}`, id, {
      from: current.status,
      to: next,
      reason: outcomeReason,
      ...(secondReview
        ? {
            decisions: decisions.map((d, index) => ({
              reviewerName: d.reviewerName,
              verdict: d.verdict,
              reason: d.reason,
              isTiebreak: isTiebreak && index === decisions.length - 1,
            })),
          }
        : {}),
      ...(parsedRecord ? { intervention: parsedRecord.slug } : {}),
    });
    return readSubmission(tx, user, id);
  });
}

const PREVENTION_LEVEL = {
  universal: "UNIVERSAL",
  selective: "SELECTIVE",
  indicated: "INDICATED",
  care: "CARE",
} as const satisfies Record<ProposalRecordInput["targetGroup"]["preventionLevel"], PreventionLevel>;
const ADVICE_GROUP = {
  "risk-factors": "RISK_FACTORS",
  "maltreatment-occurs": "MALTREATMENT_OCCURS",
  "asks-for-support": "ASKS_FOR_SUPPORT",
  universal: "UNIVERSAL",
} as const satisfies Record<ProposalRecordInput["targetGroup"]["adviceGroups"][number], AdviceGroup>;

/**
 * The catalogue record of an accepted proposal: the intervention and its first target group, with the
 * fields taken from the submitter's proposal marked unverified and the editor's classification marked
 * inferred (design: provenance of every field). Returns the new intervention's id.
 */
async function createProposedIntervention(
  tx: Tx,
  user: Viewer,
  studyId: number,
  isDemo: boolean,
  record: ProposalRecordInput,
  locale: Locale,
): Promise<number> {
  const slugTaken = (name: string) => {
    const text = MESSAGES.slugTaken(name)[locale];
    return new AppError("INVALID", text, [{ path: "slug", message: text }]);
  };
  const existing = await tx.intervention.findUnique({ where: { slug: record.slug }, select: { nameNl: true } });
  if (existing) throw slugTaken(existing.nameNl);
  const group = record.targetGroup;
  let interventionId: number;
  try {
    ({ id: interventionId } = await tx.intervention.create({
      data: {
        slug: record.slug,
        nameNl: record.nameNl,
        nameEn: record.nameEn,
        summaryNl: record.summaryNl,
        summaryEn: record.summaryEn,
        descriptionNl: record.descriptionNl ?? null,
        descriptionEn: record.descriptionEn ?? null,
        website: record.website ?? null,
        isDemo,
        targetGroups: {
          create: {
            preventionLevel: PREVENTION_LEVEL[group.preventionLevel],
            ageMinMonths: group.ageMinMonths ?? null,
            ageMaxMonths: group.ageMaxMonths ?? null,
            descriptionNl: group.descriptionNl,
            descriptionEn: group.descriptionEn,
            adviceGroups: group.adviceGroups.map((slug) => ADVICE_GROUP[slug]),
          },
        },
      },
      select: { id: true },
    }));
  } catch (error) {
    // Another editor took the slug between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw slugTaken(record.slug);
    throw error;
  }

  const unverified = MESSAGES.unverified(studyId);
  const inferred = MESSAGES.inferred(studyId);
  const marks: { path: string; kind: "UNVERIFIED" | "INFERRED"; reason: { nl: string; en: string } }[] = [
    ...(record.descriptionNl || record.descriptionEn
      ? [{ path: "description", kind: "UNVERIFIED" as const, reason: unverified }]
      : []),
    ...(record.website ? [{ path: "website", kind: "UNVERIFIED" as const, reason: unverified }] : []),
    ...(group.ageMinMonths !== undefined
      ? [{ path: "targetGroups.0.ageMinMonths", kind: "UNVERIFIED" as const, reason: unverified }]
      : []),
    ...(group.ageMaxMonths !== undefined
      ? [{ path: "targetGroups.0.ageMaxMonths", kind: "UNVERIFIED" as const, reason: unverified }]
      : []),
    { path: "targetGroups.0.preventionLevel", kind: "INFERRED", reason: inferred },
    { path: "targetGroups.0.adviceGroups", kind: "INFERRED", reason: inferred },
  ];
  await tx.fieldProvenance.createMany({
    data: marks.map((m) => ({
      interventionId,
      path: m.path,
      kind: m.kind,
      reasonNl: m.reason.nl,
      reasonEn: m.reason.en,
    })),
  });
  await writeAudit(
    tx,
    user,
    "intervention.create",
    { type: "Intervention", id: interventionId },
    {
      slug: record.slug,
      fromStudy: studyId,
    },
  );
  return interventionId;
}

/** Accepts an entry about a catalogue intervention (or records the acceptance, with second review on). */
export async function acceptSubmission(
  { viewer, id, reason, locale = "en" }: { viewer: Viewer | null; id: number; reason?: string; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  return decide(viewer, id, "ACCEPT", reason, undefined, locale, database);
}

/**
 * Accepts an entry that proposes a new intervention together with the catalogue record the editor
 * completed: the intervention and its first target group are created, the entry becomes evidence for it
 * and its headline effects are computed, all in one transaction. With second review on, every acceptance
 * carries a record; the one that settles the round creates it.
 */
export async function acceptProposal(
  {
    viewer,
    id,
    record,
    reason,
    locale = "en",
  }: { viewer: Viewer | null; id: number; record: ProposalRecordDraft; reason?: string; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  return decide(viewer, id, "ACCEPT", reason, record, locale, database);
}

/** Rejects an entry (a proposed intervention with it); the reason is required and shown to the submitter. */
export async function rejectSubmission(
  { viewer, id, reason, locale = "en" }: { viewer: Viewer | null; id: number; reason: string; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  return decide(viewer, id, "REJECT", reason, undefined, locale, database);
}

/**
 * Asks the submitter a question: the entry goes back to them (needs-changes) with the question; their edit
 * and resubmission starts a new round. Not a decision: one editor may ask, also with second review on.
 */
export async function askSubmitter(
  { viewer, id, reason, locale = "en" }: { viewer: Viewer | null; id: number; reason: string; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  const user = requirePermission(viewer, "review", "submission");
  const question = parseReason(reviewQuestionSchema, reason, locale);
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const current = await lockForReview(tx, user, id, "review", locale);
    const next = nextOrRefuse(current, "ask");
    await tx.study.update({
      where: { id },
      data: {
        status: next,
        reviewerId: user.id,
        reviewerName: user.name,
        reviewedAt: new Date(),
        reviewReason: question,
      },
      select: { id: true },
    });
    await audit(tx, user, "submission.ask", id, { from: current.status, to: next, reason: question });
    return readSubmission(tx, user, id);
  });
}

/**
 * Takes accepted evidence out of the catalogue again, with a required reason: its effects leave the
 * headline effects, recomputed in the same transaction; the entry's history keeps the retraction.
 */
export async function retractSubmission(
  { viewer, id, reason, locale = "en" }: { viewer: Viewer | null; id: number; reason: string; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  const user = requirePermission(viewer, "retract", "submission");
  const text = parseReason(reviewReasonSchema, reason, locale);
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const current = await lockForReview(tx, user, id, "retract", locale);
    const next = nextOrRefuse(current, "retract");
    await tx.study.update({
      where: { id },
      data: { status: next, reviewerId: user.id, reviewerName: user.name, reviewedAt: new Date(), reviewReason: text },
      select: { id: true },
    });
    if (current.interventionId !== null) await recomputePooledEffects(tx, current.interventionId);
    await audit(tx, user, "submission.retract", id, { from: current.status, to: next, reason: text });
    return readSubmission(tx, user, id);
  });
}
