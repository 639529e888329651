/**
 * An evidence entry as submitted: the intervention (or the proposed one), the study with its risk of bias,
 * and the outcomes with the effect sizes the server computed. The researcher's entry page and the editors'
 * review page show the same thing.
 */
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RISK_OF_BIAS_TOOLS } from "@/lib/submission/schemas";
import { RATIO_MEASURES } from "@/lib/stats/constants";
import type { SubmissionDto } from "@/lib/submission/dto";
import { pick, toLocale } from "@/lib/i18n/locale";
import { formatAgeRange, formatEstimate } from "@/lib/format";

export async function SubmissionDetails({ entry }: { entry: SubmissionDto }) {
  const t = await getTranslations("researcher");
  const f = await getTranslations("researcher.form");
  const locale = toLocale(await getLocale());
  const { study } = entry;
  const tool = RISK_OF_BIAS_TOOLS[study.riskOfBias.tool];
  return (
    <>
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
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 break-words sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <dt className="font-medium">{f("proposalName")}</dt>
              <dd>{entry.proposal.name}</dd>
              <dt className="font-medium">{f("proposalDescription")}</dt>
              <dd className="whitespace-pre-line">{entry.proposal.description}</dd>
              <dt className="font-medium">{f("proposalTargetGroup")}</dt>
              <dd>{entry.proposal.targetGroup}</dd>
              {(entry.proposal.ageMinMonths !== null || entry.proposal.ageMaxMonths !== null) && (
                <>
                  <dt className="font-medium">{t("view.ages")}</dt>
                  <dd>{formatAgeRange(entry.proposal.ageMinMonths, entry.proposal.ageMaxMonths, locale)}</dd>
                </>
              )}
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
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 break-words sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
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
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 break-words sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
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
    </>
  );
}
