/**
 * Writing evidence entries: save (create or replace a draft, optionally submitting it), submit, withdraw.
 * The editors' decisions (accept, reject, ask the submitter, retract) are in lib/curation/review.ts.
 * Each call is one transaction with its audit row; effect sizes are computed here from the entered
 * statistics. Entries that are not ACCEPTED never reach the pooled effects or the facet tables: curation
 * accepts them later, and the facet triggers ignore every other status.
 */
import "server-only";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import type { Prisma } from "../../generated/prisma/client";
import type { StudyStatus } from "../../generated/prisma/enums";
import { AppError, type FieldIssue } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import type { Locale } from "../i18n/locale";
import { effectFromInputs } from "../evidence/compute";
import { detectInputForm } from "../stats/schemas";
import { StatsError } from "../stats/pool";
import type { SubmissionInput } from "./schemas";
import { isEditable, nextStatus } from "./status";
import { readSubmission, requireSubmissionAccess } from "./queries";
import {
  designFromSlug,
  INPUT_FORM_ENUM,
  judgementFromSlug,
  overallFromSlug,
  toolFromSlug,
  type SubmissionDto,
} from "./dto";

const MESSAGES = {
  unknownIntervention: (slug: string) => ({
    nl: `Er is geen interventie "${slug}" in de databank`,
    en: `There is no intervention "${slug}" in the catalogue`,
  }),
  unknownOutcome: (slug: string) => ({
    nl: `Er is geen uitkomstdomein "${slug}"`,
    en: `There is no outcome domain "${slug}"`,
  }),
  doiAccepted: (citation: string) => ({
    nl: `Deze DOI hoort al bij een opgenomen studie: ${citation}`,
    en: `This DOI already belongs to an accepted study: ${citation}`,
  }),
  doiOwn: (id: number) => ({
    nl: `U heeft deze DOI al ingevoerd, in invoer ${id}`,
    en: `You already entered this DOI, in entry ${id}`,
  }),
  notEditable: {
    nl: "Deze invoer kan niet meer worden gewijzigd",
    en: "This entry can no longer be changed",
  },
} as const;

const STATUS_WORDS: Record<StudyStatus, string> = {
  DRAFT: "a draft",
  SUBMITTED: "submitted",
  NEEDS_CHANGES: "waiting for changes",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  RETRACTED: "retracted",
};

export type Locked = { id: number; submitterId: string | null; status: StudyStatus };

/**
 * Reads and row-locks an entry for the rest of the transaction, so two saves (or two editors' decisions,
 * lib/curation/review.ts) cannot interleave.
 */
export async function lockSubmission(tx: Tx, id: number): Promise<Locked | null> {
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT id, "submitterId", status::text AS status FROM "Study"
    WHERE id = ${id} AND "submitterId" IS NOT NULL AND scope <> 'CONTEXT'
    FOR UPDATE`;
  return rows[0] ?? null;
}

export function refuse(status: StudyStatus, done: string): never {
  throw new AppError("CONFLICT", `An entry that is ${STATUS_WORDS[status]} cannot be ${done}`, [
    { path: "status", message: `Not possible while the entry is ${STATUS_WORDS[status]}` },
  ]);
}

export async function audit(tx: Tx, viewer: Viewer, action: string, id: number, data: Prisma.InputJsonValue) {
  await tx.auditLog.create({
    data: { actorId: viewer.id, action, entityType: "Study", entityId: String(id), data },
  });
}

/**
 * The cross-record rules the schema cannot check (slugs that exist, a DOI not entered twice), and the
 * computed effect sizes. Throws INVALID naming every field with a problem.
 */
async function resolveEntry(tx: Tx, viewer: Viewer, input: SubmissionInput, id: number | undefined, locale: Locale) {
  const issues: FieldIssue[] = [];
  let interventionId: number | null = null;
  if (input.intervention !== undefined) {
    const intervention = await tx.intervention.findUnique({
      where: { slug: input.intervention },
      select: { id: true },
    });
    if (intervention) interventionId = intervention.id;
    else issues.push({ path: "intervention", message: MESSAGES.unknownIntervention(input.intervention)[locale] });
  }

  const slugs = [...new Set(input.outcomes.map((o) => o.outcome))];
  const domains = await tx.outcomeDomain.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const domainIds = new Map(domains.map((d) => [d.slug, d.id]));

  if (input.study.doi !== undefined) {
    // DOIs are case-insensitive; curated ones keep the publisher's capitals.
    // lower(doi) is indexed (Study_doi_lower_idx); Prisma's case-insensitive equals cannot use that index.
    const sameDoi = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Study" WHERE lower("doi") = lower(${input.study.doi}) AND "doi" IS NOT NULL`;
    const others = await tx.study.findMany({
      where: {
        id: { in: sameDoi.map((s) => s.id), ...(id !== undefined ? { not: id } : {}) },
        OR: [{ status: "ACCEPTED" }, { submitterId: viewer.id, status: { not: "WITHDRAWN" } }],
      },
      select: { id: true, status: true, citation: true },
      orderBy: { id: "asc" },
    });
    const accepted = others.find((s) => s.status === "ACCEPTED");
    if (accepted) issues.push({ path: "study.doi", message: MESSAGES.doiAccepted(accepted.citation)[locale] });
    else if (others[0]) issues.push({ path: "study.doi", message: MESSAGES.doiOwn(others[0].id)[locale] });
  }

  const effectSizes: Omit<Prisma.EffectSizeCreateManyInput, "studyId">[] = [];
  input.outcomes.forEach((result, index) => {
    const outcomeDomainId = domainIds.get(result.outcome);
    if (outcomeDomainId === undefined) {
      issues.push({ path: `outcomes.${index}.outcome`, message: MESSAGES.unknownOutcome(result.outcome)[locale] });
      return;
    }
    const detected = detectInputForm(result.statistics);
    if (!detected.ok) {
      issues.push({ path: ["outcomes", index, "statistics", ...detected.path].join("."), message: detected.message });
      return;
    }
    const inputForm = INPUT_FORM_ENUM[detected.form];
    const { statistics } = result;
    let effect: { yi: number; vi: number } | null;
    try {
      effect = effectFromInputs(result.measure, inputForm, statistics as Record<string, number>);
    } catch (error) {
      if (!(error instanceof StatsError)) throw error;
      const path = ["outcomes", index, "statistics", ...error.path].join(".");
      issues.push({ path, message: error.message });
      return;
    }
    const isEstimateCi = detected.form === "estimateCi";
    effectSizes.push({
      outcomeDomainId,
      measure: result.measure,
      inputForm,
      inputs: statistics as Prisma.InputJsonValue,
      yi: effect?.yi ?? null,
      vi: effect?.vi ?? null,
      reportedEstimate: isEstimateCi ? (statistics.estimate ?? null) : null,
      reportedCiLower: isEstimateCi ? (statistics.ciLower ?? null) : null,
      reportedCiUpper: isEstimateCi ? (statistics.ciUpper ?? null) : null,
      sampleSize: statistics.n1 !== undefined && statistics.n2 !== undefined ? statistics.n1 + statistics.n2 : null,
      higherIsBetter: result.higherIsBetter,
      outcomeLabel: result.outcomeLabel ?? null,
      timepointMonths: result.timepointMonths,
      subgroup: result.subgroup ?? null,
    });
  });

  if (issues.length > 0) throw new AppError("INVALID", "The entry has problems", issues);
  return { interventionId, effectSizes };
}

function studyColumns(input: SubmissionInput) {
  const { study } = input;
  return {
    citation: study.citation,
    doi: study.doi ?? null,
    url: study.url ?? null,
    year: study.year,
    design: designFromSlug(study.design),
    country: study.country,
    sampleSize: study.sampleSize,
    followUpMonths: study.followUpMonths ?? null,
    riskOfBias: overallFromSlug(study.riskOfBias.overall),
    riskOfBiasTool: toolFromSlug(study.riskOfBias.tool),
    riskOfBiasDomains: study.riskOfBias.domains.map(judgementFromSlug),
    summary: study.summary ?? null,
  };
}

function proposalColumns(proposal: NonNullable<SubmissionInput["proposal"]>) {
  return {
    name: proposal.name,
    description: proposal.description,
    targetGroup: proposal.targetGroup,
    ageMinMonths: proposal.ageMinMonths ?? null,
    ageMaxMonths: proposal.ageMaxMonths ?? null,
    websiteUrl: proposal.websiteUrl ?? null,
  };
}

/**
 * Creates an entry (no id) or replaces the content of the viewer's own entry while it is editable (draft or
 * waiting for changes); with submit, it is submitted for review in the same transaction. The input has
 * been parsed with submissionSchema; the rules that need the database are checked here.
 */
export async function saveSubmission(
  {
    viewer,
    input,
    id,
    submit = false,
    locale = "en",
  }: { viewer: Viewer | null; input: SubmissionInput; id?: number; submit?: boolean; locale?: Locale },
  database?: Db,
): Promise<SubmissionDto> {
  const user = requirePermission(viewer, id === undefined ? "create" : "update", "submission");
  if (submit) requirePermission(user, "submit", "submission");
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    let status: StudyStatus = "DRAFT";
    if (id !== undefined) {
      const current = requireSubmissionAccess(user, "update", id, await lockSubmission(tx, id));
      if (!isEditable(current.status)) {
        throw new AppError("CONFLICT", MESSAGES.notEditable[locale], [
          { path: "status", message: MESSAGES.notEditable[locale] },
        ]);
      }
      status = current.status;
    }
    const { interventionId, effectSizes } = await resolveEntry(tx, user, input, id, locale);
    const submittedStatus = submit ? nextStatus(status, "submit") : null;
    const now = new Date();
    const target =
      interventionId !== null
        ? { scope: "INTERVENTION" as const, interventionId }
        : { scope: "PROPOSAL" as const, interventionId: null };
    const columns = {
      ...studyColumns(input),
      ...target,
      ...(submittedStatus ? { status: submittedStatus, submittedAt: now } : {}),
    };

    let studyId: number;
    if (id === undefined) {
      const created = await tx.study.create({
        data: { ...columns, status: submittedStatus ?? "DRAFT", submitterId: user.id },
        select: { id: true },
      });
      studyId = created.id;
    } else {
      studyId = id;
      await tx.study.update({ where: { id }, data: columns, select: { id: true } });
      await tx.effectSize.deleteMany({ where: { studyId: id } });
      if (!input.proposal) await tx.interventionProposal.deleteMany({ where: { studyId: id } });
    }
    if (input.proposal) {
      const proposal = proposalColumns(input.proposal);
      await tx.interventionProposal.upsert({
        where: { studyId },
        create: { studyId, ...proposal },
        update: proposal,
        select: { id: true },
      });
    }
    await tx.effectSize.createMany({ data: effectSizes.map((e) => ({ ...e, studyId })) });

    const summary = {
      intervention: input.intervention ?? null,
      proposal: input.proposal?.name ?? null,
      doi: input.study.doi ?? null,
      outcomes: effectSizes.length,
    };
    await audit(tx, user, id === undefined ? "submission.create" : "submission.update", studyId, summary);
    if (submittedStatus) await audit(tx, user, "submission.submit", studyId, { from: status, to: submittedStatus });
    return readSubmission(tx, user, studyId);
  });
}

/** Moves one of the viewer's entries on by an owner's action (submit, withdraw), with its audit row. */
async function transition(
  viewer: Viewer | null,
  id: number,
  action: "submit" | "withdraw",
  database: Db | undefined,
): Promise<SubmissionDto> {
  const user = requirePermission(viewer, action, "submission");
  const client = database ?? (await db());
  return client.$transaction(async (tx) => {
    const current = requireSubmissionAccess(user, action, id, await lockSubmission(tx, id));
    const next = nextStatus(current.status, action);
    if (!next) refuse(current.status, action === "submit" ? "submitted" : "withdrawn");
    await tx.study.update({
      where: { id },
      data: { status: next, ...(action === "submit" ? { submittedAt: new Date() } : {}) },
      select: { id: true },
    });
    await audit(tx, user, `submission.${action}`, id, { from: current.status, to: next });
    return readSubmission(tx, user, id);
  });
}

export async function submitSubmission(
  { viewer, id }: { viewer: Viewer | null; id: number },
  database?: Db,
): Promise<SubmissionDto> {
  return transition(viewer, id, "submit", database);
}

export async function withdrawSubmission(
  { viewer, id }: { viewer: Viewer | null; id: number },
  database?: Db,
): Promise<SubmissionDto> {
  return transition(viewer, id, "withdraw", database);
}
