import Link from "next/link";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueDb } from "@/lib/db";
import { findReferenceLists } from "@/lib/intervention/queries";
import { searchParamsToObject } from "@/lib/intervention/schemas";
import { withoutProblems, type FilterProblem } from "@/lib/intervention/filter-issues";
import { toLocale } from "@/lib/i18n/locale";
import { formatAgeRange } from "@/lib/format";
import { findDecisionAid } from "@/lib/decision/decision-aid";
import { parseAgeOption, parseSituation, situationToSearchParams } from "@/lib/decision/decision-aid-schema";
import { DecisionAidForm, type SituationFormValues } from "@/components/decision/decision-aid-form";
import { DecisionAidResults } from "@/components/decision/decision-aid-results";
import { CompareTray } from "@/components/interventions/compare-selection";
import { getCompareTrayLabels } from "@/components/interventions/compare-labels";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decision.aid"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());
/** "Gedragsproblemen van het kind" inside a sentence; a name that starts with an acronym stays as it is. */
const lowerFirst = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0].toLowerCase() + name.slice(1) : name);
const month = (value: string | string[] | undefined) =>
  typeof value === "string" && /^-?\d{1,3}$/.test(value) ? Number(value) : undefined;

export default async function DecisionAidPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("decision.aid");
  const tcat = await getTranslations("catalogue");
  const locale = toLocale(await getLocale());
  const raw = searchParamsToObject(await searchParams);

  // The form sends the age as one choice; the shared URL carries the catalogue's ageMin/ageMax in months.
  let ageProblem: FilterProblem | null = null;
  if (raw.age !== undefined) {
    const { age, ageMin: _min, ageMax: _max, ...rest } = raw;
    void _min;
    void _max;
    const chosen = typeof age === "string" ? parseAgeOption(age) : "invalid";
    if (chosen !== "invalid") {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(rest)) for (const v of [value].flat()) params.append(key, v);
      if (chosen) {
        params.set("ageMin", String(chosen.ageMin));
        params.set("ageMax", String(chosen.ageMax));
      }
      params.delete("page");
      redirect(`/keuzehulp${params.size ? `?${params.toString()}` : ""}`);
    }
    ageProblem = { param: "age", known: true, values: list(age) };
    delete raw.age;
  }

  const prisma = await catalogueDb();
  const references = await findReferenceLists(prisma);
  const parsed = parseSituation(raw, {
    riskFactors: references.riskFactors.map((r) => r.slug),
    outcomes: references.outcomes.map((o) => o.slug),
  });
  const problems = [...(ageProblem ? [ageProblem] : []), ...(parsed.kind === "invalid" ? parsed.problems : [])];

  const values: SituationFormValues =
    parsed.kind === "ok"
      ? parsed.situation
      : {
          adviceGroup: list(raw.adviceGroup),
          riskFactor: list(raw.riskFactor),
          ageMin: month(raw.ageMin),
          ageMax: month(raw.ageMax),
          outcome: typeof raw.outcome === "string" ? raw.outcome : undefined,
        };

  const quoted = (values: string[]) => values.map((v) => `‘${v}’`).join(", ") || "‘’";
  const sentence = (p: FilterProblem) => {
    if (!p.known) return t("errors.unknownParameter", { param: p.param });
    switch (p.param) {
      case "outcome":
        return p.values.length === 0 ? t("errors.outcomeMissing") : t("errors.outcome", { value: quoted(p.values) });
      case "riskFactor":
        return t("errors.riskFactor", { value: quoted(p.values) });
      case "age":
        return t("errors.age", { value: quoted(p.values) });
      case "adviceGroup":
      case "ageMin":
      case "ageMax":
      case "page":
        return tcat(`invalidFilter.${p.param}`, { value: quoted(p.values) });
      default:
        return tcat("invalidGeneric", { param: p.param, value: quoted(p.values) });
    }
  };
  const rest = problems.length ? withoutProblems(raw, problems).toString() : "";

  let results: React.ReactNode = null;
  if (parsed.kind === "ok" && problems.length === 0) {
    const { situation } = parsed;
    const outcome = references.outcomes.find((o) => o.slug === situation.outcome)!;
    const outcomeTitle = locale === "nl" ? outcome.nameNl : outcome.nameEn;
    const inSentence = { nl: lowerFirst(outcome.nameNl), en: lowerFirst(outcome.nameEn) };
    const aid = await findDecisionAid(prisma, { situation, outcomeName: inSentence });
    const tadv = await getTranslations("adviceGroups");
    const tr = await getTranslations("decision.aid.results");
    const riskNames = references.riskFactors
      .filter((r) => situation.riskFactor.includes(r.slug))
      .map((r) => (locale === "nl" ? r.nameNl : r.nameEn));
    const situationText = [
      situation.adviceGroup.length ? situation.adviceGroup.map((g) => tadv(g)).join(", ") : tr("anyGroup"),
      situation.ageMin !== undefined || situation.ageMax !== undefined
        ? formatAgeRange(situation.ageMin ?? null, situation.ageMax ?? null, locale)
        : tr("anyAge"),
      ...(riskNames.length ? [tr("risks", { risks: riskNames.join(", ") })] : []),
      tr("outcome", { outcome: inSentence[locale] }),
    ].join(" · ");
    const host = (await headers()).get("host") ?? "localhost";
    const proto = (await headers()).get("x-forwarded-proto") ?? "http";
    const shareUrl = `${proto}://${host}/keuzehulp?${situationToSearchParams(situation).toString()}`;
    results = (
      <>
        <DecisionAidResults
          aid={aid}
          outcomeName={inSentence[locale]}
          outcomeTitle={outcomeTitle}
          situationText={situationText}
          shareUrl={shareUrl}
        />
        <CompareTray labels={await getCompareTrayLabels()} />
      </>
    );
  }

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t("order")}</p>
      {problems.length > 0 && (
        <div role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          <h2 className="font-semibold">{t("errors.title")}</h2>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((p) => (
              <li key={p.param}>{sentence(p)}</li>
            ))}
          </ul>
          {rest && (
            <p className="mt-2">
              <Link href={`/keuzehulp?${rest}`} className="underline">
                {t("errors.continue", { count: problems.length })}
              </Link>
            </p>
          )}
        </div>
      )}
      <div className="mt-6 gap-8 lg:grid lg:grid-cols-[22rem_1fr]">
        <div>
          <DecisionAidForm values={values} references={references} />
        </div>
        <div>{results}</div>
      </div>
    </div>
  );
}
