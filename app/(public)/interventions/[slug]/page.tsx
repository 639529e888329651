import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { findReferenceLists, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { buildForest, type ForestInput } from "@/lib/evidence/forest";
import { toLocale, pick } from "@/lib/i18n/locale";
import { formatAgeRange, formatNumber } from "@/lib/format";
import { DemoMark, LevelBadge, StaleMarker, UnverifiedMark } from "@/components/interventions/badges";
import { RecognitionStatement } from "@/components/interventions/dutch-recognition";
import { ProvenanceNote, provenanceOf } from "@/components/interventions/provenance";
import { ExternalRatings } from "@/components/evidence/external-ratings";
import { RatingHistory } from "@/components/evidence/rating-history";
import { EffectSummary } from "@/components/interventions/effect-summary";
import { CompareToggle, CompareTray } from "@/components/interventions/compare-selection";
import { getCompareTrayLabels } from "@/components/interventions/compare-labels";
import { namesOf } from "@/components/interventions/reference-names";
import { getTextsOnce } from "@/components/interventions/texts-once";
import { ForestPlot } from "@/components/evidence/forest-plot";
import { BiasPanel } from "@/components/evidence/bias-panel";
import { CertaintyExplanation, CertaintyHistory } from "@/components/evidence/certainty-explanation";
import { PlainLanguageEffect } from "@/components/evidence/plain-language-effect";
import { biasDiagnostics } from "@/lib/evidence/bias";
import type { PoolMethod } from "@/lib/stats/constants";
import { AddToShortlist } from "@/components/decision/add-to-shortlist";
import { CostCalculator } from "@/components/decision/cost-calculator";
import { CostText, getCostCalculatorLabels } from "@/components/decision/cost-calculator-server";
import { costFactsOf } from "@/lib/decision/costs-display";
import { ExternalLink } from "@/components/ui/external-link";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

/** The record, read once per request: the metadata (the page title) and the page both ask for it. */
const load = cache(async (slug: string) => {
  if (!interventionSlugSchema.safeParse(slug).success) return null;
  return getInterventionBySlug(await catalogueDb(), { slug });
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await load((await params).slug);
  const locale = toLocale(await getLocale());
  return { title: item ? pick(item.name, locale)! : (await getTranslations("intervention"))("notFoundTitle") };
}

export default async function InterventionPage({ params }: { params: Params }) {
  const { slug } = await params;
  // The reference lists are read beside the record, not after it.
  const [item, references] = await Promise.all([
    load(slug),
    catalogueDb().then((prisma) => findReferenceLists(prisma)),
  ]);
  if (!item) notFound();
  const locale = toLocale(await getLocale());
  const t = await getTextsOnce("intervention");
  const tp = await getTranslations("prevention");
  const tg = await getTranslations("targetGroup");
  const tadv = await getTranslations("adviceGroups");
  const tcat = await getTranslations("catalogue");
  const tprov = await getTranslations("provenance");
  const ta = await getTranslations("availability");
  const td = await getTranslations("designs");
  const outcomeNames = namesOf(references.outcomes, locale);
  const riskNames = namesOf(references.riskFactors, locale);
  const deliveryNames = namesOf(references.deliveryModes, locale);
  const name = pick(item.name, locale)!;

  const text = (value: { nl: string | null; en: string | null }) => pick(value, locale);
  // "8–12 sessies", "1 sessie", "10 weken": always with the unit, plural by the upper end.
  const range = (min: number | null, max: number | null, key: "sessions" | "weeks") => {
    if (min === null && max === null) return null;
    if (min === null || max === null || min === max) return t(`${key}Count`, { count: (max ?? min)! });
    return t(key, { min, max });
  };

  // "Afgeleid" / "Niet geverifieerd" with the reason, next to every value that has a provenance entry.
  const seen = new Set<string>();
  const mark = (...paths: string[]) => {
    const entries = provenanceOf(item.provenance, paths, seen);
    return entries.length > 0 ? <ProvenanceNote entries={entries} /> : null;
  };

  const facts: [string, React.ReactNode, React.ReactNode][] = [
    [t("delivery"), item.deliveryModes.map((d) => deliveryNames[d] ?? d).join(", ") || null, mark("deliveryModes")],
    [t("provider"), text(item.provider), mark("provider")],
    [
      t("intensity"),
      [
        text(item.intensity),
        range(item.sessionsMin, item.sessionsMax, "sessions"),
        range(item.durationWeeksMin, item.durationWeeksMax, "weeks"),
      ]
        .filter(Boolean)
        .join(" · ") || null,
      mark("intensity", "sessionsMin", "sessionsMax", "durationWeeksMin", "durationWeeksMax"),
    ],
    [
      t("cost"),
      <CostText key="cost" cost={costFactsOf(item)} />,
      mark("costPerFamily", "costCurrency", "costYear", "costSourceUrl", "costNote"),
    ],
    [t("owner"), item.ownerOrganisation, mark("ownerOrganisation")],
    [
      t("availability"),
      `${ta(item.availabilityNl)}${item.availabilityNote ? ` — ${item.availabilityNote}` : ""}`,
      mark("availabilityNl", "availabilityNote"),
    ],
    [
      t("website"),
      item.website ? <ExternalLink url={item.website}>{item.website}</ExternalLink> : null,
      mark("website"),
    ],
  ];
  const descriptionMark = mark("description");
  const aimsMark = mark("aims");
  const groupMarks = item.targetGroups.map((_, i) => ({
    preventionLevel: mark(`targetGroups.${i}.preventionLevel`),
    age: mark(`targetGroups.${i}.ageMinMonths`, `targetGroups.${i}.ageMaxMonths`),
    adviceGroups: mark(`targetGroups.${i}.adviceGroups`),
    riskFactors: mark(`targetGroups.${i}.riskFactors`),
    description: mark(`targetGroups.${i}.description`),
  }));
  // Entries for values this page does not show next to a field, listed with their reasons.
  const otherProvenance = Object.entries(item.provenance)
    .filter(([path]) => !seen.has(path))
    .map(([, entry]) => entry);

  // The studies a headline effect can link to (a meta-analysis or a single study), by id.
  const studyById = new Map(item.studies.map((s) => [s.id, s]));
  const studyLabel = (citation: string) => citation.split(".")[0];

  // Per outcome: the accepted effect sizes of primary studies that feed a pooled headline, for the forest
  // plot (a published meta-analysis or review is shown as reported, never as a row of a new pool).
  const effectsByOutcome = new Map<string, ForestInput[]>();
  for (const study of item.studies) {
    if (study.design === "meta-analysis" || study.design === "systematic-review") continue;
    for (const e of study.effectSizes) {
      const list = effectsByOutcome.get(e.outcome) ?? [];
      list.push({
        studyId: study.id,
        label: study.citation.split(".")[0],
        measure: e.measure,
        yi: e.yi,
        vi: e.vi,
        higherIsBetter: e.higherIsBetter,
      });
      effectsByOutcome.set(e.outcome, list);
    }
  }

  return (
    <article>
      <p className="no-print text-sm">
        <Link href="/interventions" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-800">
          {name}
          {item.isDemo && <DemoMark />}
        </h1>
        <CompareToggle slug={item.slug} name={name} label={(await getTranslations("catalogue"))("compareAdd")} />
      </div>
      {locale === "nl" && item.name.en !== item.name.nl && (
        <p lang="en" className="text-slate-700">
          {item.name.en}
        </p>
      )}
      <AddToShortlist slug={item.slug} />
      <section aria-labelledby="recognition" className="mt-3 space-y-2">
        <h2 id="recognition" className="sr-only">
          {(await getTranslations("recognition"))("title")}
        </h2>
        <RecognitionStatement recognition={item.recognition} />
        <div className="flex flex-wrap items-center gap-2">
          {item.evidenceLevel !== item.recognition.level && item.evidenceLevel !== "niet-beoordeeld" && (
            <span className="text-sm">
              {t("level")}: <LevelBadge level={item.evidenceLevel} />
            </span>
          )}
          <StaleMarker recognition={item.recognition} isStale={item.isStale} />
        </div>
        {item.newStudiesSinceLastRating !== null && item.newStudiesSinceLastRating > 0 && (
          <p className="text-sm" data-testid="new-evidence">
            <span className="font-medium">{t("newEvidence", { count: item.newStudiesSinceLastRating })}</span>.{" "}
            {t("newEvidenceNote")}
          </p>
        )}
      </section>
      <p className="mt-3 max-w-3xl text-lg">{text(item.summary)}</p>

      <section aria-labelledby="pooled" className="mt-6">
        <h2 id="pooled" className="text-xl font-semibold">
          {t("pooledTitle")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("pooledIntro")}</p>
        {item.pooledEffects.length === 0 ? (
          <p className="mt-2">{t("noEffect")}</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {item.pooledEffects.map((p) => {
              // Forest plots exist only where the headline pools primary studies.
              const forest = p.basis === "pooled" ? buildForest(effectsByOutcome.get(p.outcome) ?? []) : null;
              // Funnel and leave-one-out plots for pools of at least three primary studies.
              const bias = forest
                ? biasDiagnostics(
                    forest.rows.map((r) => ({ label: r.label, yi: r.yi, vi: r.vi })),
                    forest.pooled.method as PoolMethod,
                    forest.pooled.estimate,
                  )
                : null;
              const outcome = outcomeNames[p.outcome] ?? p.outcome;
              const source = p.sourceStudyId !== null ? studyById.get(p.sourceStudyId) : undefined;
              return (
                <li key={p.outcome}>
                  <EffectSummary
                    effect={p}
                    outcomeName={outcome}
                    method={forest?.pooled.method}
                    study={source && { href: `#study-${source.id}`, label: studyLabel(source.citation) }}
                  />
                  {p.piLower !== null && p.piUpper !== null && (
                    <p className="text-sm text-slate-700">
                      {t("pi")}: [{formatNumber(p.piLower, locale)}; {formatNumber(p.piUpper, locale)}]
                    </p>
                  )}
                  <PlainLanguageEffect
                    g={p.estimate}
                    ciLower={p.ciLower}
                    ciUpper={p.ciUpper}
                    certainty={p.certainty?.level ?? null}
                  />
                  {p.certainty && <CertaintyExplanation certainty={p.certainty} />}
                  <CertaintyHistory entries={item.certaintyHistory.filter((h) => h.outcome === p.outcome)} />
                  {forest && <ForestPlot forest={forest} title={t("effectOn", { outcome })} />}
                  {bias && <BiasPanel bias={bias} outcome={outcome} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="about">
          <h2 id="about" className="text-xl font-semibold">
            {t("description")}
          </h2>
          {text(item.description) && (
            <p className="mt-2">
              {text(item.description)}
              {descriptionMark}
            </p>
          )}
          {text(item.aims) && (
            <>
              <h3 className="mt-3 font-semibold">{t("aims")}</h3>
              <p>
                {text(item.aims)}
                {aimsMark}
              </p>
            </>
          )}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts
              .filter(([, v, m]) => v || m)
              .map(([k, v, m]) => (
                <div key={k} className="contents">
                  <dt className="font-medium">{k}</dt>
                  <dd>
                    {v ?? "—"}
                    {m}
                  </dd>
                </div>
              ))}
          </dl>
          <details className="no-print mt-3">
            <summary className="cursor-pointer text-brand-700 underline">
              {(await getTranslations("decision.aid.results"))("calculator")}
            </summary>
            <CostCalculator
              cost={costFactsOf(item)}
              effects={item.pooledEffects.map((p) => ({
                outcome: p.outcome,
                name: outcomeNames[p.outcome] ?? p.outcome,
                estimate: p.estimate,
                ciLower: p.ciLower,
                ciUpper: p.ciUpper,
              }))}
              labels={await getCostCalculatorLabels()}
              locale={locale}
            />
          </details>
          {otherProvenance.length > 0 && (
            <>
              <h3 className="mt-3 font-semibold">{tprov("other")}</h3>
              <ProvenanceNote entries={otherProvenance} />
            </>
          )}
        </section>
        <section aria-labelledby="target">
          <h2 id="target" className="text-xl font-semibold">
            {t("targetGroups")}
          </h2>
          <ul className="mt-2 space-y-3">
            {item.targetGroups.map((g, i) => (
              <li key={i} className="rounded border border-slate-200 p-3">
                <p>
                  {text(g.description)}
                  {groupMarks[i].description}
                </p>
                <dl className="mt-2 space-y-2 text-sm">
                  <div>
                    <dt className="font-medium">{tg("preventionLevel")}</dt>
                    <dd>
                      {tp(g.preventionLevel)}
                      {groupMarks[i].preventionLevel}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium">{tg("age")}</dt>
                    <dd>
                      {formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale)}
                      {groupMarks[i].age}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium">{tg("advice")}</dt>
                    <dd>
                      {g.adviceGroups.length > 0 ? (
                        <ul>
                          {g.adviceGroups.map((a) => (
                            <li key={a}>{tadv(a)}</li>
                          ))}
                        </ul>
                      ) : (
                        tg("adviceNone")
                      )}
                      {groupMarks[i].adviceGroups}
                      {g.adviceGroups.includes("universal") && (
                        <p role="note" className="mt-1 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
                          {tcat("universalWarning")}
                        </p>
                      )}
                    </dd>
                  </div>
                  {(g.riskFactors.length > 0 || groupMarks[i].riskFactors) && (
                    <div>
                      <dt className="font-medium">{tg("riskFactors")}</dt>
                      <dd>
                        {g.riskFactors.map((r) => riskNames[r] ?? r).join(", ") || "—"}
                        {groupMarks[i].riskFactors}
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="ratings" className="mt-6">
        <h2 id="ratings" className="text-xl font-semibold">
          {t("ratings")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("ratingsIntro")}</p>
        <ExternalRatings ratings={item.externalRatings} />
      </section>

      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="text-xl font-semibold">
          {t("history")}
        </h2>
        <RatingHistory events={item.ratingHistory} />
      </section>

      <section aria-labelledby="evidence" className="mt-6">
        <h2 id="evidence" className="text-xl font-semibold">
          {t("evidence")}
        </h2>
        {item.studies.length === 0 ? (
          <p className="mt-2">{t("evidenceEmpty")}</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {item.studies.map((s) => (
              <li key={s.id} id={`study-${s.id}`} className="scroll-mt-4 rounded border border-slate-200 p-3">
                <p className="font-medium">
                  {s.citation}
                  {!s.isVerified && <UnverifiedMark />}
                </p>
                <p className="text-sm text-slate-700">
                  {t("design")}: {td(s.design)}
                  {s.country && ` · ${s.country}`}
                  {s.sampleSize !== null && ` · ${t("sampleSize")} = ${s.sampleSize}`}
                  {s.studiesCount !== null && ` · ${t("studies", { k: s.studiesCount })}`}
                  {s.doi && (
                    <>
                      {" · "}
                      <a href={`https://doi.org/${s.doi}`} className="text-brand-700 underline">
                        doi:{s.doi}
                      </a>
                    </>
                  )}
                  {!s.doi && s.url && (
                    <>
                      {" · "}
                      <ExternalLink url={s.url}>{t("source")}</ExternalLink>
                    </>
                  )}
                </p>
                {s.summary && <p className="mt-1 text-sm">{s.summary}</p>}
                {s.effectSizes.length > 0 && (
                  <ul className="mt-2 space-y-1 text-sm">
                    {s.effectSizes.map((e) => (
                      <li key={e.id}>
                        <span className="font-medium">{outcomeNames[e.outcome] ?? e.outcome}</span>
                        {e.outcomeLabel && ` (${e.outcomeLabel})`}: {e.reportedText}
                        {!e.isVerified && <UnverifiedMark />}
                        {e.note && <span className="block text-xs text-slate-700">{e.note}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {item.sourceNote && (
        <section aria-labelledby="sources" className="mt-6">
          <h2 id="sources" className="text-xl font-semibold">
            {t("sourceNote")}
          </h2>
          <p className="mt-2 whitespace-pre-line break-words text-sm">{item.sourceNote}</p>
        </section>
      )}
      <CompareTray labels={await getCompareTrayLabels()} />
    </article>
  );
}
