/**
 * The municipal report's data: for a comparison (2 to 4 slugs, public) or an officer's own shortlist, each
 * intervention's full public record (levels and recognition with dates, Health Council groups, headline
 * effects with their basis and certainty, costs, sources), the forest plot of every pooled headline, the
 * shortlist's notes, and the date of the data (the latest change to any of it). The PDF
 * (components/decision/report-pdf.tsx) and the printable page (components/decision/report-html.tsx) render
 * the same data.
 */
import "server-only";
import type { Db } from "../database/client";
import { AppError } from "../errors";
import { now as clockNow } from "../clock";
import type { Viewer } from "../auth/viewer";
import { requireAccessTo, requirePermission } from "../auth/viewer";
import { findReferenceLists, getInterventionBySlug } from "../intervention/queries";
import type { InterventionDetail } from "../intervention/dto";
import { buildForest, type Forest, type ForestInput } from "../evidence/forest";
import type { LocalText } from "../evidence/certainty";

export type ReportItem = {
  intervention: InterventionDetail;
  /** The officer's note on a shortlist. */
  note: string | null;
  /** Forest plots of the pooled headlines (primary studies only), by outcome slug. */
  forests: Record<string, Forest>;
};

export type ReportData = {
  kind: "compare" | "shortlist";
  /** The shortlist's name. */
  name: string | null;
  items: ReportItem[];
  outcomeNames: Record<string, LocalText>;
  riskFactorNames: Record<string, LocalText>;
  /** When the report was made. */
  madeAt: Date;
  /** YYYY-MM-DD: the latest change to any of the interventions, their ratings or their evidence. */
  dataDate: string | null;
};

/**
 * The forest plot of each pooled headline, from the accepted effect sizes of primary studies (as the detail
 * page builds it: a published meta-analysis or review is never a row of a new pool).
 */
export function forestsOf(item: InterventionDetail): Record<string, Forest> {
  const byOutcome = new Map<string, ForestInput[]>();
  for (const study of item.studies) {
    if (study.design === "meta-analysis" || study.design === "systematic-review") continue;
    for (const e of study.effectSizes) {
      const list = byOutcome.get(e.outcome) ?? [];
      list.push({
        studyId: study.id,
        label: study.citation.split(".")[0],
        measure: e.measure,
        yi: e.yi,
        vi: e.vi,
        higherIsBetter: e.higherIsBetter,
      });
      byOutcome.set(e.outcome, list);
    }
  }
  const forests: Record<string, Forest> = {};
  for (const p of item.pooledEffects) {
    if (p.basis !== "pooled") continue;
    const forest = buildForest(byOutcome.get(p.outcome) ?? []);
    if (forest) forests[p.outcome] = forest;
  }
  return forests;
}

async function dataDate(db: Db, slugs: string[]): Promise<string | null> {
  if (slugs.length === 0) return null;
  const [row] = await db.$queryRaw<{ latest: Date | null }[]>`
    WITH i AS (SELECT id, "updatedAt" FROM "Intervention" WHERE slug = ANY (${slugs}::text[]))
    SELECT max(d) AS latest FROM (
      SELECT "updatedAt" AS d FROM i
      UNION ALL SELECT pe."updatedAt" FROM "PooledEffect" pe JOIN i ON i.id = pe."interventionId"
      UNION ALL SELECT r."updatedAt" FROM "Recognition" r JOIN i ON i.id = r."interventionId"
      UNION ALL SELECT e."createdAt" FROM "RatingEvent" e JOIN i ON i.id = e."interventionId"
      UNION ALL SELECT s."updatedAt" FROM "Study" s JOIN i ON i.id = s."interventionId" WHERE s.status = 'ACCEPTED'
    ) dates`;
  return row?.latest ? new Date(row.latest).toISOString().slice(0, 10) : null;
}

async function assemble(
  db: Db,
  entries: { slug: string; note: string | null }[],
  meta: { kind: ReportData["kind"]; name: string | null; now: Date },
): Promise<{ data: ReportData; unknown: string[] }> {
  const [references, ...details] = await Promise.all([
    findReferenceLists(db),
    ...entries.map((e) => getInterventionBySlug(db, { slug: e.slug, now: meta.now })),
  ]);
  const items: ReportItem[] = [];
  const unknown: string[] = [];
  entries.forEach((entry, n) => {
    const intervention = details[n];
    if (!intervention) unknown.push(entry.slug);
    else items.push({ intervention, note: entry.note, forests: forestsOf(intervention) });
  });
  const names = (list: { slug: string; nameNl: string; nameEn: string }[]) =>
    Object.fromEntries(list.map((r) => [r.slug, { nl: r.nameNl, en: r.nameEn }]));
  return {
    unknown,
    data: {
      kind: meta.kind,
      name: meta.name,
      items,
      outcomeNames: names(references.outcomes),
      riskFactorNames: names(references.riskFactors),
      madeAt: meta.now,
      dataDate: await dataDate(
        db,
        items.map((i) => i.intervention.slug),
      ),
    },
  };
}

/** The report of a comparison (public, like /compare), with the slugs that name no intervention. */
export async function findComparisonReport(
  db: Db,
  options: { slugs: string[]; now?: Date },
): Promise<{ data: ReportData; unknown: string[] }> {
  return assemble(
    db,
    options.slugs.map((slug) => ({ slug, note: null })),
    { kind: "compare", name: null, now: options.now ?? clockNow() },
  );
}

/**
 * The report of a comparison; unknown slugs are refused as NOT_FOUND naming them (path "slug"), so a report
 * never silently leaves an intervention out.
 */
export async function getComparisonReport(db: Db, options: { slugs: string[]; now?: Date }): Promise<ReportData> {
  const { data, unknown } = await findComparisonReport(db, options);
  if (unknown.length > 0) {
    throw new AppError(
      "NOT_FOUND",
      "Unknown intervention",
      unknown.map((slug) => ({ path: "slug", message: `No intervention with slug "${slug}"` })),
    );
  }
  return data;
}

/** The report of a shortlist, for its owner only (anyone else: not found, so its existence is not revealed). */
export async function getShortlistReport(
  db: Db,
  options: { viewer: Viewer | null; shortlistId: string; now?: Date },
): Promise<ReportData> {
  const viewer = requirePermission(options.viewer, "read", "shortlist");
  const list = await db.shortlist.findUnique({
    where: { id: options.shortlistId },
    select: {
      name: true,
      ownerId: true,
      items: {
        orderBy: [{ addedAt: "asc" }, { id: "asc" }],
        select: { note: true, intervention: { select: { slug: true } } },
      },
    },
  });
  if (!list) throw new AppError("NOT_FOUND", "No such shortlist");
  requireAccessTo(viewer, "read", "shortlist", list.ownerId);
  const { data } = await assemble(
    db,
    list.items.map((i) => ({ slug: i.intervention.slug, note: i.note })),
    { kind: "shortlist", name: list.name, now: options.now ?? clockNow() },
  );
  return data;
}
