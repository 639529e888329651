/**
 * Reading evidence entries: the researcher's own list, one entry, and the choices of the entry form.
 * Every function checks the viewer's grants itself. The optional last argument is the database (tests pass
 * their own); the app uses its one client.
 */
import "server-only";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import { AppError } from "../errors";
import { requireAccessTo, requirePermission, type Viewer } from "../auth/viewer";
import { canActOn, type Verb } from "../auth/permissions";
import {
  submissionSelect,
  submissionSummarySelect,
  toSubmissionDto,
  toSubmissionSummaryDto,
  HISTORY_ACTIONS,
  type HistoryRow,
  type SubmissionDto,
  type SubmissionSummaryDto,
} from "./dto";

export const DEFAULT_SUBMISSION_PAGE_SIZE = 20;

/** Entries made in the app have a submitter; curated and imported studies are not submissions. */
const isSubmission = { submitterId: { not: null }, scope: { not: "CONTEXT" } } as const;

/** The viewer's own entries, most recently changed first. */
export async function findOwnSubmissions(
  {
    viewer,
    page = 1,
    pageSize = DEFAULT_SUBMISSION_PAGE_SIZE,
  }: { viewer: Viewer | null; page?: number; pageSize?: number },
  database?: Db,
): Promise<{ items: SubmissionSummaryDto[]; total: number; page: number; pageSize: number }> {
  const user = requirePermission(viewer, "read", "submission");
  const client = database ?? (await db());
  const where = { submitterId: user.id };
  const [rows, total] = await Promise.all([
    client.study.findMany({
      where,
      select: submissionSummarySelect,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.study.count({ where }),
  ]);
  return { items: rows.map(toSubmissionSummaryDto), total, page, pageSize };
}

/** One entry: the viewer's own, or anyone's with read:submission:any; otherwise not found. */
export async function getSubmission(
  { viewer, id }: { viewer: Viewer | null; id: number },
  database?: Db,
): Promise<SubmissionDto> {
  requirePermission(viewer, "read", "submission");
  const client = database ?? (await db());
  return readSubmission(client, viewer, id);
}

/**
 * Refuses unless the viewer may take this action on the entry. An entry the viewer may not read answers
 * exactly as one that does not exist, so that ids do not reveal others' entries.
 */
export function requireSubmissionAccess<T extends { submitterId: string | null }>(
  viewer: Viewer | null,
  verb: Verb,
  id: number,
  entry: T | null,
): T {
  const user = requirePermission(viewer, verb, "submission");
  if (!entry || !canActOn(user, "read", "submission", entry.submitterId)) {
    throw new AppError("NOT_FOUND", "No such submission", [{ path: "id", message: `No submission ${id}` }]);
  }
  requireAccessTo(user, verb, "submission", entry.submitterId);
  return entry;
}

/** getSubmission inside a transaction (the mutations answer with what they wrote). */
export async function readSubmission(client: Db | Tx, viewer: Viewer | null, id: number): Promise<SubmissionDto> {
  const row = await client.study.findFirst({ where: { id, ...isSubmission }, select: submissionSelect });
  const entry = requireSubmissionAccess(viewer, "read", id, row);
  return toSubmissionDto(entry, await readSubmissionHistory(client, id));
}

/** The audit rows of the entry's history, oldest first. */
export async function readSubmissionHistory(client: Db | Tx, id: number): Promise<HistoryRow[]> {
  return client.auditLog.findMany({
    where: { entityType: "Study", entityId: String(id), action: { in: [...HISTORY_ACTIONS] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, data: true, createdAt: true },
  });
}

/** The selects of the entry form: catalogue interventions and outcome domains, by name. */
export async function findSubmissionChoices(database?: Db): Promise<{
  interventions: { slug: string; name: { nl: string; en: string } }[];
  outcomes: { slug: string; name: { nl: string; en: string } }[];
}> {
  const client = database ?? (await db());
  const [interventions, outcomes] = await Promise.all([
    // Synthetic (demo) records are load-test data, not interventions anyone studies.
    client.intervention.findMany({
      where: { isDemo: false },
      select: { slug: true, nameNl: true, nameEn: true },
      orderBy: { nameNl: "asc" },
    }),
    client.outcomeDomain.findMany({ select: { slug: true, nameNl: true, nameEn: true }, orderBy: { nameNl: "asc" } }),
  ]);
  const named = (r: { slug: string; nameNl: string; nameEn: string }) => ({
    slug: r.slug,
    name: { nl: r.nameNl, en: r.nameEn },
  });
  return { interventions: interventions.map(named), outcomes: outcomes.map(named) };
}
