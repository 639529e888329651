import "server-only";
import type { Db } from "../database/client";

/** Figures for the home page. */
export async function getCatalogueSummary(db: Db) {
  const [interventions, recognised, studies] = await Promise.all([
    db.intervention.count(),
    db.recognition.count({ where: { isRecognised: true } }),
    db.study.count({ where: { status: "ACCEPTED", interventionId: { not: null } } }),
  ]);
  return { interventions, recognised, studies };
}
