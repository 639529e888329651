import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import {
  filtersToSearchParams,
  parseInterventionFilters,
  searchParamsToObject,
  type InterventionFilters,
} from "@/lib/intervention/schemas";
import { findInterventions, findReferenceLists } from "@/lib/intervention/queries";
import { describeFilterProblems, withoutProblems } from "@/lib/intervention/filter-issues";
import {
  adviceGroupSlugs,
  evidenceLevelSlugs,
  preventionLevelSlugs,
  sortValues,
  type AdviceGroupSlug,
  type FacetParam,
  type PreventionLevelSlug,
} from "@/lib/intervention/filter-values";
import { toLocale } from "@/lib/i18n/locale";
import { FilterPanel, type FilterPanelLabels, type FilterPanelOptions } from "@/components/interventions/filter-panel";
import {
  CatalogueLink,
  CatalogueNavigationProvider,
  ResultsRegion,
} from "@/components/interventions/catalogue-navigation";
import { InterventionCard } from "@/components/interventions/intervention-card";
import { CompareTray } from "@/components/interventions/compare-selection";
import { getCompareTrayLabels } from "@/components/interventions/compare-labels";
import { namesOf } from "@/components/interventions/reference-names";
import { getTextsOnce } from "@/components/interventions/texts-once";
import { SaveSearch } from "@/components/decision/save-search";

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
  const prisma = await catalogueDb();

  if (!parsed.ok) {
    // In the page's language and naming the filter; the API keeps its English 400 for the same input.
    const problems = describeFilterProblems(parsed.error, raw);
    const rest = withoutProblems(raw, problems).toString();
    const quoted = (values: string[]) => values.map((v) => `‘${v}’`).join(", ") || "‘’";
    const sentence = (p: (typeof problems)[number]) => {
      if (!p.known) return t("unknownParameter", { param: p.param });
      const key = `invalidFilter.${p.param}`;
      return t.has(key as "invalidFilter.page")
        ? t(key as "invalidFilter.page", { value: quoted(p.values) })
        : t("invalidGeneric", { param: p.param, value: quoted(p.values) });
    };
    return (
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <h2 className="font-semibold">{t("invalidTitle")}</h2>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((p) => (
              <li key={p.param}>{sentence(p)}</li>
            ))}
          </ul>
          <p className="mt-2 flex flex-wrap gap-x-4">
            {rest && (
              <Link href={`/interventions?${rest}`} className="underline">
                {t("invalidContinue", { count: problems.length })}
              </Link>
            )}
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
  const [references, list, compareLabels, tc, tl, tp, ta] = await Promise.all([
    findReferenceLists(prisma),
    findInterventions(prisma, { filters }),
    getCompareTrayLabels(),
    getTextsOnce("catalogue"),
    getTranslations("levels"),
    getTranslations("prevention"),
    getTranslations("adviceGroups"),
  ]);
  const labels: FilterPanelLabels = {
    filters: tc("filters"),
    searchLabel: tc("searchLabel"),
    searchPlaceholder: tc("searchPlaceholder"),
    search: tc("search"),
    adviceGroup: tc("adviceGroup"),
    adviceGroupHint: tc("adviceGroupHint"),
    targetGroup: tc("targetGroup"),
    ageMonths: tc("ageMonths"),
    ageApply: tc("ageApply"),
    ageHint: tc("ageHint"),
    ageRange: tc("ageRange"),
    ageFromYears: tc("ageFromYears"),
    ageToYears: tc("ageToYears"),
    ageRangeHint: tc("ageRangeHint"),
    riskFactor: tc("riskFactor"),
    outcome: tc("outcome"),
    minEffect: tc("minEffect"),
    minEffectNeedsOutcome: tc("minEffectNeedsOutcome"),
    delivery: tc("delivery"),
    rating: tc("rating"),
    anyLevel: tc("anyLevel"),
    recognised: tc("recognised"),
    recognisedOnly: tc("recognisedOnly"),
    recognisedAny: tc("recognisedAny"),
    recognisedCurrent: tc("recognisedCurrent"),
    sort: tc("sort"),
    sorts: Object.fromEntries(sortValues.map((s) => [s, tc(`sorts.${s}`)])) as FilterPanelLabels["sorts"],
  };
  // The reference lists' names in the page's language, once for the filter panel and every card.
  const riskNames = namesOf(references.riskFactors, locale);
  const outcomeNames = namesOf(references.outcomes, locale);
  const deliveryNames = namesOf(references.deliveryModes, locale);
  // Only what the panel shows crosses to the browser: each value's label and count, not both languages.
  const count = (param: FacetParam, value: string) => list.facets?.[param]?.[value] ?? 0;
  const valuesOf = (param: FacetParam, values: readonly string[], label: (value: string) => string) =>
    values.map((value) => ({ value, label: label(value), count: count(param, value) }));
  const slugs = (entries: { slug: string }[]) => entries.map((e) => e.slug);
  const options: FilterPanelOptions = {
    adviceGroup: valuesOf("adviceGroup", adviceGroupSlugs, (g) => ta(g as AdviceGroupSlug)),
    targetGroup: valuesOf("targetGroup", preventionLevelSlugs, (p) => tp(p as PreventionLevelSlug)),
    riskFactor: valuesOf("riskFactor", slugs(references.riskFactors), (r) => riskNames[r]),
    outcome: valuesOf("outcome", slugs(references.outcomes), (o) => outcomeNames[o]),
    delivery: valuesOf("delivery", slugs(references.deliveryModes), (d) => deliveryNames[d]),
    rating: valuesOf("rating", evidenceLevelSlugs, (l) => tl(l as (typeof evidenceLevelSlugs)[number])),
    recognised: { true: count("recognised", "true"), current: count("recognised", "current") },
  };
  const { q, ageMonths, ageMin, ageMax, minEffect, sort } = filters;

  return (
    <div>
      <h1 className="text-2xl font-bold">{tc("title")}</h1>
      <CatalogueNavigationProvider>
        <div className="mt-4 grid gap-6 md:grid-cols-[18rem_1fr]">
          <aside className="no-print">
            <FilterPanel
              filters={{ q, ageMonths, ageMin, ageMax, minEffect, sort }}
              options={options}
              labels={labels}
            />
          </aside>
          <section aria-labelledby="results-heading">
            <ResultsRegion loadingLabel={tc("loading")}>
              <Results
                filters={filters}
                sortChosen={raw.sort !== undefined}
                list={list}
                query={query}
                t={tc}
                outcomeNames={outcomeNames}
                deliveryNames={deliveryNames}
              />
            </ResultsRegion>
            <CompareTray labels={compareLabels} />
          </section>
        </div>
      </CatalogueNavigationProvider>
    </div>
  );
}

function Results({
  filters,
  sortChosen,
  list,
  query,
  t,
  outcomeNames,
  deliveryNames,
}: {
  filters: InterventionFilters;
  sortChosen: boolean;
  list: Awaited<ReturnType<typeof findInterventions>>;
  query: string;
  t: Awaited<ReturnType<typeof getTextsOnce<"catalogue">>>;
  outcomeNames: Record<string, string>;
  deliveryNames: Record<string, string>;
}) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  // Page links keep the URL as the officer has it: the default sort stays implicit.
  const pageQuery = (page: number) =>
    filtersToSearchParams({ ...filters, page, sort: sortChosen ? filters.sort : undefined }).toString();
  const pastEnd = list.page > pages;
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
      <SaveSearch query={query} />
      {(filters.targetGroup.includes("universal") || filters.adviceGroup.includes("universal")) && (
        <p role="note" className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t("universalWarning")}
        </p>
      )}
      {pastEnd ? (
        <p role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t("pastEnd", { page: list.page, pages })}{" "}
          <CatalogueLink query={pageQuery(pages)} className="font-semibold underline">
            {t("lastPage", { pages })}
          </CatalogueLink>
        </p>
      ) : list.items.length === 0 ? (
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
      {pages > 1 && !pastEnd && (
        <nav aria-label={t("page", { page: list.page, pages })} className="no-print mt-6 flex items-center gap-4">
          {list.page > 1 && (
            <CatalogueLink query={pageQuery(list.page - 1)} className="text-brand-700 underline" rel="prev">
              {t("previous")}
            </CatalogueLink>
          )}
          <span>{t("page", { page: list.page, pages })}</span>
          {list.page < pages && (
            <CatalogueLink query={pageQuery(list.page + 1)} className="text-brand-700 underline" rel="next">
              {t("next")}
            </CatalogueLink>
          )}
        </nav>
      )}
      <p className="no-print mt-4 text-sm text-slate-700">{t("shareHint")}</p>
    </>
  );
}
