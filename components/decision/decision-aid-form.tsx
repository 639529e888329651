/**
 * The decision aid's situation as a plain GET form (works without JavaScript): the Health Council's groups,
 * the risk factors, the child's age and the outcome that matters most. The age is chosen in years and sent
 * as `age=<ageMin>_<ageMax>` (months); the page turns it into the catalogue's ageMin/ageMax and redirects, so
 * the shared URL speaks the catalogue's parameters.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locale";
import { formatAgeRange } from "@/lib/format";
import { adviceGroupSlugs } from "@/lib/intervention/filter-values";
import type { ReferenceLists } from "@/lib/intervention/dto";
import { AGE_PREGNANCY, MAX_AGE_YEARS, ageOptionValue, yearToMonths } from "@/lib/decision/decision-aid-schema";

export type SituationFormValues = {
  adviceGroup: string[];
  riskFactor: string[];
  ageMin?: number;
  ageMax?: number;
  outcome?: string;
};

export async function DecisionAidForm({
  values,
  references,
}: {
  values: SituationFormValues;
  references: ReferenceLists;
}) {
  const t = await getTranslations("decision.aid.form");
  const tadv = await getTranslations("adviceGroups");
  const locale = toLocale(await getLocale());
  const name = (e: { nameNl: string; nameEn: string }) => (locale === "nl" ? e.nameNl : e.nameEn);

  const ages: [string, string][] = [
    [ageOptionValue(AGE_PREGNANCY.ageMin, AGE_PREGNANCY.ageMax), t("agePregnancy")],
    ...Array.from({ length: MAX_AGE_YEARS + 1 }, (_, years): [string, string] => {
      const { ageMin, ageMax } = yearToMonths(years);
      return [ageOptionValue(ageMin, ageMax), t("ageYear", { years })];
    }),
  ];
  const hasAge = values.ageMin !== undefined || values.ageMax !== undefined;
  const chosenAge = hasAge ? ageOptionValue(values.ageMin ?? -9, values.ageMax ?? 216) : "";
  if (hasAge && !ages.some(([value]) => value === chosenAge)) {
    // A range from a shared link that is not one year of age: kept as it is.
    ages.push([
      chosenAge,
      t("ageFromLink", { range: formatAgeRange(values.ageMin ?? null, values.ageMax ?? null, locale) }),
    ]);
  }
  const aces = references.riskFactors.filter((r) => r.isAce);
  const others = references.riskFactors.filter((r) => !r.isAce);
  const checkbox = (param: string, slug: string, label: string, checked: boolean) => (
    <li key={slug}>
      <label className="inline-flex items-start gap-2">
        <input type="checkbox" name={param} value={slug} defaultChecked={checked} className="mt-1 h-4 w-4" />
        <span>{label}</span>
      </label>
    </li>
  );

  return (
    <form method="get" action="/keuzehulp" className="space-y-4" aria-labelledby="situation-title">
      <h2 id="situation-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{t("groups")}</legend>
        <p className="text-sm text-slate-700">{t("groupsHint")}</p>
        <ul className="mt-2 space-y-1">
          {adviceGroupSlugs.map((slug) => checkbox("adviceGroup", slug, tadv(slug), values.adviceGroup.includes(slug)))}
        </ul>
      </fieldset>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{t("risks")}</legend>
        <p className="text-sm text-slate-700">{t("risksHint")}</p>
        <div className="mt-2 space-y-3">
          <div>
            <p className="font-medium">{t("aces")}</p>
            <ul className="mt-1 space-y-1">
              {aces.map((r) => checkbox("riskFactor", r.slug, name(r), values.riskFactor.includes(r.slug)))}
            </ul>
          </div>
          <div>
            <p className="font-medium">{t("otherRisks")}</p>
            <ul className="mt-1 space-y-1">
              {others.map((r) => checkbox("riskFactor", r.slug, name(r), values.riskFactor.includes(r.slug)))}
            </ul>
          </div>
        </div>
      </fieldset>
      <div className="space-y-4">
        <div>
          <label htmlFor="situation-age" className="block font-semibold">
            {t("age")}
          </label>
          <select
            id="situation-age"
            name="age"
            defaultValue={chosenAge}
            aria-describedby="situation-age-hint"
            className="mt-1 rounded border border-slate-500 px-2 py-1"
          >
            <option value="">{t("ageAny")}</option>
            {ages.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <p id="situation-age-hint" className="mt-1 text-sm text-slate-700">
            {t("ageHint")}
          </p>
        </div>
        <div>
          <label htmlFor="situation-outcome" className="block font-semibold">
            {t("outcome")}
          </label>
          <select
            id="situation-outcome"
            name="outcome"
            required
            defaultValue={values.outcome ?? ""}
            aria-describedby="situation-outcome-hint"
            className="mt-1 w-full rounded border border-slate-500 px-2 py-1"
          >
            <option value="" disabled>
              {t("outcomeChoose")}
            </option>
            {references.outcomes.map((o) => (
              <option key={o.slug} value={o.slug}>
                {name(o)}
              </option>
            ))}
          </select>
          <p id="situation-outcome-hint" className="mt-1 text-sm text-slate-700">
            {t("outcomeHint")}
          </p>
        </div>
      </div>
      <p className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
        <a href="/keuzehulp" className="text-brand-700 underline">
          {t("reset")}
        </a>
      </p>
    </form>
  );
}
