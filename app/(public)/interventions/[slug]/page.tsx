import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { findReferenceLists, getInterventionBySlug } from "@/lib/intervention/queries";
import { interventionSlugSchema } from "@/lib/intervention/api-schemas";
import { buildForest, type ForestInput } from "@/lib/evidence/forest";
import { toLocale, pick } from "@/lib/i18n/locale";
import { formatAgeRange, formatNumber, formatPartialDate } from "@/lib/format";
import { DemoMark, LevelBadge, RecognitionBadge, StaleMarker, UnverifiedMark } from "@/components/interventions/badges";
import { EffectSummary } from "@/components/interventions/effect-summary";
import { CompareToggle, CompareTray } from "@/components/interventions/compare-selection";
import { namesOf } from "@/components/interventions/reference-names";
import { ForestPlot } from "@/components/evidence/forest-plot";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string) {
  if (!interventionSlugSchema.safeParse(slug).success) return null;
  return getInterventionBySlug(await db(), { slug });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await load((await params).slug);
  const locale = toLocale(await getLocale());
  return { title: item ? pick(item.name, locale)! : "404" };
}

export default async function InterventionPage({ params }: { params: Params }) {
  const { slug } = await params;
  const item = await load(slug);
  if (!item) notFound();
  const locale = toLocale(await getLocale());
  const t = await getTranslations("intervention");
  const tp = await getTranslations("prevention");
  const tl = await getTranslations("levels");
  const ta = await getTranslations("availability");
  const td = await getTranslations("designs");
  const references = await findReferenceLists(await db());
  const outcomeNames = namesOf(references.outcomes, locale);
  const riskNames = namesOf(references.riskFactors, locale);
  const deliveryNames = namesOf(references.deliveryModes, locale);
  const name = pick(item.name, locale)!;

  const text = (value: { nl: string | null; en: string | null }) => pick(value, locale);
  const range = (min: number | null, max: number | null, key: "sessions" | "weeks") =>
    min === null && max === null ? null : min === max || max === null ? `${min}` : t(key, { min: min ?? 0, max });

  const facts: [string, React.ReactNode][] = [
    [t("delivery"), item.deliveryModes.map((d) => deliveryNames[d] ?? d).join(", ") || null],
    [t("provider"), text(item.provider)],
    [
      t("intensity"),
      [
        text(item.intensity),
        range(item.sessionsMin, item.sessionsMax, "sessions"),
        range(item.durationWeeksMin, item.durationWeeksMax, "weeks"),
      ]
        .filter(Boolean)
        .join(" · ") || null,
    ],
    [
      t("cost"),
      item.costPerFamilyEur !== null
        ? `€ ${formatNumber(item.costPerFamilyEur, locale, 0)}${item.costYear ? ` (${item.costYear})` : ""}`
        : item.costNote,
    ],
    [t("owner"), item.ownerOrganisation],
    [t("availability"), `${ta(item.availabilityNl)}${item.availabilityNote ? ` — ${item.availabilityNote}` : ""}`],
    [
      t("website"),
      item.website ? (
        <a href={item.website} className="text-brand-700 underline">
          {item.website}
        </a>
      ) : null,
    ],
  ];

  // Per outcome: the accepted effect sizes that feed its pooled effect, for the forest plot.
  const effectsByOutcome = new Map<string, ForestInput[]>();
  for (const study of item.studies) {
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
        <CompareToggle slug={item.slug} name={name} />
      </div>
      {locale === "nl" && item.name.en !== item.name.nl && (
        <p lang="en" className="text-slate-700">
          {item.name.en}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <LevelBadge level={item.evidenceLevel} />
        <RecognitionBadge recognition={item.recognition} />
        <StaleMarker recognition={item.recognition} isStale={item.isStale} />
      </div>
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
              const forest = buildForest(effectsByOutcome.get(p.outcome) ?? []);
              const outcome = outcomeNames[p.outcome] ?? p.outcome;
              return (
                <li key={p.outcome}>
                  <EffectSummary effect={p} outcomeName={outcome} />
                  {p.piLower !== null && p.piUpper !== null && (
                    <p className="text-sm text-slate-700">
                      {t("pi")}: [{formatNumber(p.piLower, locale)}; {formatNumber(p.piUpper, locale)}]
                    </p>
                  )}
                  {forest && <ForestPlot forest={forest} title={t("effectOn", { outcome })} />}
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
          {text(item.description) && <p className="mt-2">{text(item.description)}</p>}
          {text(item.aims) && (
            <>
              <h3 className="mt-3 font-semibold">{t("aims")}</h3>
              <p>{text(item.aims)}</p>
            </>
          )}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {facts
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="font-medium">{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
          </dl>
        </section>
        <section aria-labelledby="target">
          <h2 id="target" className="text-xl font-semibold">
            {t("targetGroups")}
          </h2>
          <ul className="mt-2 space-y-3">
            {item.targetGroups.map((g, i) => (
              <li key={i} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  {tp(g.preventionLevel)} · {formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale)}
                </p>
                <p className="text-sm">{text(g.description)}</p>
                {g.riskFactors.length > 0 && (
                  <p className="mt-1 text-sm text-slate-700">
                    {g.riskFactors.map((r) => riskNames[r] ?? r).join(", ")}
                  </p>
                )}
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
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("clearinghouse")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("ratingLevel")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("topic")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("ratedOn")}
                </th>
                <th scope="col" className="py-1">
                  {t("source")}
                </th>
              </tr>
            </thead>
            <tbody>
              {item.externalRatings.map((r, i) => (
                <tr key={i} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {r.clearinghouse.name} <span className="text-slate-700">({r.clearinghouse.country})</span>
                  </th>
                  <td className="py-1 pr-3">
                    {r.level}
                    {!r.isVerified && <UnverifiedMark />}
                    {r.note && <span className="block text-xs text-slate-700">{r.note}</span>}
                  </td>
                  <td className="py-1 pr-3">{r.topic ?? "—"}</td>
                  <td className="py-1 pr-3">{formatPartialDate(r.ratedOn ?? r.reviewedOn, locale)}</td>
                  <td className="py-1">
                    {r.url ? (
                      <a href={r.url} className="break-all text-brand-700 underline">
                        {new URL(r.url).hostname}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="text-xl font-semibold">
          {t("history")}
        </h2>
        {item.ratingHistory.length === 0 ? (
          <p className="mt-2">{t("historyEmpty")}</p>
        ) : (
          <ol className="mt-2 space-y-2 border-l-2 border-brand-700 pl-4">
            {item.ratingHistory.map((e, i) => (
              <li key={i}>
                <p className="font-medium">
                  {formatPartialDate(e.decidedOn, locale)}:{" "}
                  {e.fromLevel && e.fromLevel !== e.toLevel
                    ? t("historyFrom", { from: tl(e.fromLevel), to: tl(e.toLevel!) })
                    : e.toLevel && tl(e.toLevel)}
                  {e.toRecognised && ` · ${t("recognised")}`}
                  {!e.isVerified && <UnverifiedMark />}
                </p>
                <p className="text-sm">{e.justification}</p>
                <p className="text-sm text-slate-700">
                  {t("decidedBy")}: {e.actorName}
                  {e.sourceUrl && (
                    <>
                      {" · "}
                      <a href={e.sourceUrl} className="text-brand-700 underline">
                        {t("source")}
                      </a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
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
              <li key={s.id} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  {s.citation}
                  {!s.isVerified && <UnverifiedMark />}
                </p>
                <p className="text-sm text-slate-700">
                  {t("design")}: {td(s.design)}
                  {s.country && ` · ${s.country}`}
                  {s.sampleSize !== null && ` · ${t("sampleSize")} = ${s.sampleSize}`}
                  {s.studiesCount !== null && ` · k = ${s.studiesCount}`}
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
                      <a href={s.url} className="text-brand-700 underline">
                        {t("source")}
                      </a>
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
      <CompareTray />
    </article>
  );
}
