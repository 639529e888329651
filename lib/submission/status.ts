/**
 * The life of an evidence entry: which status follows which action, and who may take it. Pure and
 * browser-safe. Review actions (accept, reject, ask) belong to admins; the owner saves, submits, answers
 * and withdraws.
 */
import type { StudyStatus } from "../../generated/prisma/enums";

export const SUBMISSION_STATUS_SLUGS = {
  DRAFT: "draft",
  SUBMITTED: "submitted",
  NEEDS_CHANGES: "needs-changes",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
  RETRACTED: "retracted",
} as const satisfies Record<StudyStatus, string>;
export type SubmissionStatusSlug = (typeof SUBMISSION_STATUS_SLUGS)[StudyStatus];
export const submissionStatusSlugs = Object.values(SUBMISSION_STATUS_SLUGS) as [
  SubmissionStatusSlug,
  ...SubmissionStatusSlug[],
];

export type SubmissionAction = "edit" | "submit" | "withdraw" | "accept" | "reject" | "ask" | "retract";

const NEXT: Record<SubmissionAction, Partial<Record<StudyStatus, StudyStatus>>> = {
  // Editing keeps the status; a question from the editors is answered by editing and submitting again.
  edit: { DRAFT: "DRAFT", NEEDS_CHANGES: "NEEDS_CHANGES" },
  submit: { DRAFT: "SUBMITTED", NEEDS_CHANGES: "SUBMITTED" },
  // Until a decision the owner may take the entry back; accepted evidence is retracted by an admin only.
  withdraw: { DRAFT: "WITHDRAWN", SUBMITTED: "WITHDRAWN", NEEDS_CHANGES: "WITHDRAWN" },
  accept: { SUBMITTED: "ACCEPTED" },
  reject: { SUBMITTED: "REJECTED" },
  ask: { SUBMITTED: "NEEDS_CHANGES" },
  // An admin takes accepted evidence out of the catalogue again, with a reason; the history keeps it.
  retract: { ACCEPTED: "RETRACTED" },
};

/** The status after the action, or null when the action is not possible in this status. */
export function nextStatus(status: StudyStatus, action: SubmissionAction): StudyStatus | null {
  return NEXT[action][status] ?? null;
}

/** Whether the owner may still change the entry's content. */
export function isEditable(status: StudyStatus): boolean {
  return nextStatus(status, "edit") !== null;
}
