/**
 * A saved search's query: any catalogue address or query string, checked with the catalogue's own filter
 * schema (lib/intervention/schemas.ts), so a search that the catalogue would refuse is refused when it is
 * saved, naming the parameter in the catalogue's own words. Browser-safe.
 */
import { createTranslator } from "use-intl/core";
import type { FieldIssue } from "../errors";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import {
  filtersToSearchParams,
  parseInterventionFilters,
  searchParamsToObject,
  type InterventionFilters,
} from "../intervention/schemas";
import { describeFilterProblems } from "../intervention/filter-issues";
import { alertsText } from "./shortlists-schemas";

const catalogue = {
  nl: createTranslator({ locale: "nl", messages: messages.nl, namespace: "catalogue" }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "catalogue" }),
};
type Say = (key: string, values?: Record<string, string | number>) => string;

export type SavedQuery = {
  /** The canonical query string (no page, no page size; the sort only when it was chosen). */
  query: string;
  filters: InterventionFilters;
};

/** The query string part of what the officer pasted: a full address, a path, "?a=b" or "a=b". */
function queryPart(input: string): { ok: true; query: string } | { ok: false } {
  const text = input.trim();
  if (text === "" || text.startsWith("?")) return { ok: true, query: text.replace(/^\?/, "") };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.startsWith("/")) {
    let url: URL;
    try {
      url = new URL(text, "http://localhost");
    } catch {
      return { ok: false };
    }
    return url.pathname.replace(/\/+$/, "") === "/interventions"
      ? { ok: true, query: url.search.slice(1) }
      : { ok: false };
  }
  return text.includes("=") ? { ok: true, query: text } : { ok: false };
}

/**
 * Reads a saved search's query. Refusals are FieldIssues on "query" whose message names the parameter (the
 * catalogue page's sentence for it), one per bad parameter.
 */
export function parseSavedQuery(
  input: string,
  locale: Locale,
): { ok: true; value: SavedQuery } | { ok: false; issues: FieldIssue[] } {
  const part = queryPart(input);
  if (!part.ok)
    return { ok: false, issues: [{ path: "query", message: alertsText(locale, "errors.queryNotCatalogue") }] };
  const params = new URLSearchParams(part.query);
  // Paging is not part of a search: a saved search follows its first matches whatever page was open.
  params.delete("page");
  params.delete("pageSize");
  const raw = searchParamsToObject(params);
  const parsed = parseInterventionFilters(raw);
  if (!parsed.ok) {
    const say = catalogue[locale] as unknown as Say & { has: (key: string) => boolean };
    const quoted = (values: string[]) => values.map((v) => `‘${v}’`).join(", ") || "‘’";
    return {
      ok: false,
      issues: describeFilterProblems(parsed.error, raw).map((p) => {
        const key = `invalidFilter.${p.param}`;
        const message = !p.known
          ? say("unknownParameter", { param: p.param })
          : say.has(key)
            ? `${p.param}: ${say(key, { value: quoted(p.values) })}`
            : say("invalidGeneric", { param: p.param, value: quoted(p.values) });
        return { path: "query", message };
      }),
    };
  }
  const { filters } = parsed;
  const canonical = filtersToSearchParams({
    ...filters,
    page: undefined,
    pageSize: undefined,
    sort: raw.sort !== undefined ? filters.sort : undefined,
  });
  return { ok: true, value: { query: canonical.toString(), filters } };
}
