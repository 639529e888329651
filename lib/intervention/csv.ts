/**
 * The catalogue as CSV (GET /api/v1/interventions.csv). Browser-safe: pure formatting of list items.
 *
 * UTF-8 with a byte-order mark so Excel shows "ë" and "é" correctly; CRLF line ends (RFC 4180); numbers with
 * a decimal point. Multi-valued cells are joined with "; ".
 */
import { stringify } from "csv-stringify/sync";
import type { InterventionListItem, PooledEffectDto } from "./dto";

export const CSV_FILENAME = "effectwijzer-interventies.csv";
export const CSV_BOM = "\uFEFF";
/** The export refuses larger result sets (HTTP 400) rather than returning a silently cut-off file. */
export const EXPORT_MAX_ROWS = 10_000;

export const csvColumns = [
  "slug",
  "name_nl",
  "name_en",
  "evidence_level",
  "recognition_status",
  "recognition_verified",
  "recognised",
  "recognised_current",
  "recognition_expires_on",
  "stale",
  "advice_groups",
  "prevention_levels",
  "age_min_months",
  "age_max_months",
  "delivery_modes",
  "pooled_effects",
  "certainty",
  "url",
] as const;

const fixed = (n: number) => n.toFixed(2);

/**
 * "parental-sensitivity: 0.33 [0.20, 0.46] (pooled, k=3)". A meta-analysis's own estimate keeps the digits
 * it was reported with (never re-rounded); without a reported CI the brackets are left out.
 */
export function formatPooledEffect(p: PooledEffectDto): string {
  const num = p.basis === "meta-analysis" ? (n: number) => String(n) : fixed;
  const ci = p.ciLower !== null && p.ciUpper !== null ? ` [${num(p.ciLower)}, ${num(p.ciUpper)}]` : "";
  return `${p.outcome}: ${num(p.estimate)}${ci} (${p.basis}, k=${p.k})`;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed with an apostrophe. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The widest age span over the target groups; an open bound in any group leaves that end open. */
function ageSpan(item: InterventionListItem): { min: number | null; max: number | null } {
  const groups = item.targetGroups;
  if (groups.length === 0) return { min: null, max: null };
  const mins = groups.map((g) => g.ageMinMonths);
  const maxes = groups.map((g) => g.ageMaxMonths);
  return {
    min: mins.some((m) => m === null) ? null : Math.min(...(mins as number[])),
    max: maxes.some((m) => m === null) ? null : Math.max(...(maxes as number[])),
  };
}

/**
 * @param siteUrl origin of the public site, for the url column (e.g. "https://effectwijzer.nl")
 * @param chosenOutcome when the search filtered on exactly one outcome, only that pooled effect is listed,
 *   and the certainty column gives its certainty (empty otherwise, like minEffect)
 */
export function interventionsToCsv(
  items: InterventionListItem[],
  options: { siteUrl: string; chosenOutcome?: string | null },
): string {
  const base = options.siteUrl.replace(/\/+$/, "");
  const rows = items.map((item) => {
    const age = ageSpan(item);
    const effects = options.chosenOutcome ? (item.chosenEffect ? [item.chosenEffect] : []) : item.pooledEffects;
    return [
      item.slug,
      safeText(item.name.nl),
      safeText(item.name.en),
      item.evidenceLevel,
      item.recognition.status,
      String(item.recognition.isVerified),
      String(item.recognition.isRecognised),
      String(item.recognition.isCurrent),
      item.recognition.expiresOn ?? "",
      String(item.isStale),
      item.adviceGroups.join("; "),
      [...new Set(item.targetGroups.map((g) => g.preventionLevel))].join("; "),
      age.min === null ? "" : String(age.min),
      age.max === null ? "" : String(age.max),
      item.deliveryModes.join("; "),
      effects.map(formatPooledEffect).join("; "),
      options.chosenOutcome ? (item.chosenEffect?.certainty?.level ?? "") : "",
      `${base}/interventions/${item.slug}`,
    ];
  });
  return CSV_BOM + stringify([[...csvColumns], ...rows], { record_delimiter: "\r\n" });
}
