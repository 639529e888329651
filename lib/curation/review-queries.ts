/**
 * What the editors read to review: the queue of submitted entries (oldest first, filterable, with the time
 * each has waited) and one entry beside its intervention's accepted evidence, with what accepting it would
 * do to each headline effect. Admins only (review:submission:any). With second review on, a reviewer who has
 * not decided yet never learns another reviewer's decision in the same round (see visibleDecisions).
 */
import "server-only";
import { db } from "../db";
import type { Db } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import type { ReviewVerdict, StudyDesign, StudyStatus } from "../../generated/prisma/enums";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { hasPermission } from "../auth/permissions";
import { now as clockNow } from "../clock";
import { previewPooledEffects, type HeadlineColumns } from "../evidence/pooling";
import { certaintyView } from "../evidence/certainty";
import type { ForestInput } from "../evidence/forest";
import type { PooledEffectDto } from "../intervention/dto";
import { readSubmission } from "../submission/queries";
import { toHistoryItem, type SubmissionDto } from "../submission/dto";
import { currentRoundDecisions } from "./review";
import { isSecondReviewOn } from "./settings";
import type { ReviewQueueQuery } from "./review-schemas";

export const REVIEW_QUEUE_PAGE_SIZE = 20;

type Named = { slug: string; name: { nl: string; en: string } };
const named = (r: { slug: string; nameNl: string; nameEn: string }): Named => ({
  slug: r.slug,
  name: { nl: r.nameNl, en: r.nameEn },
});

/** Entries made in the app that wait for a decision. */
const waiting = {
  status: "SUBMITTED",
  submitterId: { not: null },
  scope: { not: "CONTEXT" },
} as const satisfies Prisma.StudyWhereInput;

/** Where an entry's round stands with second review on; null when one decision decides. */
export type RoundState = {
  /** Decisions made in the current round (their verdicts are not part of this). */
  made: number;
  /** Decisions the round needs before a tiebreak: two. */
  needed: number;
  /** Two decisions disagree: a third admin, neither of the two, decides. */
  awaitingTiebreak: boolean;
  viewerHasDecided: boolean;
};

function roundState(
  round: { reviewerId: string | null; verdict: ReviewVerdict }[],
  viewerId: string,
  secondReview: boolean,
): RoundState | null {
  if (!secondReview) return null;
  return {
    made: round.length,
    needed: 2,
    awaitingTiebreak: round.length === 2 && round[0].verdict !== round[1].verdict,
    viewerHasDecided: round.some((d) => d.reviewerId === viewerId),
  };
}

export type ReviewQueueItem = {
  id: number;
  title: { nl: string; en: string };
  isProposal: boolean;
  interventionSlug: string | null;
  citation: string;
  submitter: { id: string; name: string };
  isOwn: boolean;
  submittedAt: string;
  /** Hours since it was submitted. */
  waitedHours: number;
  outcomes: Named[];
  round: RoundState | null;
};

export type ReviewQueue = {
  items: ReviewQueueItem[];
  total: number;
  page: number;
  pageSize: number;
  secondReview: boolean;
  /** The filters' choices: only values some waiting entry has. */
  choices: { interventions: Named[]; outcomes: Named[]; submitters: { id: string; name: string }[] };
};

/** Submitted entries, oldest first, filtered by intervention, outcome domain and submitter. */
export async function findReviewQueue(
  {
    viewer,
    query = {},
    pageSize = REVIEW_QUEUE_PAGE_SIZE,
    now = clockNow(),
  }: { viewer: Viewer | null; query?: ReviewQueueQuery; pageSize?: number; now?: Date },
  database?: Db,
): Promise<ReviewQueue> {
  const user = requirePermission(viewer, "review", "submission");
  const client = database ?? (await db());
  const page = query.page ?? 1;
  const where: Prisma.StudyWhereInput = {
    ...waiting,
    ...(query.intervention ? { intervention: { slug: query.intervention } } : {}),
    ...(query.outcome ? { effectSizes: { some: { outcomeDomain: { slug: query.outcome } } } } : {}),
    ...(query.submitter ? { submitterId: query.submitter } : {}),
  };
  const [rows, total, secondReview, interventions, outcomes, submitters] = await Promise.all([
    client.study.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        citation: true,
        submittedAt: true,
        submitter: { select: { id: true, name: true } },
        intervention: { select: { slug: true, nameNl: true, nameEn: true } },
        proposal: { select: { name: true } },
        effectSizes: { select: { outcomeDomain: { select: { id: true, slug: true, nameNl: true, nameEn: true } } } },
      },
    }),
    client.study.count({ where }),
    isSecondReviewOn(client),
    client.intervention.findMany({
      where: { studies: { some: waiting } },
      select: { slug: true, nameNl: true, nameEn: true },
      orderBy: { nameNl: "asc" },
    }),
    client.outcomeDomain.findMany({
      where: { effectSizes: { some: { study: waiting } } },
      select: { slug: true, nameNl: true, nameEn: true },
      orderBy: { nameNl: "asc" },
    }),
    client.user.findMany({
      where: { submittedStudies: { some: waiting } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const decisions = secondReview
    ? await client.reviewDecision.findMany({
        where: { studyId: { in: rows.map((r) => r.id) } },
        select: { studyId: true, reviewerId: true, verdict: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];

  const items = rows.map((row): ReviewQueueItem => {
    const submittedAt = row.submittedAt ?? now;
    const round = decisions.filter((d) => d.studyId === row.id && d.createdAt >= submittedAt);
    const outcomeList = new Map(row.effectSizes.map((e) => [e.outcomeDomain.id, named(e.outcomeDomain)]));
    const submitter = row.submitter ?? { id: "", name: "" };
    return {
      id: row.id,
      title: row.intervention
        ? { nl: row.intervention.nameNl, en: row.intervention.nameEn }
        : { nl: row.proposal?.name ?? "", en: row.proposal?.name ?? "" },
      isProposal: row.intervention === null,
      interventionSlug: row.intervention?.slug ?? null,
      citation: row.citation,
      submitter,
      isOwn: submitter.id === user.id,
      submittedAt: submittedAt.toISOString(),
      waitedHours: Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 3_600_000)),
      outcomes: [...outcomeList.values()],
      round: roundState(round, user.id, secondReview),
    };
  });
  return {
    items,
    total,
    page,
    pageSize,
    secondReview,
    choices: { interventions: interventions.map(named), outcomes: outcomes.map(named), submitters },
  };
}

export type ReviewDecisionView = {
  reviewerName: string;
  verdict: "accept" | "reject";
  reason: string | null;
  isTiebreak: boolean;
  decidedAt: string;
};

/** One outcome the entry reports: its headline effect now and after accepting, with the forests' rows. */
export type EffectImpact = {
  outcome: Named;
  before: PooledEffectDto | null;
  after: PooledEffectDto | null;
  /** The rows of a forest plot (primary studies only, as on the public page); the entry's rows are marked. */
  forestBefore: ForestInput[];
  forestAfter: ForestInput[];
};

export type AcceptedStudy = {
  id: number;
  citation: string;
  year: number | null;
  design: StudyDesign;
  sampleSize: number | null;
  effects: { outcome: Named; measure: string; yi: number | null; vi: number | null; higherIsBetter: boolean }[];
};

export type ReviewEntry = {
  entry: SubmissionDto;
  studyStatus: StudyStatus;
  submitter: { name: string; email: string } | null;
  isOwn: boolean;
  intervention: (Named & { studies: AcceptedStudy[] }) | null;
  /** What accepting would change; null unless the entry waits for a decision. */
  impact: EffectImpact[] | null;
  secondReview: boolean;
  round: RoundState | null;
  /** The current round's decisions, or null while the viewer may not see them yet. */
  decisions: ReviewDecisionView[] | null;
  /** Decisions of earlier rounds (before a question sent the entry back). */
  earlierDecisions: ReviewDecisionView[];
  canDecide: boolean;
  /** Why the viewer cannot decide now, when the entry waits for a decision. */
  cannotDecide: "own" | "decided" | null;
  canAsk: boolean;
  canRetract: boolean;
  /** Who did what, for the editors (the submitter sees the same steps without names). */
  history: {
    event: SubmissionDto["history"][number]["event"];
    at: string;
    reason: string | null;
    actor: string | null;
  }[];
};

const SYNTHESIS: readonly StudyDesign[] = ["META_ANALYSIS", "SYSTEMATIC_REVIEW"];

const headlineDto = (outcome: string, h: HeadlineColumns | null): PooledEffectDto | null =>
  h && {
    outcome,
    basis: h.basis.toLowerCase().replace(/_/g, "-") as PooledEffectDto["basis"],
    sourceStudyId: h.sourceStudyId,
    measure: "SMD",
    method: h.method,
    k: h.k,
    totalN: h.totalN,
    estimate: h.estimate,
    ciLower: h.ciLower,
    ciUpper: h.ciUpper,
    piLower: h.piLower,
    piUpper: h.piUpper,
    tau2: h.tau2,
    i2: h.i2,
    certainty: certaintyView(h.certainty, h.certaintyReasons),
  };

const decisionView = (d: {
  reviewerName: string;
  verdict: ReviewVerdict;
  reason: string | null;
  isTiebreak: boolean;
  createdAt: Date;
}): ReviewDecisionView => ({
  reviewerName: d.reviewerName,
  verdict: d.verdict === "ACCEPT" ? "accept" : "reject",
  reason: d.reason,
  isTiebreak: d.isTiebreak,
  decidedAt: d.createdAt.toISOString(),
});

/**
 * The review page of one entry. Visible decisions: all of a settled round; of a round still open, only to
 * a reviewer who has decided in it, or (at a tiebreak) to the admins who may break it. The submitter, also
 * an admin, sees the outcome only.
 */
export async function getReviewEntry(
  { viewer, id }: { viewer: Viewer | null; id: number },
  database?: Db,
): Promise<ReviewEntry> {
  const user = requirePermission(viewer, "review", "submission");
  const client = database ?? (await db());
  const entry = await readSubmission(client, user, id);
  // A draft is its owner's alone (also one withdrawn before it was ever submitted).
  if (entry.submittedAt === null) {
    throw new AppError("NOT_FOUND", "No such submission", [{ path: "id", message: `No submission ${id}` }]);
  }
  const study = await client.study.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      scope: true,
      interventionId: true,
      submittedAt: true,
      submitter: { select: { id: true, name: true, email: true } },
      intervention: { select: { slug: true, nameNl: true, nameEn: true } },
    },
  });
  const isOwn = study.submitter?.id === user.id;
  const secondReview = await isSecondReviewOn(client);
  const [round, all, auditRows] = await Promise.all([
    currentRoundDecisions(client, id, study.submittedAt),
    client.reviewDecision.findMany({
      where: { studyId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, reviewerName: true, verdict: true, reason: true, isTiebreak: true, createdAt: true },
    }),
    client.auditLog.findMany({
      where: { entityType: "Study", entityId: String(id) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, data: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  const waitingForDecision = study.status === "SUBMITTED";
  const state = waitingForDecision ? roundState(round, user.id, secondReview) : null;
  const roundIds = new Set(round.map((d) => d.id));
  const settled = !waitingForDecision;
  const visible =
    !isOwn && (settled || !secondReview || state?.viewerHasDecided === true || state?.awaitingTiebreak === true);
  const canDecide = waitingForDecision && !isOwn && !(state?.viewerHasDecided ?? false);

  let intervention: ReviewEntry["intervention"] = null;
  if (study.intervention && study.interventionId !== null) {
    const studies = await client.study.findMany({
      where: { interventionId: study.interventionId, status: "ACCEPTED", id: { not: id } },
      orderBy: [{ year: "desc" }, { id: "asc" }],
      select: {
        id: true,
        citation: true,
        year: true,
        design: true,
        sampleSize: true,
        effectSizes: {
          orderBy: { id: "asc" },
          select: {
            measure: true,
            yi: true,
            vi: true,
            higherIsBetter: true,
            outcomeDomain: { select: { slug: true, nameNl: true, nameEn: true } },
          },
        },
      },
    });
    intervention = {
      ...named(study.intervention),
      studies: studies.map((s) => ({
        id: s.id,
        citation: s.citation,
        year: s.year,
        design: s.design,
        sampleSize: s.sampleSize,
        effects: s.effectSizes.map((e) => ({
          outcome: named(e.outcomeDomain),
          measure: e.measure,
          yi: e.yi,
          vi: e.vi,
          higherIsBetter: e.higherIsBetter,
        })),
      })),
    };
  }

  let impact: EffectImpact[] | null = null;
  if (waitingForDecision) {
    const interventionId = study.scope === "INTERVENTION" ? study.interventionId : null;
    const preview = await previewPooledEffects(client, { interventionId, studyId: id });
    const outcomeIds = preview.map((p) => p.outcomeDomainId);
    const [domains, effects] = await Promise.all([
      client.outcomeDomain.findMany({
        where: { id: { in: outcomeIds } },
        select: { id: true, slug: true, nameNl: true, nameEn: true },
      }),
      client.effectSize.findMany({
        where: {
          outcomeDomainId: { in: outcomeIds },
          study: { design: { notIn: [...SYNTHESIS] } },
          OR: [
            ...(interventionId !== null ? [{ study: { interventionId, status: "ACCEPTED" as const } }] : []),
            { studyId: id },
          ],
        },
        orderBy: { id: "asc" },
        select: {
          studyId: true,
          outcomeDomainId: true,
          measure: true,
          yi: true,
          vi: true,
          higherIsBetter: true,
          study: { select: { citation: true } },
        },
      }),
    ]);
    const domainById = new Map(domains.map((d) => [d.id, named(d)]));
    impact = preview.map((p) => {
      const outcome = domainById.get(p.outcomeDomainId)!;
      const rows = effects
        .filter((e) => e.outcomeDomainId === p.outcomeDomainId)
        .map((e): ForestInput => ({
          studyId: e.studyId,
          label: e.study.citation.split(".")[0],
          measure: e.measure,
          yi: e.yi,
          vi: e.vi,
          higherIsBetter: e.higherIsBetter,
        }));
      return {
        outcome,
        before: headlineDto(outcome.slug, p.before),
        after: headlineDto(outcome.slug, p.after),
        forestBefore: rows.filter((r) => r.studyId !== id),
        forestAfter: rows,
      };
    });
  }

  const history = auditRows.flatMap((row) => {
    const step = toHistoryItem(row);
    return step ? [{ ...step, actor: row.actor?.name ?? null }] : [];
  });

  return {
    entry,
    studyStatus: study.status,
    submitter: study.submitter ? { name: study.submitter.name, email: study.submitter.email } : null,
    isOwn,
    intervention,
    impact,
    secondReview,
    round: state,
    decisions: visible ? round.map(decisionView) : null,
    earlierDecisions: isOwn ? [] : all.filter((d) => !roundIds.has(d.id)).map(decisionView),
    canDecide,
    cannotDecide: waitingForDecision && !canDecide ? (isOwn ? "own" : "decided") : null,
    canAsk: waitingForDecision && !isOwn,
    canRetract: study.status === "ACCEPTED" && !isOwn && hasPermission(user.role, "retract", "submission", "any"),
    history,
  };
}
