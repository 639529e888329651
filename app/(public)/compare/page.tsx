import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { findReferenceLists, getInterventionBySlug } from "@/lib/intervention/queries";
import { compareQuerySchema, MAX_COMPARED } from "@/lib/intervention/compare";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { searchParamsToObject } from "@/lib/intervention/schemas";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatAgeRange } from "@/lib/format";
import { LevelBadge, StaleMarker, UnverifiedMark } from "@/components/interventions/badges";
import { RecognitionStatement } from "@/components/interventions/dutch-recognition";
import { HeadlineEffectText } from "@/components/interventions/effect-summary";
import { PlainLanguageEffect } from "@/components/evidence/plain-language-effect";
import { CommonLevelWords, isRatingVerified, RatingDate, RatingWords } from "@/components/evidence/external-ratings";
import { namesOf } from "@/components/interventions/reference-names";
import { PrintButton } from "@/components/ui/print-button";
import { CostText } from "@/components/decision/cost-calculator-server";
import { costFactsOf } from "@/lib/decision/costs-display";
import { ExternalLink } from "@/components/ui/external-link";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

/** Whole years between an ISO date and now: the age of the evidence. */
function yearsSince(isoDate: string): number {
  return Math.floor((Date.now() - Date.parse(isoDate)) / (365.25 * 24 * 3600 * 1000));
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("compare");
  const ti = await getTranslations("intervention");
  const tp = await getTranslations("prevention");
  const locale = toLocale(await getLocale());
  const raw = searchParamsToObject(await searchParams);
  const parsed = compareQuerySchema.safeParse(raw);
  // When the query is refused, still look up the well-formed slugs, so the page can say which are unknown.
  const requested = parsed.success ? parsed.data.slug : [...new Set([raw.slug ?? []].flat())];
  const tooMany = requested.length > MAX_COMPARED;
  const lookUp = tooMany ? [] : requested.filter((slug) => interventionSlugSchema.safeParse(slug).success);
  const prisma = await catalogueDb();
  const [references, ...found] = await Promise.all([
    findReferenceLists(prisma),
    ...lookUp.map((slug) => getInterventionBySlug(prisma, { slug })),
  ]);
  const items = found.filter((x): x is NonNullable<typeof x> => x !== null);
  const unknown = tooMany ? [] : requested.filter((slug) => !items.some((i) => i.slug === slug));
  const quote = (slug: string) => `‘${slug.length > 60 ? `${slug.slice(0, 60)}…` : slug}’`;
  const problems = [
    ...(unknown.length > 0 ? [t("unknownSlugs", { count: unknown.length, slugs: unknown.map(quote).join(", ") })] : []),
    ...(tooMany ? [t("tooMany")] : items.length < 2 ? [t("tooFew")] : []),
  ];
  const canCompare = !tooMany && items.length >= 2;
  const problemNote = problems.length > 0 && (
    <div role="alert" className="mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
      {problems.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {!canCompare && (
        <p className="mt-2">
          <Link href="/interventions" className="text-brand-700 underline">
            {t("choose")}
          </Link>
        </p>
      )}
    </div>
  );
  if (!canCompare) {
    return (
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-3">{t("intro")}</p>
        {problemNote}
      </div>
    );
  }
  const outcomeNames = namesOf(references.outcomes, locale);
  const deliveryNames = namesOf(references.deliveryModes, locale);
  const outcomes = [...new Set(items.flatMap((i) => i.pooledEffects.map((p) => p.outcome)))];
  const tl = await getTranslations("levels");
  const tr = await getTranslations("recognition");
  const te = await getTranslations("externalRatings");
  // One row per clearinghouse that rated any of them, each rating in its own words beside its common level.
  const clearinghouses = [
    ...new Map(items.flatMap((i) => i.externalRatings.map((r) => [r.clearinghouse.slug, r.clearinghouse]))).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));

  const rows: [string, (item: (typeof items)[number]) => React.ReactNode][] = [
    [
      tr("title"),
      (i) => (
        <>
          <RecognitionStatement recognition={i.recognition} compact />
          <StaleMarker recognition={i.recognition} isStale={i.isStale} />
        </>
      ),
    ],
    [
      ti("level"),
      (i) => (i.evidenceLevel === "niet-beoordeeld" ? tl("niet-beoordeeld") : <LevelBadge level={i.evidenceLevel} />),
    ],
    ...clearinghouses.map((c): [string, (item: (typeof items)[number]) => React.ReactNode] => [
      c.name,
      (i) => {
        const ratings = i.externalRatings.filter((r) => r.clearinghouse.slug === c.slug);
        if (ratings.length === 0) return <span className="text-slate-700">{te("noRating")}</span>;
        return (
          <ul className="space-y-1">
            {ratings.map((r, n) => (
              <li key={n}>
                <RatingWords rating={r} />
                {r.topic && <span className="text-slate-700"> ({r.topic})</span>}
                <span className="block">
                  {te("common")}: <CommonLevelWords level={r.commonLevel} />
                </span>
                <span className="block text-slate-700">
                  <RatingDate rating={r} />
                  {r.url && (
                    <>
                      {" · "}
                      <ExternalLink url={r.url}>{ti("source")}</ExternalLink>
                    </>
                  )}
                  {!isRatingVerified(r) && <UnverifiedMark />}
                </span>
              </li>
            ))}
          </ul>
        );
      },
    ]),
    [ti("targetGroups"), (i) => [...new Set(i.targetGroups.map((g) => tp(g.preventionLevel)))].join(", ")],
    [
      ti("age"),
      (i) => [...new Set(i.targetGroups.map((g) => formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale)))].join("; "),
    ],
    [ti("delivery"), (i) => i.deliveryModes.map((d) => deliveryNames[d] ?? d).join(", ")],
    [ti("intensity"), (i) => pick(i.intensity, locale) ?? "—"],
    [ti("provider"), (i) => pick(i.provider, locale) ?? "—"],
    [ti("cost"), (i) => <CostText cost={costFactsOf(i)} />],
    ...outcomes.map((o): [string, (item: (typeof items)[number]) => React.ReactNode] => [
      `${ti("effect")}: ${outcomeNames[o] ?? o}`,
      (i) => {
        const p = i.pooledEffects.find((x) => x.outcome === o);
        return p ? (
          <>
            <HeadlineEffectText effect={p} />
            <PlainLanguageEffect g={p.estimate} ciLower={p.ciLower} ciUpper={p.ciUpper} certainty={null} compact />
          </>
        ) : (
          "—"
        );
      },
    ]),
    [t("evidenceAge"), (i) => (i.lastReviewedOn ? t("years", { n: yearsSince(i.lastReviewedOn) }) : t("unknown"))],
  ];

  const treport = await getTranslations("decision.aid.results");
  const reportQuery = items.map((i) => `slug=${encodeURIComponent(i.slug)}`).join("&");
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="no-print flex flex-wrap items-center gap-3 text-sm">
          <Link href={`/report/compare?${reportQuery}`} className="text-brand-700 underline">
            {treport("report")}
          </Link>
          <a href={`/api/report/compare.pdf?${reportQuery}`} className="text-brand-700 underline">
            {treport("reportPdf")}
          </a>
          <PrintButton label={t("print")} />
        </p>
      </div>
      {problemNote}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <td />
              {items.map((i) => (
                <th key={i.slug} scope="col" className="border-b-2 border-brand-700 p-2 text-left text-base">
                  <Link href={`/interventions/${i.slug}`} className="text-brand-700 underline">
                    {pick(i.name, locale)}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 text-left font-medium">
                  {label}
                </th>
                {items.map((i) => (
                  <td key={i.slug} className="p-2">
                    {cell(i)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
