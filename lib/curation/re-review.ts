/**
 * "Due for re-review": recognitions (erkend or in herbeoordeling) whose re-review date has passed or falls
 * within the window (90 days), soonest first, each with the studies accepted since its last rating
 * decision. The re-review date is the stored one, else five years after the decision (as the catalogue's
 * recognised=current filter reads it); a recognition with neither date is never due.
 */
import "server-only";
import { db } from "../db";
import type { Db } from "../database/client";
import { requirePermission, type Viewer } from "../auth/viewer";
import { today as clockToday } from "../clock";
import { evidenceLevelSlug } from "../intervention/schemas";
import { recognitionStatusSlug, reReviewDate, type RecognitionStatusSlug } from "../intervention/recognition";
import { countNewStudiesSinceRating } from "../intervention/new-evidence";
import type { EvidenceLevelSlug } from "../intervention/dto";
import { addYears, RECOGNITION_VALID_YEARS } from "../partial-date";

export const RE_REVIEW_WINDOW_DAYS = 90;

export type ReReviewItem = {
  slug: string;
  name: { nl: string; en: string };
  isDemo: boolean;
  status: RecognitionStatusSlug;
  level: EvidenceLevelSlug | null;
  isRecognised: boolean;
  decidedOn: string | null;
  /** The re-review date, YYYY-MM-DD. */
  dueOn: string;
  /** Days from today to the re-review date; negative when it has passed. */
  daysLeft: number;
  lastReviewedOn: string | null;
  /** Studies accepted after the last rating decision (null: no decision date known). */
  newStudies: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (date: Date) => date.toISOString().slice(0, 10);
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Pure: the re-review date and days left, or null when the recognition is not due within the window. */
export function dueWithin(
  r: { expiresOn: string | null; decidedOn: string | null },
  today: string,
  windowDays = RE_REVIEW_WINDOW_DAYS,
): { dueOn: string; daysLeft: number } | null {
  const dueOn = reReviewDate(r.expiresOn, r.decidedOn);
  if (dueOn === null) return null;
  const daysLeft = Math.round((dateOf(dueOn).getTime() - dateOf(today).getTime()) / DAY_MS);
  return daysLeft <= windowDays ? { dueOn, daysLeft } : null;
}

export async function findDueForReReview(
  {
    viewer,
    today = clockToday(),
    windowDays = RE_REVIEW_WINDOW_DAYS,
  }: {
    viewer: Viewer | null;
    today?: string;
    windowDays?: number;
  },
  database?: Db,
): Promise<ReReviewItem[]> {
  requirePermission(viewer, "rate", "intervention");
  const client = database ?? (await db());
  const limit = new Date(dateOf(today).getTime() + windowDays * DAY_MS);
  const rows = await client.recognition.findMany({
    where: {
      status: { in: ["ERKEND", "IN_HERBEOORDELING"] },
      OR: [
        { expiresOn: { lte: limit } },
        { expiresOn: null, decidedOn: { lte: addYears(limit, -RECOGNITION_VALID_YEARS) } },
      ],
    },
    select: {
      status: true,
      level: true,
      isRecognised: true,
      decidedOn: true,
      expiresOn: true,
      intervention: {
        select: { id: true, slug: true, nameNl: true, nameEn: true, isDemo: true, lastReviewedOn: true },
      },
    },
  });
  const counts = await countNewStudiesSinceRating(
    client,
    rows.map((r) => r.intervention.id),
  );
  const items: ReReviewItem[] = [];
  for (const r of rows) {
    const decidedOn = r.decidedOn ? day(r.decidedOn) : null;
    const due = dueWithin({ expiresOn: r.expiresOn ? day(r.expiresOn) : null, decidedOn }, today, windowDays);
    if (!due) continue;
    const i = r.intervention;
    items.push({
      slug: i.slug,
      name: { nl: i.nameNl, en: i.nameEn },
      isDemo: i.isDemo,
      status: recognitionStatusSlug[r.status],
      level: r.level ? (evidenceLevelSlug[r.level] as EvidenceLevelSlug) : null,
      isRecognised: r.isRecognised,
      decidedOn,
      ...due,
      lastReviewedOn: i.lastReviewedOn ? day(i.lastReviewedOn) : null,
      newStudies: counts.get(i.id) ?? null,
    });
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.nl.localeCompare(b.name.nl));
}
