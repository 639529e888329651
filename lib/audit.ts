/**
 * The audit trail: every mutation writes one row per change, in the transaction that makes the change, so a
 * change without its audit row (or the reverse) cannot exist.
 */
import "server-only";
import type { Tx } from "./database/client";
import type { Prisma } from "../generated/prisma/client";
import type { Viewer } from "./auth/viewer";

export async function writeAudit(
  tx: Tx,
  actor: Pick<Viewer, "id"> | null,
  action: string,
  entity: { type: string; id: string | number },
  data?: Prisma.InputJsonValue,
): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: actor?.id ?? null, action, entityType: entity.type, entityId: String(entity.id), data },
    select: { id: true },
  });
}
