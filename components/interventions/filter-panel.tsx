"use client";
/**
 * The catalogue filters as one native GET form: it works without JavaScript (Search button), and with
 * JavaScript every change rewrites the URL at once. The controls reflect the URL (so the back button
 * works); the facet counts are the server's, rendered for the same URL as the results (one catalogue
 * query per change).
 *
 * Browser code: the texts come translated from the server page and the filter values from the zod-free
 * filter-values module, so neither next-intl's message parser nor zod is shipped (see bench:ui).
 */
import { useRef } from "react";
import { sortValues, type SortValue } from "@/lib/intervention/filter-values";
import type { InterventionFilters } from "@/lib/intervention/schemas";
import { useCatalogueNavigation } from "./catalogue-navigation";

/** Every text the panel shows, translated by the page. */
export type FilterPanelLabels = {
  filters: string;
  searchLabel: string;
  searchPlaceholder: string;
  search: string;
  adviceGroup: string;
  adviceGroupHint: string;
  targetGroup: string;
  ageMonths: string;
  ageApply: string;
  ageHint: string;
  ageRange: string;
  ageFromYears: string;
  ageToYears: string;
  ageRangeHint: string;
  riskFactor: string;
  outcome: string;
  minEffect: string;
  minEffectNeedsOutcome: string;
  delivery: string;
  rating: string;
  anyLevel: string;
  recognised: string;
  recognisedOnly: string;
  recognisedAny: string;
  recognisedCurrent: string;
  sort: string;
  sorts: Record<SortValue, string>;
};

/** One value of a filter as the panel shows it: its label and its facet count for the current results. */
export type FilterOption = { value: string; label: string; count: number };

/** The values of each filter in the panel's order, labelled in the page's language, with their counts. */
export type FilterPanelOptions = Record<
  "adviceGroup" | "targetGroup" | "riskFactor" | "outcome" | "delivery" | "rating",
  FilterOption[]
> & { recognised: { true: number; current: number } };

/** The filters the panel's text fields and sort show; the rest it reads from the URL. */
export type FilterPanelFilters = Pick<
  InterventionFilters,
  "q" | "ageMonths" | "ageMin" | "ageMax" | "minEffect" | "sort"
>;

type Props = {
  filters: FilterPanelFilters;
  options: FilterPanelOptions;
  labels: FilterPanelLabels;
};

export function FilterPanel({ filters, options, labels }: Props) {
  const t = (key: Exclude<keyof FilterPanelLabels, "sorts">) => labels[key];
  const { query, pending, navigate } = useCatalogueNavigation();
  const form = useRef<HTMLFormElement>(null);
  const current = new URLSearchParams(query);

  function toggle(param: string, value: string, on: boolean) {
    navigate((p) => {
      const values = p.getAll(param).filter((v) => v !== value);
      p.delete(param);
      for (const v of on ? [...values, value] : values) p.append(param, v);
    });
  }

  function setSingle(param: string, value: string) {
    navigate((p) => (value ? p.set(param, value) : p.delete(param)));
  }

  function submitText() {
    const elements = form.current?.elements;
    if (!elements) return;
    const value = (name: string) => ((elements.namedItem(name) as HTMLInputElement | null)?.value ?? "").trim();
    navigate((p) => {
      for (const name of ["q", "ageMonths", "minEffect"]) {
        const v = value(name);
        if (v) p.set(name, v);
        else p.delete(name);
      }
      // Ages in whole years, inclusive: "0 t/m 2 jaar" is months 0 to 35.
      const years = { ageMin: value("ageFromYears"), ageMax: value("ageToYears") };
      for (const [param, v] of Object.entries(years)) {
        if (v === "" || !/^\d+$/.test(v)) p.delete(param);
        else p.set(param, String(param === "ageMin" ? Number(v) * 12 : Number(v) * 12 + 11));
      }
    });
  }

  const selected = (param: string) => current.getAll(param);
  const oneOutcome = selected("outcome").length === 1;

  const checkboxGroup = (
    param: "adviceGroup" | "targetGroup" | "riskFactor" | "outcome" | "delivery",
    legend: string,
    open = true,
  ) => {
    const chosen = selected(param);
    return (
      <details open={open || chosen.length > 0} className="border-t border-slate-200 pt-3">
        <summary className="cursor-pointer font-semibold">{legend}</summary>
        <fieldset>
          <legend className="sr-only">{legend}</legend>
          <ul className="mt-2 space-y-1">
            {options[param].map((v) => {
              const n = v.count;
              const id = `f-${param}-${v.value}`;
              return (
                <li key={v.value}>
                  <input
                    id={id}
                    type="checkbox"
                    name={param}
                    value={v.value}
                    checked={chosen.includes(v.value)}
                    onChange={(e) => toggle(param, v.value, e.target.checked)}
                    className="mr-2 h-4 w-4 align-middle"
                  />
                  <label htmlFor={id}>
                    {v.label} <span className="tabular-nums text-slate-700">({n})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </details>
    );
  };

  /** One end of the age range in whole years; the URL carries months (see submitText). */
  const yearInput = (end: "from" | "to", label: string, months: number | undefined) => (
    <>
      <label htmlFor={`f-age-${end}`}>{label}</label>
      <input
        id={`f-age-${end}`}
        name={end === "from" ? "ageFromYears" : "ageToYears"}
        type="number"
        min={0}
        max={18}
        step={1}
        key={`age-${end}-${months ?? ""}`}
        defaultValue={months !== undefined && months >= 0 ? Math.floor(months / 12) : ""}
        aria-describedby="f-age-range-hint"
        className="w-16 rounded border border-slate-500 px-2 py-1"
      />
    </>
  );

  return (
    <form
      ref={form}
      method="get"
      action="/interventions"
      role="search"
      aria-label={t("filters")}
      aria-busy={pending}
      className="space-y-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        submitText();
      }}
    >
      <div>
        <label htmlFor="f-q" className="block font-semibold">
          {t("searchLabel")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="f-q"
            name="q"
            type="search"
            key={`q-${filters.q ?? ""}`}
            defaultValue={filters.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className="w-full rounded border border-slate-500 px-2 py-1"
          />
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white hover:bg-brand-800">
            {t("search")}
          </button>
        </div>
      </div>
      {checkboxGroup("adviceGroup", t("adviceGroup"))}
      <p className="text-slate-700">{t("adviceGroupHint")}</p>
      {checkboxGroup("targetGroup", t("targetGroup"))}
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("ageMonths")}</legend>
        <div className="mt-1 flex gap-2">
          <input
            id="f-age"
            name="ageMonths"
            type="number"
            min={-9}
            max={216}
            step={1}
            key={`age-${filters.ageMonths ?? ""}`}
            defaultValue={filters.ageMonths ?? ""}
            aria-label={t("ageMonths")}
            aria-describedby="f-age-hint"
            className="w-24 rounded border border-slate-500 px-2 py-1"
          />
          <button type="submit" className="rounded border border-brand-700 px-2 py-1 text-brand-700">
            {t("ageApply")}
          </button>
        </div>
        <p id="f-age-hint" className="mt-1 text-slate-700">
          {t("ageHint")}
        </p>
      </fieldset>
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("ageRange")}</legend>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          {yearInput("from", t("ageFromYears"), filters.ageMin)}
          {yearInput("to", t("ageToYears"), filters.ageMax)}
          <button type="submit" className="rounded border border-brand-700 px-2 py-1 text-brand-700">
            {t("ageApply")}
          </button>
        </div>
        <p id="f-age-range-hint" className="mt-1 text-slate-700">
          {t("ageRangeHint")}
        </p>
      </fieldset>
      {checkboxGroup("riskFactor", t("riskFactor"), false)}
      {checkboxGroup("outcome", t("outcome"), false)}
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("minEffect")}</legend>
        <input
          id="f-min-effect"
          name="minEffect"
          type="number"
          step={0.05}
          min={-5}
          max={5}
          key={`min-${filters.minEffect ?? ""}`}
          defaultValue={filters.minEffect ?? ""}
          disabled={!oneOutcome}
          aria-label={t("minEffect")}
          aria-describedby="f-min-effect-hint"
          className="mt-1 w-24 rounded border border-slate-500 px-2 py-1 disabled:bg-slate-100"
        />
        {!oneOutcome && (
          <p id="f-min-effect-hint" className="mt-1 text-slate-700">
            {t("minEffectNeedsOutcome")}
          </p>
        )}
      </fieldset>
      {checkboxGroup("delivery", t("delivery"), false)}
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("rating")}</legend>
        <ul className="mt-2 space-y-1">
          <li>
            <input
              id="f-rating-any"
              type="radio"
              name="rating"
              value=""
              checked={!current.get("rating")}
              onChange={() => setSingle("rating", "")}
              className="mr-2 h-4 w-4 align-middle"
            />
            <label htmlFor="f-rating-any">{t("anyLevel")}</label>
          </li>
          {options.rating.map(({ value: level, label, count }) => (
            <li key={level}>
              <input
                id={`f-rating-${level}`}
                type="radio"
                name="rating"
                value={level}
                checked={current.get("rating") === level}
                onChange={() => setSingle("rating", level)}
                className="mr-2 h-4 w-4 align-middle"
              />
              <label htmlFor={`f-rating-${level}`}>
                {label} <span className="tabular-nums text-slate-700">({count})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="border-t border-slate-200 pt-3">
        <legend className="font-semibold">{t("recognised")}</legend>
        <ul className="mt-2 space-y-1">
          {(
            [
              ["", t("recognisedAny"), null],
              ["true", t("recognisedOnly"), options.recognised.true],
              ["current", t("recognisedCurrent"), options.recognised.current],
            ] as const
          ).map(([value, label, n]) => (
            <li key={value || "any"}>
              <input
                id={`f-recognised-${value || "any"}`}
                type="radio"
                name="recognised"
                value={value}
                checked={(current.get("recognised") ?? "") === value}
                onChange={() => setSingle("recognised", value)}
                className="mr-2 h-4 w-4 align-middle"
              />
              <label htmlFor={`f-recognised-${value || "any"}`}>
                {label} {n !== null && <span className="tabular-nums text-slate-700">({n})</span>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="border-t border-slate-200 pt-3">
        <label htmlFor="f-sort" className="block font-semibold">
          {t("sort")}
        </label>
        <select
          id="f-sort"
          name="sort"
          value={current.get("sort") ?? filters.sort}
          onChange={(e) => setSingle("sort", e.target.value)}
          className="mt-1 rounded border border-slate-500 px-2 py-1"
        >
          {sortValues
            .filter((s) => (s === "effect" ? oneOutcome : s === "relevance" ? Boolean(current.get("q")) : true))
            .map((s) => (
              <option key={s} value={s}>
                {labels.sorts[s]}
              </option>
            ))}
        </select>
      </div>
    </form>
  );
}
