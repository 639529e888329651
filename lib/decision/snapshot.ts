/**
 * What an intervention looks like for an officer following it (a shortlist item, a saved search's match),
 * and what changed between two such looks. A snapshot holds the Dutch level, the recognition status and
 * "recognised as effective", the re-review date and whether it had passed, the ids of accepted and retracted
 * evidence entries, and per outcome the headline effect with its CI. Snapshots are stored as JSON
 * (ShortlistItem.addedSnapshot/seenSnapshot, SavedSearch.seenSnapshot), so their shape is versioned.
 *
 * changesBetween is pure; loadSnapshots is the one reader of the database. Every change comes with its text
 * in Dutch and English (lib/i18n/messages/decision-alerts.ts, "alerts.changes") and with the moment the data
 * says it happened (`at`), which orders feeds and decides what a daily digest has not yet reported.
 */
import { createHash } from "node:crypto";
import { createTranslator } from "use-intl/core";
import type { Db, Tx } from "../database/client";
import type { HeadlineBasis, RecognitionStatus } from "../../generated/prisma/enums";
import { messages } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { formatEstimate } from "../format";
import { evidenceLevelSlug, type EvidenceLevelSlug } from "../intervention/schemas";
import { recognitionStatusSlug, type RecognitionStatusSlug } from "../intervention/recognition";

export const SNAPSHOT_VERSION = 1;
/** A headline's estimate has moved when it differs by at least this much (SMD). */
export const EFFECT_MOVE_THRESHOLD = 0.05;
/** Binary floating point: 0.35 − 0.30 is 0.0499999…; a move this close to the threshold counts as reaching it. */
const THRESHOLD_TOLERANCE = 1e-9;

export type Bilingual = { nl: string; en: string };
export type HeadlineBasisSlug = "pooled" | "meta-analysis" | "single-study";

export type HeadlineSnapshot = {
  outcomeName: Bilingual;
  basis: HeadlineBasisSlug;
  estimate: number;
  ciLower: number | null;
  ciUpper: number | null;
  /** When the headline row was last computed (ISO). */
  at: string;
};

export type InterventionSnapshot = {
  v: typeof SNAPSHOT_VERSION;
  id: number;
  slug: string;
  name: Bilingual;
  level: EvidenceLevelSlug;
  recognition: {
    status: RecognitionStatusSlug;
    isRecognised: boolean;
    /** Re-review date (YYYY-MM-DD), null without one. */
    expiresOn: string | null;
    /** Whether the re-review date had passed on the day the snapshot was taken. */
    reReviewPassed: boolean;
  };
  /** Ids of the evidence entries about the intervention that are accepted, and that were retracted, ascending. */
  acceptedStudyIds: number[];
  retractedStudyIds: number[];
  /** Headline effects by outcome slug. */
  headlines: Record<string, HeadlineSnapshot>;
  /** When the latest rating decision that changed the level was recorded (ISO), null without one. */
  levelAt: string | null;
  /** When the latest rating decision that changed the recognition status or flag was recorded (ISO). */
  recognitionAt: string | null;
  /** When each accepted or retracted entry (by id) was last decided on (ISO). */
  decidedAt: Record<string, string>;
  /** The latest of every moment above and of the catalogue record's last edit (ISO). */
  changedAt: string;
};

type HeadlineRef = Pick<HeadlineSnapshot, "estimate" | "ciLower" | "ciUpper" | "basis">;

/** One change of one intervention, with its text in both languages and when it happened. */
export type SnapshotChange = (
  | { kind: "level"; from: EvidenceLevelSlug; to: EvidenceLevelSlug }
  | {
      kind: "recognition";
      from: { status: RecognitionStatusSlug; isRecognised: boolean };
      to: { status: RecognitionStatusSlug; isRecognised: boolean };
    }
  | { kind: "re-review-passed"; expiresOn: string }
  | { kind: "evidence-accepted"; studyIds: number[] }
  | { kind: "evidence-retracted"; studyIds: number[] }
  | {
      kind: "effect-moved";
      outcome: string;
      from: HeadlineRef;
      to: HeadlineRef;
      /** What made it a change: the estimate moved, and/or the CI now includes no effect or no longer does. */
      reasons: ("estimate" | "now-includes-no-effect" | "now-excludes-no-effect")[];
    }
  | { kind: "headline-new"; outcome: string; to: HeadlineRef }
  | { kind: "headline-gone"; outcome: string; from: HeadlineRef }
) & { text: Bilingual; at: string };

export type ChangeKind = SnapshotChange["kind"];

const BASIS: Record<HeadlineBasis, HeadlineBasisSlug> = {
  POOLED: "pooled",
  META_ANALYSIS: "meta-analysis",
  SINGLE_STUDY: "single-study",
};

const translators = {
  nl: createTranslator({ locale: "nl", messages: messages.nl, namespace: "alerts.changes" }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "alerts.changes" }),
};
type ChangeTexts = (typeof messages)["nl"]["alerts"]["changes"];
type TextKey = Exclude<keyof ChangeTexts, "status">;

function bilingual(build: (locale: Locale) => string): Bilingual {
  return { nl: build("nl"), en: build("en") };
}

function say(locale: Locale, key: TextKey, values?: Record<string, string | number>): string {
  return (translators[locale] as (key: string, values?: Record<string, string | number>) => string)(key, values);
}

const levelName = (level: EvidenceLevelSlug, locale: Locale) => messages[locale].levels[level];

function statusName(r: { status: RecognitionStatusSlug; isRecognised: boolean }, locale: Locale): string {
  const status = messages[locale].alerts.changes.status[r.status];
  return r.isRecognised ? say(locale, "asEffective", { status }) : status;
}

const effectText = (h: HeadlineRef, locale: Locale) =>
  formatEstimate(h.estimate, h.ciLower, h.ciUpper, locale, { asReported: h.basis === "meta-analysis" });

/** Whether the CI includes no effect (0), as the certainty rules read it; null without a CI. */
export function includesNoEffect(h: Pick<HeadlineRef, "ciLower" | "ciUpper">): boolean | null {
  return h.ciLower === null || h.ciUpper === null ? null : h.ciLower <= 0 && h.ciUpper >= 0;
}

/** Whether the estimate moved by at least EFFECT_MOVE_THRESHOLD. */
export function estimateMoved(from: number, to: number): boolean {
  return Math.abs(to - from) >= EFFECT_MOVE_THRESHOLD - THRESHOLD_TOLERANCE;
}

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const latest = (values: (string | null)[]) =>
  values.reduce<string | null>((max, v) => (v !== null && (max === null || v > max) ? v : max), null);
const ids = (values: number[]) => [...values].sort((a, b) => a - b);
const headlineRef = ({ estimate, ciLower, ciUpper, basis }: HeadlineSnapshot): HeadlineRef => ({
  estimate,
  ciLower,
  ciUpper,
  basis,
});

/**
 * What changed from `before` to `after` (two snapshots of the same intervention), judged on `today`
 * (YYYY-MM-DD): the level; the recognition status or "recognised as effective"; the re-review date having
 * passed since `before` (a date that had already passed then is not news); evidence accepted or retracted;
 * per outcome a headline that moved (estimate by ≥ 0.05, or its CI now includes no effect where it did not,
 * or the reverse), that is new, or that disappeared. In a fixed order: rating first, then evidence, then
 * headlines by outcome.
 */
export function changesBetween(
  before: InterventionSnapshot,
  after: InterventionSnapshot,
  today: string,
): SnapshotChange[] {
  const changes: SnapshotChange[] = [];

  if (before.level !== after.level) {
    const { level: from } = before;
    const { level: to } = after;
    changes.push({
      kind: "level",
      from,
      to,
      at: after.levelAt ?? after.changedAt,
      text: bilingual((l) => say(l, "level", { from: levelName(from, l), to: levelName(to, l) })),
    });
  }

  const fromRecognition = { status: before.recognition.status, isRecognised: before.recognition.isRecognised };
  const toRecognition = { status: after.recognition.status, isRecognised: after.recognition.isRecognised };
  if (fromRecognition.status !== toRecognition.status || fromRecognition.isRecognised !== toRecognition.isRecognised) {
    changes.push({
      kind: "recognition",
      from: fromRecognition,
      to: toRecognition,
      at: after.recognitionAt ?? after.changedAt,
      text: bilingual((l) =>
        say(l, "recognition", { from: statusName(fromRecognition, l), to: statusName(toRecognition, l) }),
      ),
    });
  }

  const expiresOn = after.recognition.expiresOn;
  const passedNow = expiresOn !== null && expiresOn <= today;
  const passedThen = before.recognition.reReviewPassed && before.recognition.expiresOn === expiresOn;
  if (passedNow && !passedThen) {
    changes.push({
      kind: "re-review-passed",
      expiresOn,
      at: dayStart(expiresOn),
      text: bilingual((l) =>
        say(l, "reReviewPassed", {
          date: new Intl.DateTimeFormat(l === "nl" ? "nl-NL" : "en-GB", {
            timeZone: "UTC",
            dateStyle: "long",
          }).format(new Date(dayStart(expiresOn))),
        }),
      ),
    });
  }

  const decidedAt = (studyIds: number[]) =>
    latest(studyIds.map((id) => after.decidedAt[String(id)] ?? null)) ?? after.changedAt;
  const wasAccepted = new Set(before.acceptedStudyIds);
  const accepted = ids(after.acceptedStudyIds.filter((id) => !wasAccepted.has(id)));
  if (accepted.length > 0) {
    changes.push({
      kind: "evidence-accepted",
      studyIds: accepted,
      at: decidedAt(accepted),
      text: bilingual((l) => say(l, "evidenceAccepted", { count: accepted.length })),
    });
  }
  const wasRetracted = new Set(before.retractedStudyIds);
  const retracted = ids(after.retractedStudyIds.filter((id) => !wasRetracted.has(id)));
  if (retracted.length > 0) {
    changes.push({
      kind: "evidence-retracted",
      studyIds: retracted,
      at: decidedAt(retracted),
      text: bilingual((l) => say(l, "evidenceRetracted", { count: retracted.length })),
    });
  }

  const outcomes = [...new Set([...Object.keys(before.headlines), ...Object.keys(after.headlines)])].sort();
  for (const outcome of outcomes) {
    const was = before.headlines[outcome];
    const now = after.headlines[outcome];
    if (!was && now) {
      const to = headlineRef(now);
      changes.push({
        kind: "headline-new",
        outcome,
        to,
        at: now.at,
        text: bilingual((l) => say(l, "headlineNew", { outcome: now.outcomeName[l], to: effectText(to, l) })),
      });
      continue;
    }
    if (was && !now) {
      const from = headlineRef(was);
      changes.push({
        kind: "headline-gone",
        outcome,
        from,
        at: latest(Object.values(after.decidedAt)) ?? after.changedAt,
        text: bilingual((l) => say(l, "headlineGone", { outcome: was.outcomeName[l], from: effectText(from, l) })),
      });
      continue;
    }
    if (!was || !now) continue;
    const reasons: Extract<SnapshotChange, { kind: "effect-moved" }>["reasons"] = [];
    if (estimateMoved(was.estimate, now.estimate)) reasons.push("estimate");
    const crossedBefore = includesNoEffect(was);
    const crossesNow = includesNoEffect(now);
    if (crossedBefore === false && crossesNow === true) reasons.push("now-includes-no-effect");
    if (crossedBefore === true && crossesNow === false) reasons.push("now-excludes-no-effect");
    if (reasons.length === 0) continue;
    const from = headlineRef(was);
    const to = headlineRef(now);
    changes.push({
      kind: "effect-moved",
      outcome,
      from,
      to,
      reasons,
      at: now.at,
      text: bilingual((l) => {
        const main = say(l, "effectMoved", {
          outcome: now.outcomeName[l],
          from: effectText(from, l),
          to: effectText(to, l),
        });
        const ci = reasons.includes("now-includes-no-effect")
          ? say(l, "nowCrosses")
          : reasons.includes("now-excludes-no-effect")
            ? say(l, "noLongerCrosses")
            : null;
        return ci ? `${main}; ${ci}` : main;
      }),
    });
  }
  return changes;
}

/**
 * A stable identity for a change (feed entry ids, "already reported"): the same change between the same
 * states gets the same id however often it is computed; texts and moments do not count.
 */
export function changeKey(
  scope: string,
  change: { kind: string; text?: Bilingual; at?: string } & Record<string, unknown>,
): string {
  const { text: _text, at: _at, ...facts } = change;
  void _text;
  void _at;
  return createHash("sha256")
    .update(`${scope}\n${JSON.stringify(facts)}`)
    .digest("hex")
    .slice(0, 32);
}

/** A stored snapshot as this version reads it, or null when it is not one (an older shape is never guessed). */
export function readSnapshot(value: unknown): InterventionSnapshot | null {
  if (!value || typeof value !== "object") return null;
  const snapshot = value as Partial<InterventionSnapshot>;
  return snapshot.v === SNAPSHOT_VERSION &&
    typeof snapshot.id === "number" &&
    typeof snapshot.slug === "string" &&
    snapshot.recognition
    ? (snapshot as InterventionSnapshot)
    : null;
}

const iso = (date: Date) => date.toISOString();
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/**
 * The current snapshots of the given interventions, by id (missing ids are left out), as they are on
 * `today` (YYYY-MM-DD). Reads only what the snapshot needs, in a bounded number of queries.
 */
export async function loadSnapshots(
  db: Db | Tx,
  interventionIds: number[],
  today: string,
): Promise<Map<number, InterventionSnapshot>> {
  const unique = [...new Set(interventionIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.intervention.findMany({
    where: { id: { in: unique } },
    select: {
      id: true,
      slug: true,
      nameNl: true,
      nameEn: true,
      evidenceLevel: true,
      updatedAt: true,
      recognition: { select: { status: true, isRecognised: true, expiresOn: true } },
      studies: {
        where: { status: { in: ["ACCEPTED", "RETRACTED"] } },
        select: { id: true, status: true, reviewedAt: true, updatedAt: true },
      },
      pooledEffects: {
        select: {
          basis: true,
          estimate: true,
          ciLower: true,
          ciUpper: true,
          updatedAt: true,
          outcomeDomain: { select: { slug: true, nameNl: true, nameEn: true } },
        },
      },
      ratingEvents: {
        orderBy: { id: "desc" },
        select: {
          fromLevel: true,
          toLevel: true,
          fromStatus: true,
          toStatus: true,
          fromRecognised: true,
          toRecognised: true,
          createdAt: true,
        },
      },
    },
  });
  const snapshots = new Map<number, InterventionSnapshot>();
  for (const row of rows) {
    const status: RecognitionStatus = row.recognition?.status ?? "ONBEKEND";
    const expiresOn = row.recognition?.expiresOn ? isoDay(row.recognition.expiresOn) : null;
    const headlines: Record<string, HeadlineSnapshot> = {};
    for (const p of row.pooledEffects) {
      headlines[p.outcomeDomain.slug] = {
        outcomeName: { nl: p.outcomeDomain.nameNl, en: p.outcomeDomain.nameEn },
        basis: BASIS[p.basis],
        estimate: p.estimate,
        ciLower: p.ciLower,
        ciUpper: p.ciUpper,
        at: iso(p.updatedAt),
      };
    }
    const levelEvent = row.ratingEvents.find((e) => e.fromLevel !== e.toLevel);
    const recognitionEvent = row.ratingEvents.find(
      (e) => e.fromStatus !== e.toStatus || e.fromRecognised !== e.toRecognised,
    );
    const levelAt = levelEvent ? iso(levelEvent.createdAt) : null;
    const recognitionAt = recognitionEvent ? iso(recognitionEvent.createdAt) : null;
    const decidedAt = Object.fromEntries(row.studies.map((s) => [String(s.id), iso(s.reviewedAt ?? s.updatedAt)]));
    snapshots.set(row.id, {
      v: SNAPSHOT_VERSION,
      id: row.id,
      slug: row.slug,
      name: { nl: row.nameNl, en: row.nameEn },
      level: evidenceLevelSlug[row.evidenceLevel],
      recognition: {
        status: recognitionStatusSlug[status],
        isRecognised: row.recognition?.isRecognised ?? false,
        expiresOn,
        reReviewPassed: expiresOn !== null && expiresOn <= today,
      },
      acceptedStudyIds: ids(row.studies.filter((s) => s.status === "ACCEPTED").map((s) => s.id)),
      retractedStudyIds: ids(row.studies.filter((s) => s.status === "RETRACTED").map((s) => s.id)),
      headlines,
      levelAt,
      recognitionAt,
      decidedAt,
      changedAt: latest([
        iso(row.updatedAt),
        levelAt,
        recognitionAt,
        ...Object.values(decidedAt),
        ...Object.values(headlines).map((h) => h.at),
      ])!,
    });
  }
  return snapshots;
}
