/**
 * Site-wide settings of the editors (SiteSetting rows; a missing row means the default). Today one:
 * "review.second", whether an accept or reject needs two independent decisions (lib/curation/review.ts).
 * Changing a setting is an admin's act (manage:setting:any) with its audit row in the same transaction.
 */
import "server-only";
import { db } from "../db";
import type { Db, Tx } from "../database/client";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";

export const SECOND_REVIEW_SETTING = "review.second";

/** Whether second review is on; read inside the deciding transaction so a decision sees one value. */
export async function isSecondReviewOn(client: Db | Tx): Promise<boolean> {
  const row = await client.siteSetting.findUnique({ where: { key: SECOND_REVIEW_SETTING }, select: { value: true } });
  return row?.value === true;
}

export type ReviewSettings = {
  secondReview: boolean;
  /** When and by whom it was last changed; null while the default holds. */
  changed: { at: string; by: string | null } | null;
};

/** The review settings, for the settings page. */
export async function getReviewSettings({ viewer }: { viewer: Viewer | null }, database?: Db): Promise<ReviewSettings> {
  requirePermission(viewer, "manage", "setting");
  const client = database ?? (await db());
  const row = await client.siteSetting.findUnique({
    where: { key: SECOND_REVIEW_SETTING },
    select: { value: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  return {
    secondReview: row?.value === true,
    changed: row ? { at: row.updatedAt.toISOString(), by: row.updatedBy?.name ?? null } : null,
  };
}

/** Turns second review on or off; the audit row keeps the value it replaced. */
export async function setSecondReview(
  { viewer, enabled }: { viewer: Viewer | null; enabled: boolean },
  database?: Db,
): Promise<ReviewSettings> {
  const user = requirePermission(viewer, "manage", "setting");
  const client = database ?? (await db());
  await client.$transaction(async (tx) => {
    // Serialises two admins changing it at once, so each audit row's "from" is what it replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SECOND_REVIEW_SETTING}))`;
    const from = await isSecondReviewOn(tx);
    await tx.siteSetting.upsert({
      where: { key: SECOND_REVIEW_SETTING },
      create: { key: SECOND_REVIEW_SETTING, value: enabled, updatedById: user.id },
      update: { value: enabled, updatedById: user.id },
      select: { key: true },
    });
    await writeAudit(
      tx,
      user,
      "setting.update",
      { type: "SiteSetting", id: SECOND_REVIEW_SETTING },
      { from, to: enabled },
    );
  });
  return getReviewSettings({ viewer: user }, client);
}
