/**
 * Dutch recognition (erkenning) as NJi words it, as pure rules shared by the seed, the data layer and the
 * pages. Browser-safe. The database enforces the same "recognised as effective" rule with a check
 * constraint (migration 20261201150000_evidence_truth).
 */
import type { EvidenceLevel, RecognitionStatus } from "../../generated/prisma/enums";
import { addYears, RECOGNITION_VALID_YEARS } from "../partial-date";

/** API slugs of the recognition statuses; "onbekend" = no Dutch decision known (not a verdict). */
export const recognitionStatusSlugs = ["erkend", "niet-erkend", "in-herbeoordeling", "onbekend"] as const;
export type RecognitionStatusSlug = (typeof recognitionStatusSlugs)[number];

export const recognitionStatusSlug: Record<RecognitionStatus, RecognitionStatusSlug> = {
  ERKEND: "erkend",
  NIET_ERKEND: "niet-erkend",
  IN_HERBEOORDELING: "in-herbeoordeling",
  ONBEKEND: "onbekend",
};

/** The three levels at which a recognition is "as effective". */
export const EFFECTIVE_LEVELS: readonly EvidenceLevel[] = [
  "EERSTE_AANWIJZINGEN",
  "GOEDE_AANWIJZINGEN",
  "STERKE_AANWIJZINGEN",
];

/** "Recognised as effective": erkend (or in herbeoordeling, which keeps its level) at an Effectief level. */
export function isRecognisedAsEffective(status: RecognitionStatus, level: EvidenceLevel | null): boolean {
  return (status === "ERKEND" || status === "IN_HERBEOORDELING") && level !== null && EFFECTIVE_LEVELS.includes(level);
}

/**
 * The re-review date of a recognition: the stored one, else five years after the decision; null without
 * either (a recognition without a decision date is never "current").
 */
export function reReviewDate(expiresOn: string | null, decidedOn: string | null): string | null {
  if (expiresOn) return expiresOn;
  if (!decidedOn) return null;
  return addYears(new Date(`${decidedOn}T00:00:00Z`), RECOGNITION_VALID_YEARS)
    .toISOString()
    .slice(0, 10);
}

/** Recognised as effective and today before the re-review date. */
export function isCurrentlyRecognised(
  r: { isRecognised: boolean; expiresOn: string | null; decidedOn: string | null },
  today: string,
): boolean {
  const until = reReviewDate(r.expiresOn, r.decidedOn);
  return r.isRecognised && until !== null && today < until;
}
