import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { getEvidenceMap } from "@/lib/evidence/evidence-map";
import {
  evidenceMapQuerySchema,
  EVIDENCE_MAP_COLUMNS,
  type EvidenceMapCell,
} from "@/lib/evidence/evidence-map-schemas";
import { searchParamsToObject } from "@/lib/intervention/schemas";
import { toLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceMap"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Shade by number of interventions; a gap gets its own pattern and words, never colour alone. */
function shade(count: number): string {
  if (count === 0)
    return "bg-[repeating-linear-gradient(45deg,#f8fafc,#f8fafc_6px,#e2e8f0_6px,#e2e8f0_12px)] text-slate-700";
  if (count === 1) return "bg-brand-50 text-slate-900";
  if (count <= 3) return "bg-brand-100 text-slate-900";
  if (count <= 9) return "bg-brand-300 text-slate-950";
  return "bg-brand-700 text-white";
}

export default async function EvidenceMapPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("evidenceMap");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const parsed = evidenceMapQuerySchema.safeParse({
    columns: searchParamsToObject(await searchParams).columns,
    lang: locale,
  });
  const query = parsed.success ? parsed.data : evidenceMapQuerySchema.parse({ lang: locale });
  const map = await getEvidenceMap(await catalogueDb(), query);
  const cellAt = new Map(map.cells.map((cell) => [`${cell.row}|${cell.column}`, cell]));
  const name = (list: typeof map.rows, slug: string) => list.find((entry) => entry.slug === slug)?.name ?? slug;
  const effect = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const href = (cell: EvidenceMapCell) =>
    `/interventions?outcome=${encodeURIComponent(cell.row)}&${query.columns}=${encodeURIComponent(cell.column)}`;

  return (
    <div>
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>

      <nav aria-label={t("columnsLabel")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold">{t("columnsLabel")}:</span>
        {EVIDENCE_MAP_COLUMNS.map((columns) =>
          columns === query.columns ? (
            <span key={columns} aria-current="page" className="rounded bg-brand-800 px-3 py-1 text-white">
              {t(`columns.${columns}`)}
            </span>
          ) : (
            <Link
              key={columns}
              href={`/bewijskaart?columns=${columns}`}
              className="rounded border border-brand-800 px-3 py-1 text-brand-800"
            >
              {t(`columns.${columns}`)}
            </Link>
          ),
        )}
      </nav>

      <figure className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[40rem] border-separate border-spacing-1 text-sm" data-testid="evidence-map">
          <caption className="mb-2 text-left text-slate-700">{t("chartCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left align-bottom">
                {t("outcome")}
              </th>
              {map.columns.map((column) => (
                <th key={column.slug} scope="col" className="align-bottom font-semibold">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row" className="pr-2 text-left font-medium">
                  {row.name}
                </th>
                {map.columns.map((column) => {
                  const cell = cellAt.get(`${row.slug}|${column.slug}`)!;
                  const label = t("cellLabel", {
                    outcome: row.name,
                    column: column.name,
                    interventions: cell.interventions,
                    studies: cell.studies,
                  });
                  return (
                    <td key={column.slug} className={`h-16 rounded p-0 text-center ${shade(cell.interventions)}`}>
                      {cell.interventions === 0 ? (
                        <span className="block p-2" title={label}>
                          {t("gap")}
                        </span>
                      ) : (
                        <Link
                          href={href(cell)}
                          aria-label={label}
                          className="block h-full p-2 text-inherit no-underline hover:underline"
                        >
                          <span className="block font-semibold">
                            {t("interventions", { count: cell.interventions })}
                          </span>
                          <span className="block text-xs">{t("studies", { count: cell.studies })}</span>
                          {cell.bestCertainty && (
                            <span className="block text-xs">
                              {t("bestCertainty", { level: t(`certainty.${cell.bestCertainty}`) })}
                            </span>
                          )}
                          {cell.largestEffect !== null && (
                            <span className="block text-xs">
                              {t("largestEffect", { value: effect(cell.largestEffect) })}
                            </span>
                          )}
                        </Link>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <figcaption className="mt-3 flex flex-wrap gap-4 text-sm text-slate-700">
          <span className="font-semibold">{t("legend")}:</span>
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded border border-slate-300 ${shade(0)}`} />
            {t("legendGap")}
          </span>
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded ${shade(1)}`} />
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded ${shade(3)}`} />
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded ${shade(9)}`} />
            <span aria-hidden="true" className={`inline-block h-4 w-6 rounded ${shade(10)}`} />
            {t("legendScale")}
          </span>
        </figcaption>
      </figure>

      <details className="mt-6">
        <summary className="cursor-pointer text-brand-700 underline">{t("tableSummary")}</summary>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {(["outcome", "column", "interventions", "studies", "bestCertainty", "largestEffect"] as const).map(
                (key) => (
                  <th key={key} scope="col" className="py-1 pr-3">
                    {t(`tableHeaders.${key}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {map.cells.map((cell) => (
              <tr key={`${cell.row}|${cell.column}`} className="border-b border-slate-100">
                <td className="py-1 pr-3">{name(map.rows, cell.row)}</td>
                <td className="py-1 pr-3">{name(map.columns, cell.column)}</td>
                <td className="py-1 pr-3">{cell.interventions}</td>
                <td className="py-1 pr-3">{cell.studies}</td>
                <td className="py-1 pr-3">{cell.bestCertainty ? t(`certainty.${cell.bestCertainty}`) : t("none")}</td>
                <td className="py-1 pr-3">{cell.largestEffect !== null ? effect(cell.largestEffect) : t("none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
