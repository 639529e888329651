/**
 * A curator's override of the computed certainty of one headline effect, with a required reason: an
 * append-only CertaintyOverride row (level null sets it back to the computed certainty), the headline
 * recomputed with it and an audit row, in one transaction. The public history shows every override.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { Db } from "../database/client";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { recomputePooledEffects } from "../evidence/pooling";
import { CERTAINTY_LEVELS, CERTAINTY_TO_DB } from "../evidence/certainty";
import { parseWithLocale } from "../submission/schemas";
import { storableString } from "../api/input-bounds";
import type { Locale } from "../i18n/locale";

const MESSAGES = {
  reason: { nl: "Geef de reden (minstens 10 tekens)", en: "Give the reason (at least 10 characters)" },
  reasonLong: { nl: "Hooguit 2000 tekens", en: "At most 2000 characters" },
  level: { nl: "Kies een niveau of ‘berekend’", en: "Choose a level or ‘computed’" },
  noHeadline: {
    nl: "Deze interventie heeft geen hoofdeffect op deze uitkomst",
    en: "This intervention has no headline effect on this outcome",
  },
} as const;

export function certaintyOverrideSchema(locale: Locale) {
  return z.object({
    outcome: storableString().min(1).max(80),
    level: z.enum([...CERTAINTY_LEVELS, "computed"], { error: MESSAGES.level[locale] }),
    reason: storableString({ error: MESSAGES.reason[locale] })
      .trim()
      .min(10, MESSAGES.reason[locale])
      .max(2000, MESSAGES.reasonLong[locale]),
  });
}
export type CertaintyOverrideInput = z.infer<ReturnType<typeof certaintyOverrideSchema>>;

export async function overrideCertainty(
  { viewer, slug, input, locale = "en" }: { viewer: Viewer | null; slug: string; input: unknown; locale?: Locale },
  database?: Db,
): Promise<void> {
  const user = requirePermission(viewer, "rate", "intervention");
  const parsed = parseWithLocale(certaintyOverrideSchema(locale), input, locale);
  if (!parsed.ok) throw new AppError("INVALID", "The override has problems", parsed.issues);
  const { outcome, level, reason } = parsed.data;
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    const intervention = await tx.intervention.findUnique({ where: { slug }, select: { id: true } });
    if (!intervention) throw new AppError("NOT_FOUND", "No such intervention", [{ path: "slug", message: "Unknown" }]);
    const domain = await tx.outcomeDomain.findUnique({ where: { slug: outcome }, select: { id: true } });
    const headline =
      domain &&
      (await tx.pooledEffect.findUnique({
        where: { interventionId_outcomeDomainId: { interventionId: intervention.id, outcomeDomainId: domain.id } },
        select: { certainty: true },
      }));
    if (!domain || !headline) {
      throw new AppError("INVALID", MESSAGES.noHeadline[locale], [
        { path: "outcome", message: MESSAGES.noHeadline[locale] },
      ]);
    }
    // Lock the headline row so two overrides of the same effect are applied one after the other.
    await tx.$queryRaw`SELECT 1 FROM "PooledEffect"
      WHERE "interventionId" = ${intervention.id} AND "outcomeDomainId" = ${domain.id} FOR UPDATE`;
    const row = await tx.certaintyOverride.create({
      data: {
        interventionId: intervention.id,
        outcomeDomainId: domain.id,
        level: level === "computed" ? null : CERTAINTY_TO_DB[level],
        reason,
        actorId: user.id,
        actorName: user.name,
      },
      select: { id: true },
    });
    await recomputePooledEffects(tx, intervention.id);
    await writeAudit(
      tx,
      user,
      "headline.certainty-override",
      { type: "Intervention", id: intervention.id },
      {
        outcome,
        from: headline.certainty,
        level,
        reason,
        overrideId: row.id,
      },
    );
  });
}
