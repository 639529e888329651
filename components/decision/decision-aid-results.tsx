/**
 * The decision aid's ranked results: per intervention its place with one sentence on why and what is
 * unknown, the recognition, the headline effect on the chosen outcome, the Health Council's groups, age,
 * cost and availability, and the cost calculator. The advice's caveats are stated where they apply:
 * effects are modest (when headline effects are below 0.5), universal offers lack evidence (when the
 * universal group is chosen), not recognised does not mean ineffective (on each such result), and check the
 * fit with local needs and availability (always).
 */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale, pick } from "@/lib/i18n/locale";
import { formatAgeRange } from "@/lib/format";
import type { DecisionAid } from "@/lib/decision/decision-aid";
import { situationToSearchParams } from "@/lib/decision/decision-aid-schema";
import { costFactsOf } from "@/lib/decision/costs-display";
import { MAX_COMPARED } from "@/lib/intervention/compare";
import { DemoMark, LevelBadge, RecognitionBadge } from "@/components/interventions/badges";
import { EffectSummary } from "@/components/interventions/effect-summary";
import { PlainLanguageEffect } from "@/components/evidence/plain-language-effect";
import { CompareToggle } from "@/components/interventions/compare-selection";
import { CostCalculator } from "./cost-calculator";
import { CostText, getCostCalculatorLabels } from "./cost-calculator-server";

export async function DecisionAidResults({
  aid,
  outcomeName,
  outcomeTitle,
  situationText,
  shareUrl,
}: {
  aid: DecisionAid;
  /** The outcome as it reads inside a sentence, and as a label. */
  outcomeName: string;
  outcomeTitle: string;
  situationText: string;
  shareUrl: string;
}) {
  const t = await getTranslations("decision.aid.results");
  const tc = await getTranslations("decision.aid.caveats");
  const tcost = await getTranslations("decision.costs");
  const tadv = await getTranslations("adviceGroups");
  const ta = await getTranslations("availability");
  const locale = toLocale(await getLocale());
  const calculatorLabels = await getCostCalculatorLabels();
  const compareLabel = t("compare");
  const { situation } = aid;
  const pages = Math.max(1, Math.ceil(aid.total / aid.pageSize));
  const pageHref = (page: number) => `/keuzehulp?${situationToSearchParams({ ...situation, page }).toString()}`;
  const top = aid.results.slice(0, MAX_COMPARED).map((r) => r.intervention.slug);
  const topQuery = top.map((slug) => `slug=${encodeURIComponent(slug)}`).join("&");

  return (
    <section aria-labelledby="results-title" className="mt-8 lg:mt-0">
      <h2 id="results-title" className="text-xl font-semibold">
        {t("count", { total: aid.total })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("situation", { situation: situationText })}</p>
      <div className="mt-2 text-sm">
        <label htmlFor="share-url" className="font-medium">
          {t("share")}
        </label>
        <input
          id="share-url"
          readOnly
          value={shareUrl}
          aria-describedby="share-hint"
          className="mt-1 block w-full max-w-2xl rounded border border-slate-400 bg-slate-50 px-2 py-1 font-mono text-xs"
        />
        <p id="share-hint" className="text-slate-700">
          {t("shareHint")}
        </p>
      </div>

      <div
        role="note"
        aria-labelledby="caveats-title"
        className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950"
      >
        <h3 id="caveats-title" className="font-semibold">
          {tc("title")}
        </h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {aid.modest > 0 && (
            <li data-testid="caveat-modest">
              {tc("modest", { modest: aid.modest, withEffect: aid.withEffect, outcome: outcomeName })}
            </li>
          )}
          {situation.adviceGroup.includes("universal") && <li data-testid="caveat-universal">{tc("universal")}</li>}
          <li data-testid="caveat-local">{tc("local")}</li>
        </ul>
      </div>

      {aid.total === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : aid.results.length === 0 ? (
        <p className="mt-4">
          {t("pastEnd", { pages })}{" "}
          <Link href={pageHref(pages)} className="text-brand-700 underline">
            {t("page", { page: pages, pages })}
          </Link>
        </p>
      ) : (
        <>
          {top.length >= 2 && (
            <p className="no-print mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <span className="font-medium">{t("top", { count: top.length })}:</span>
              <Link href={`/compare?${topQuery}`} className="text-brand-700 underline">
                {compareLabel}
              </Link>
              <Link href={`/report/compare?${topQuery}`} className="text-brand-700 underline">
                {t("report")}
              </Link>
              <a href={`/api/report/compare.pdf?${topQuery}`} className="text-brand-700 underline">
                {t("reportPdf")}
              </a>
            </p>
          )}
          <ol className="mt-4 space-y-4" start={aid.results[0].rank} data-testid="decision-results">
            {aid.results.map((r) => {
              const i = r.intervention;
              const name = pick(i.name, locale)!;
              const headingId = `result-${i.slug}`;
              const ages = [
                ...new Set(i.targetGroups.map((g) => formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale))),
              ];
              const cost = costFactsOf(i);
              return (
                <li key={i.slug} className="rounded border border-slate-300 p-4" data-testid="decision-result">
                  <article aria-labelledby={headingId}>
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <h3 id={headingId} className="text-lg font-semibold">
                        <span aria-hidden="true">{t("rank", { rank: r.rank })} </span>
                        <Link href={`/interventions/${i.slug}`} className="text-brand-700 underline">
                          {name}
                        </Link>
                        {i.isDemo && <DemoMark />}
                      </h3>
                      <CompareToggle slug={i.slug} name={name} label={compareLabel} />
                    </div>
                    <p className="mt-1 flex flex-wrap items-center gap-2">
                      <RecognitionBadge recognition={i.recognition} />
                      {i.evidenceLevel !== i.recognition.level && <LevelBadge level={i.evidenceLevel} />}
                    </p>
                    <p className="mt-2" data-testid="why">
                      <span className="font-medium">{t("why")}:</span> {r.why[locale]}
                    </p>
                    {r.unknown.length > 0 && (
                      <p className="mt-1 text-sm" data-testid="unknown">
                        <span className="font-medium">{t("unknown")}:</span> {r.unknown.map((u) => u[locale]).join(" ")}
                      </p>
                    )}
                    {!i.recognition.isRecognised && (
                      <p role="note" className="mt-1 text-sm text-slate-700" data-testid="caveat-not-recognised">
                        {t("notRecognised")}
                      </p>
                    )}
                    {r.effect && (
                      <div className="mt-2">
                        <EffectSummary effect={r.effect} outcomeName={outcomeTitle} />
                        <PlainLanguageEffect
                          g={r.effect.estimate}
                          ciLower={r.effect.ciLower}
                          ciUpper={r.effect.ciUpper}
                          certainty={r.effect.certainty?.level ?? null}
                          compact
                        />
                      </div>
                    )}
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="font-medium">{t("groups")}</dt>
                      <dd>{i.adviceGroups.map((g) => tadv(g)).join("; ") || "—"}</dd>
                      <dt className="font-medium">{t("age")}</dt>
                      <dd>{ages.join("; ") || "—"}</dd>
                      <dt className="font-medium">{tcost("label")}</dt>
                      <dd>
                        <CostText cost={cost} />
                      </dd>
                      <dt className="font-medium">{t("availability")}</dt>
                      <dd>{ta(i.availabilityNl)}</dd>
                    </dl>
                    <details className="no-print mt-2">
                      <summary className="cursor-pointer text-brand-700 underline">{t("calculator")}</summary>
                      <CostCalculator
                        cost={cost}
                        effects={
                          r.effect
                            ? [
                                {
                                  outcome: r.effect.outcome,
                                  name: outcomeTitle,
                                  estimate: r.effect.estimate,
                                  ciLower: r.effect.ciLower,
                                  ciUpper: r.effect.ciUpper,
                                },
                              ]
                            : []
                        }
                        labels={calculatorLabels}
                        locale={locale}
                      />
                    </details>
                  </article>
                </li>
              );
            })}
          </ol>
          {pages > 1 && (
            <nav aria-label={t("page", { page: aid.page, pages })} className="mt-4 flex items-center gap-4 text-sm">
              {aid.page > 1 && (
                <Link href={pageHref(aid.page - 1)} className="text-brand-700 underline">
                  {t("previous")}
                </Link>
              )}
              <span>{t("page", { page: aid.page, pages })}</span>
              {aid.page < pages && (
                <Link href={pageHref(aid.page + 1)} className="text-brand-700 underline">
                  {t("next")}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
