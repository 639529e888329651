import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import {
  filtersToSearchParams,
  parseInterventionFilters,
  searchParamsToObject,
  type InterventionFilters,
} from "@/lib/intervention/schemas";
import { findInterventions, findReferenceLists } from "@/lib/intervention/queries";
import { issuesFromZod } from "@/lib/api/http";
import { toLocale } from "@/lib/i18n/locale";
import { FilterPanel } from "@/components/interventions/filter-panel";
import { InterventionCard } from "@/components/interventions/intervention-card";
import { CompareTray } from "@/components/interventions/compare-selection";
import { namesOf } from "@/components/interventions/reference-names";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InterventionsPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("catalogue");
  const locale = toLocale(await getLocale());
  const raw = searchParamsToObject(await searchParams);
  const parsed = parseInterventionFilters(raw);
  const prisma = await db();

  if (!parsed.ok) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <ul className="list-disc pl-5">
            {issuesFromZod(parsed.error).map((issue) => (
              <li key={issue.path + issue.message}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/interventions" className="underline">
              {t("clear")}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const { filters } = parsed;
  const query = filtersToSearchParams(filters).toString();
  const [references, list] = await Promise.all([findReferenceLists(prisma), findInterventions(prisma, { filters })]);

  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="mt-4 grid gap-6 md:grid-cols-[18rem_1fr]">
        <aside className="no-print">
          <FilterPanel
            filters={filters}
            facets={list.facets}
            serverQuery={new URLSearchParams(searchParamEntries(raw)).toString()}
            riskFactors={references.riskFactors}
            outcomes={references.outcomes}
            deliveryModes={references.deliveryModes}
            locale={locale}
          />
        </aside>
        <section aria-labelledby="results-heading">
          <Results filters={filters} list={list} query={query} references={references} />
          <CompareTray />
        </section>
      </div>
    </div>
  );
}

function searchParamEntries(raw: Record<string, string | string[]>): string[][] {
  return Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
}

async function Results({
  filters,
  list,
  query,
  references,
}: {
  filters: InterventionFilters;
  list: Awaited<ReturnType<typeof findInterventions>>;
  query: string;
  references: Awaited<ReturnType<typeof findReferenceLists>>;
}) {
  const t = await getTranslations("catalogue");
  const locale = toLocale(await getLocale());
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) => `/interventions?${filtersToSearchParams({ ...filters, page }).toString()}`;
  const outcomeNames = namesOf(references.outcomes, locale);
  const deliveryNames = namesOf(references.deliveryModes, locale);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
          {t("results", { total: list.total })}
        </h2>
        <a
          href={`/api/v1/interventions.csv${query ? `?${query}` : ""}`}
          className="no-print text-sm text-brand-700 underline"
        >
          {t("exportCsv")}
        </a>
      </div>
      {filters.targetGroup.includes("universal") && (
        <p role="note" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("universalWarning")}
        </p>
      )}
      {list.items.length === 0 ? (
        <p className="mt-4">{t("noResults")}</p>
      ) : (
        <ol className="mt-4 space-y-4" aria-labelledby="results-heading">
          {list.items.map((item) => (
            <li key={item.slug}>
              <InterventionCard item={item} outcomeNames={outcomeNames} deliveryNames={deliveryNames} />
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label={t("page", { page: list.page, pages })} className="no-print mt-6 flex items-center gap-4">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} className="text-brand-700 underline" rel="prev">
              {t("previous")}
            </Link>
          )}
          <span>{t("page", { page: list.page, pages })}</span>
          {list.page < pages && (
            <Link href={pageHref(list.page + 1)} className="text-brand-700 underline" rel="next">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
      <p className="no-print mt-4 text-sm text-slate-700">{t("shareHint")}</p>
    </>
  );
}
