import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RISK_OF_BIAS_TOOLS } from "@/lib/submission/schemas";
import { SUBMISSION_STATUS_SLUGS, isEditable } from "@/lib/submission/status";
import { RATIO_MEASURES } from "@/lib/stats/constants";
import type { StudyStatus } from "@/generated/prisma/enums";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatEstimate } from "@/lib/format";
import { SubmissionStatusBadge } from "@/components/researcher/status-badge";
import { researcherPageViewer } from "../access";
import { loadOwnSubmission } from "./load";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher"))("title") };
}

type Params = Promise<{ id: string }>;

export default async function SubmissionPage({ params }: { params: Params }) {
  const { id } = await params;
  const viewer = await researcherPageViewer(`/researcher/${encodeURIComponent(id)}`);
  const entry = await loadOwnSubmission(viewer, id);
  if (!entry) notFound();
  const t = await getTranslations("researcher");
  const f = await getTranslations("researcher.form");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const status = (Object.keys(SUBMISSION_STATUS_SLUGS) as StudyStatus[]).find(
    (key) => SUBMISSION_STATUS_SLUGS[key] === entry.status,
  )!;
  const { study } = entry;
  const tool = RISK_OF_BIAS_TOOLS[study.riskOfBias.tool];
  const title = entry.intervention ? pick(entry.intervention.name, locale) : entry.proposal?.name;
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" });

  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/researcher" className="text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
        <p>
          <span className="sr-only">{t("statusLabel")}: </span>
          <SubmissionStatusBadge status={entry.status} label={t(`status.${entry.status}`)} />
        </p>
      </div>
      {entry.review && (
        <div className="mt-3 rounded bg-slate-50 p-3">
          <p className="font-medium">{t("reviewReason", { date: date(entry.review.decidedAt) })}</p>
          {entry.review.reason && <p className="whitespace-pre-line">{entry.review.reason}</p>}
        </div>
      )}
      {isEditable(status) && (
        <p className="mt-3">
          <Link href={`/researcher/${entry.id}/edit`} className="text-brand-700 underline">
            {t("actions.edit")}
          </Link>
        </p>
      )}

      <section className="mt-6">
        <h2 className="text-xl font-semibold">{entry.intervention ? t("view.intervention") : t("view.proposal")}</h2>
        {entry.intervention ? (
          <p>
            <Link href={`/interventions/${entry.intervention.slug}`} className="text-brand-700 underline">
              {pick(entry.intervention.name, locale)}
            </Link>
          </p>
        ) : (
          entry.proposal && (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{f("proposalName")}</dt>
              <dd>{entry.proposal.name}</dd>
              <dt className="font-medium">{f("proposalDescription")}</dt>
              <dd className="whitespace-pre-line">{entry.proposal.description}</dd>
              <dt className="font-medium">{f("proposalTargetGroup")}</dt>
              <dd>{entry.proposal.targetGroup}</dd>
              {entry.proposal.websiteUrl && (
                <>
                  <dt className="font-medium">{f("proposalWebsite")}</dt>
                  <dd>{entry.proposal.websiteUrl}</dd>
                </>
              )}
            </dl>
          )
        )}
      </section>

      <section className="mt-6">
        <h2 className="text-xl font-semibold">{t("view.study")}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{f("citation")}</dt>
          <dd>{study.citation}</dd>
          {study.doi && (
            <>
              <dt className="font-medium">{f("doi")}</dt>
              <dd>
                <a href={`https://doi.org/${study.doi}`} className="text-brand-700 underline">
                  {study.doi}
                </a>
              </dd>
            </>
          )}
          {study.url && (
            <>
              <dt className="font-medium">{f("url")}</dt>
              <dd className="break-all">{study.url}</dd>
            </>
          )}
          <dt className="font-medium">{f("year")}</dt>
          <dd>{study.year}</dd>
          <dt className="font-medium">{f("design")}</dt>
          <dd>{f(`designs.${study.design}`)}</dd>
          <dt className="font-medium">{f("country")}</dt>
          <dd>{study.country}</dd>
          <dt className="font-medium">{f("sampleSize")}</dt>
          <dd>{study.sampleSize}</dd>
          {study.followUpMonths !== null && (
            <>
              <dt className="font-medium">{f("followUpMonths")}</dt>
              <dd>{study.followUpMonths}</dd>
            </>
          )}
          {study.summary && (
            <>
              <dt className="font-medium">{f("summary")}</dt>
              <dd className="whitespace-pre-line">{study.summary}</dd>
            </>
          )}
        </dl>
        <h3 className="mt-4 font-semibold">
          {f("riskOfBias")} — {f("riskOfBiasTool", { tool: f(`tools.${study.riskOfBias.tool}`) })}
        </h3>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {tool.domains.map((domain, index) => {
            const judgement = study.riskOfBias.domains[index];
            return (
              <div key={domain} className="contents">
                <dt>{f(`domains.${domain}`)}</dt>
                <dd>{judgement ? f(`judgements.${judgement}`) : f("notGiven")}</dd>
              </div>
            );
          })}
          <dt className="font-medium">{f("overall")}</dt>
          <dd className="font-medium">{f(`judgements.${study.riskOfBias.overall}`)}</dd>
        </dl>
      </section>

      <section className="mt-6">
        <h2 className="text-xl font-semibold">{t("view.outcomes")}</h2>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {f("outcomeDomain")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {f("timepointMonths")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {f("subgroup")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {f("measure")}
              </th>
              <th scope="col" className="py-1">
                {t("view.effect")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entry.outcomes.map((outcome, index) => {
              const effect = outcome.effect;
              const ratio = RATIO_MEASURES.includes(outcome.measure);
              const natural = (value: number) => (ratio ? Math.exp(value) : value);
              return (
                <tr key={index} className="border-b border-slate-200 align-top">
                  <td className="py-1 pr-3">
                    {pick(outcome.outcome.name, locale)}
                    {outcome.outcomeLabel && <span className="block text-slate-700">{outcome.outcomeLabel}</span>}
                  </td>
                  <td className="py-1 pr-3">{outcome.timepointMonths ?? "—"}</td>
                  <td className="py-1 pr-3">{outcome.subgroup ?? "—"}</td>
                  <td className="py-1 pr-3">
                    {f(`measures.${outcome.measure}`)}
                    {!outcome.higherIsBetter && <span className="block text-slate-700">{f("lowerIsBetter")}</span>}
                  </td>
                  <td className="py-1">
                    {effect
                      ? `${f(`effectNames.${outcome.measure}`)} = ${formatEstimate(
                          natural(effect.yi),
                          natural(effect.ciLower),
                          natural(effect.ciUpper),
                          locale,
                        )}`
                      : t("view.noEffect")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
