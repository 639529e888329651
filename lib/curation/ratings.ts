/**
 * The Dutch level and recognition of an intervention, as the editors record them. One decision is one
 * transaction: the intervention's level and last review date, its Recognition row, one append-only
 * RatingEvent (the public history) and one audit row.
 *
 * NJi's practice decides what lowering means: a recognition is at a level, so a committee that re-assesses
 * an intervention at Goed onderbouwd keeps it erkend (as goed onderbouwd) but no longer "as effective"; below
 * Goed onderbouwd it is not erkend at all (niet erkend). The form therefore states the new status with the
 * new level, and "recognised as effective" (the catalogue's flag) is possible only at an Effectief level:
 * lowering below Effectief ends it, and the history shows that step (from recognised to not).
 */
import "server-only";
import { db } from "../db";
import type { Db } from "../database/client";
import type { EvidenceLevel, RecognitionStatus } from "../../generated/prisma/enums";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { today as clockToday } from "../clock";
import type { Locale } from "../i18n/locale";
import { addYears, partialDateStart, RECOGNITION_VALID_YEARS } from "../partial-date";
import { evidenceLevelBySlug } from "../intervention/schemas";
import { getInterventionBySlug } from "../intervention/queries";
import type { InterventionDetail } from "../intervention/dto";
import type { RecognitionStatusSlug } from "../intervention/recognition";
import { parseCurationInput, ratingsMessage } from "./form-messages";
import { hasRecognisedLevel, ratingSchema, type RatingInput } from "./ratings-schemas";

const STATUS_BY_SLUG: Record<RecognitionStatusSlug, RecognitionStatus> = {
  erkend: "ERKEND",
  "niet-erkend": "NIET_ERKEND",
  "in-herbeoordeling": "IN_HERBEOORDELING",
  onbekend: "ONBEKEND",
};

/** What the editors' rating page shows: the public record's rating parts and the latest event's id. */
export type RatingState = Pick<
  InterventionDetail,
  | "slug"
  | "name"
  | "isDemo"
  | "evidenceLevel"
  | "recognition"
  | "lastReviewedOn"
  | "isStale"
  | "ratingHistory"
  | "newStudiesSinceLastRating"
> & {
  /** Id of the latest rating event (0: none): the form sends it back, so a decision made meanwhile is seen. */
  latestEventId: number;
};

export async function getRatingState(
  { viewer, slug }: { viewer: Viewer | null; slug: string },
  database?: Db,
): Promise<RatingState> {
  requirePermission(viewer, "rate", "intervention");
  const client = database ?? (await db());
  const detail = await getInterventionBySlug(client, { slug });
  if (!detail) throw new AppError("NOT_FOUND", "No such intervention", [{ path: "slug", message: "Unknown" }]);
  const latest = await client.ratingEvent.findFirst({
    where: { intervention: { slug } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return {
    slug: detail.slug,
    name: detail.name,
    isDemo: detail.isDemo,
    evidenceLevel: detail.evidenceLevel,
    recognition: detail.recognition,
    lastReviewedOn: detail.lastReviewedOn,
    isStale: detail.isStale,
    ratingHistory: detail.ratingHistory,
    newStudiesSinceLastRating: detail.newStudiesSinceLastRating,
    latestEventId: latest?.id ?? 0,
  };
}

export type RatingResult = {
  eventId: number;
  /** The decision ended a recognition as effective (the flag went from true to false). */
  recognitionEnded: boolean;
};

/** The database's own refusal of a recognition (check constraints of migration 20261201150000), by field. */
const CONSTRAINT_FIELDS = {
  Recognition_isRecognised_check: { path: "isRecognised", key: "recognised-needs-effective" },
  Recognition_level_check: { path: "level", key: "erkend-level" },
} as const;

export function recognitionConstraintRefusal(error: unknown, locale: Locale): AppError | null {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  for (const [name, { path, key }] of Object.entries(CONSTRAINT_FIELDS)) {
    if (text.includes(name)) {
      const message = ratingsMessage(locale, key);
      return new AppError("INVALID", message, [{ path, message }]);
    }
  }
  return null;
}

/**
 * Records a rating decision. The input is checked again here (the form's action has parsed it already),
 * the decision date may not lie in the future, and a form based on an older history (basedOnEventId) is
 * refused as a conflict naming the decision made meanwhile, so no decision is silently overwritten.
 */
export async function rateIntervention(
  { viewer, slug, input, locale = "en" }: { viewer: Viewer | null; slug: string; input: RatingInput; locale?: Locale },
  database?: Db,
): Promise<RatingResult> {
  const user = requirePermission(viewer, "rate", "intervention");
  const parsed = parseCurationInput(ratingSchema, input, locale);
  if (!parsed.ok) throw new AppError("INVALID", parsed.issues[0].message, parsed.issues);
  const r = parsed.data;
  if (partialDateStart(r.decidedOn).toISOString().slice(0, 10) > clockToday()) {
    const message = ratingsMessage(locale, "decided-future");
    throw new AppError("INVALID", message, [{ path: "decidedOn", message }]);
  }

  const client = database ?? (await db());
  try {
    return await client.$transaction(async (tx) => {
      // The intervention's row lock orders concurrent decisions, so each event's "from" is the state it changed.
      const [locked] = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Intervention" WHERE slug = ${slug} FOR UPDATE`;
      if (!locked) {
        const message = ratingsMessage(locale, "intervention-not-found");
        throw new AppError("NOT_FOUND", message, [{ path: "slug", message }]);
      }
      const id = locked.id;
      const latest = await tx.ratingEvent.findFirst({
        where: { interventionId: id },
        orderBy: { id: "desc" },
        select: { id: true, actorName: true, committee: true, decidedOn: true, createdAt: true },
      });
      if (r.basedOnEventId !== undefined && r.basedOnEventId !== (latest?.id ?? 0)) {
        const message = ratingsMessage(locale, "decision-conflict", {
          by: latest?.committee ?? latest?.actorName ?? "?",
          date: latest?.decidedOn ?? latest?.createdAt.toISOString().slice(0, 10) ?? "?",
        });
        throw new AppError("CONFLICT", message, [{ path: "basedOnEventId", message }]);
      }

      const current = await tx.intervention.findUniqueOrThrow({
        where: { id },
        select: { evidenceLevel: true, recognition: { select: { status: true, level: true, isRecognised: true } } },
      });
      const from = {
        level: current.evidenceLevel,
        status: current.recognition?.status ?? ("ONBEKEND" as RecognitionStatus),
        recognised: current.recognition?.isRecognised ?? false,
      };
      const level: EvidenceLevel = evidenceLevelBySlug[r.level];
      const status = STATUS_BY_SLUG[r.status];
      const decidedOn = partialDateStart(r.decidedOn);
      const keepsLevel = hasRecognisedLevel(r.status);
      const expiresOn = keepsLevel
        ? r.expiresOn
          ? new Date(`${r.expiresOn}T00:00:00Z`)
          : addYears(decidedOn, RECOGNITION_VALID_YEARS)
        : null;

      if (status === "ONBEKEND") {
        await tx.recognition.deleteMany({ where: { interventionId: id } });
      } else {
        const recognition = {
          status,
          level: keepsLevel ? level : null,
          isRecognised: r.isRecognised,
          committee: r.committee ?? null,
          isVerified: r.isVerified,
          decidedOn,
          expiresOn,
          justification: r.justification,
          sourceUrl: r.sourceUrl ?? null,
        };
        await tx.recognition.upsert({
          where: { interventionId: id },
          create: { interventionId: id, ...recognition },
          update: recognition,
          select: { interventionId: true },
        });
      }
      await tx.intervention.update({
        where: { id },
        data: { evidenceLevel: level, lastReviewedOn: decidedOn },
        select: { id: true },
      });

      // Without a recognition before or after, the decision is about the level only: the history then reads
      // "Niveau van … naar …" instead of "Geen Nederlandse beoordeling bekend".
      const aboutRecognition = !(from.status === "ONBEKEND" && status === "ONBEKEND");
      const event = await tx.ratingEvent.create({
        data: {
          interventionId: id,
          kind: level !== from.level ? "LEVEL" : "RECOGNITION",
          fromLevel: from.level,
          toLevel: level,
          fromRecognised: from.recognised,
          toRecognised: r.isRecognised,
          fromStatus: aboutRecognition ? from.status : null,
          toStatus: aboutRecognition ? status : null,
          committee: r.committee ?? null,
          justification: r.justification,
          decidedOn: r.decidedOn,
          actorId: user.id,
          actorName: user.name,
          sourceUrl: r.sourceUrl ?? null,
          isVerified: r.isVerified,
        },
        select: { id: true },
      });
      await writeAudit(
        tx,
        user,
        "intervention.rate",
        { type: "Intervention", id },
        {
          slug,
          ratingEventId: event.id,
          from: { level: from.level, status: from.status, isRecognised: from.recognised },
          to: {
            level,
            status,
            isRecognised: r.isRecognised,
            decidedOn: r.decidedOn,
            expiresOn: expiresOn?.toISOString().slice(0, 10) ?? null,
            committee: r.committee ?? null,
            sourceUrl: r.sourceUrl ?? null,
            isVerified: r.isVerified,
          },
          justification: r.justification,
        },
      );
      return { eventId: event.id, recognitionEnded: from.recognised && !r.isRecognised };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw recognitionConstraintRefusal(error, locale) ?? error;
  }
}
