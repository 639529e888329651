/**
 * The municipal report as a page, with a print stylesheet (app/report/report.css): the same data and the same
 * caveats as the PDF (components/decision/report-pdf.tsx), built from the detail page's components.
 */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatAgeRange, formatPartialDate } from "@/lib/format";
import { costFactsOf } from "@/lib/decision/costs-display";
import type { ReportData } from "@/lib/decision/report";
import { DemoMark } from "@/components/interventions/badges";
import { RecognitionStatement } from "@/components/interventions/dutch-recognition";
import { EffectSummary } from "@/components/interventions/effect-summary";
import { ForestPlot } from "@/components/evidence/forest-plot";
import { PrintButton } from "@/components/ui/print-button";
import { ExternalLink } from "@/components/ui/external-link";
import { CostText } from "./cost-calculator-server";
import { reportCaveats, reportTitle, reportTranslator } from "./report-text";

const SOURCE_LINK = "break-all text-brand-700 underline";

export async function ReportView({ data, pdfHref, backHref }: { data: ReportData; pdfHref: string; backHref: string }) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("decision.report");
  const tl = await getTranslations("levels");
  const tadv = await getTranslations("adviceGroups");
  const tp = await getTranslations("prevention");
  const tg = await getTranslations("targetGroup");
  const ta = await getTranslations("availability");
  const ti = await getTranslations("intervention");
  const tt = reportTranslator(locale);
  const title = reportTitle(data, tt);
  const day = (date: string) => formatPartialDate(date, locale);
  const outcomeName = (slug: string) => data.outcomeNames[slug]?.[locale] ?? slug;

  return (
    <article className="report" aria-labelledby="report-title">
      <p className="report-actions no-print flex flex-wrap items-center gap-4 text-sm">
        <Link href={backHref} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <a href={pdfHref} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white" data-testid="report-pdf">
          {t("download")}
        </a>
        <PrintButton label={t("print")} />
      </p>
      <h1 id="report-title" className="mt-3 text-2xl font-bold text-brand-800">
        {t("title")}
        <span className="block text-xl text-slate-900">{title}</span>
      </h1>
      <p className="text-slate-700">{t("subtitle")}</p>
      <p className="text-sm text-slate-700">
        {t("made", { date: day(data.madeAt.toISOString().slice(0, 10)) })}
        {data.dataDate && ` ${t("dataDate", { date: day(data.dataDate) })}`}
      </p>
      <p className="mt-2 max-w-3xl text-sm">{t("intro")}</p>
      <div
        role="note"
        aria-labelledby="report-caveats"
        className="report-caveats mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950"
      >
        <h2 id="report-caveats" className="font-semibold">
          {t("caveatsTitle")}
        </h2>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {reportCaveats(data, tt, locale).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      {data.items.length === 0 && <p className="mt-4">{t("empty")}</p>}
      {data.items.map((item, n) => {
        const i = item.intervention;
        const headingId = `report-item-${i.slug}`;
        return (
          <section
            key={i.slug}
            aria-labelledby={headingId}
            className="report-item mt-6 border-t-2 border-brand-700 pt-3"
          >
            <h2 id={headingId} className="text-xl font-semibold text-brand-800">
              {n + 1}. {pick(i.name, locale)}
              {i.isDemo && <DemoMark />}
            </h2>
            <dl className="mt-2 grid grid-cols-[12rem_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-medium">{t("recognition")}</dt>
              <dd>
                <RecognitionStatement recognition={i.recognition} compact />
              </dd>
              <dt className="font-medium">{t("level")}</dt>
              <dd>
                {tl(i.evidenceLevel)}
                {i.lastReviewedOn && ` · ${t("lastReviewed", { date: day(i.lastReviewedOn) })}`}
              </dd>
              <dt className="font-medium">{t("groups")}</dt>
              <dd>{i.adviceGroups.map((g) => tadv(g)).join("; ") || tg("adviceNone")}</dd>
              <dt className="font-medium">{t("targetGroups")}</dt>
              <dd>
                <ul>
                  {i.targetGroups.map((g, k) => (
                    <li key={k}>
                      {tp(g.preventionLevel)}, {formatAgeRange(g.ageMinMonths, g.ageMaxMonths, locale)}
                      {g.riskFactors.length > 0 &&
                        `, ${tg("riskFactors").toLowerCase()}: ${g.riskFactors.map((r) => data.riskFactorNames[r]?.[locale] ?? r).join(", ")}`}
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="font-medium">{t("costs")}</dt>
              <dd>
                <CostText cost={costFactsOf(i)} />
              </dd>
              <dt className="font-medium">{ti("availability")}</dt>
              <dd>{ta(i.availabilityNl)}</dd>
              {item.note && (
                <>
                  <dt className="font-medium">{t("note")}</dt>
                  <dd className="whitespace-pre-line">{item.note}</dd>
                </>
              )}
            </dl>
            <h3 className="mt-3 font-semibold">{t("effects")}</h3>
            {i.pooledEffects.length === 0 ? (
              <p className="text-sm">{t("effectsNone")}</p>
            ) : (
              <ul className="mt-1 space-y-3">
                {i.pooledEffects.map((p) => (
                  <li key={p.outcome}>
                    <EffectSummary effect={p} outcomeName={outcomeName(p.outcome)} />
                    {item.forests[p.outcome] && (
                      <ForestPlot
                        forest={item.forests[p.outcome]}
                        title={t("forest", { outcome: outcomeName(p.outcome) })}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-3 font-semibold">{t("sources")}</h3>
            <ul className="mt-1 space-y-1 text-xs">
              {i.recognition.sourceUrl && (
                <li>
                  {t("recognitionSource")}:{" "}
                  <ExternalLink url={i.recognition.sourceUrl} className={SOURCE_LINK}>
                    {i.recognition.sourceUrl}
                  </ExternalLink>
                </li>
              )}
              {i.website && (
                <li>
                  {t("website")}:{" "}
                  <ExternalLink url={i.website} className={SOURCE_LINK}>
                    {i.website}
                  </ExternalLink>
                </li>
              )}
              {i.studies.map((s) => {
                const url = s.doi ? `https://doi.org/${s.doi}` : s.url;
                return (
                  <li key={s.id}>
                    {s.citation}
                    {url && (
                      <>
                        {" "}
                        <ExternalLink url={url} className={SOURCE_LINK}>
                          {url}
                        </ExternalLink>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
