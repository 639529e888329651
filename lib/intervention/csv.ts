/**
 * The catalogue as CSV (GET /api/v1/interventions.csv): the columns and the formatting of one record from a
 * row of the export statement (./export-sql.ts), which ./export.ts streams through csv-stringify.
 * Browser-safe: pure formatting.
 *
 * UTF-8 with a byte-order mark so Excel shows "ë" and "é" correctly; CRLF line ends (RFC 4180); numbers with
 * a decimal point. Multi-valued cells are joined with "; ".
 */
import type { Options } from "csv-stringify";
import type { PooledEffectDto } from "./dto";
import type { CsvExportRow } from "./export-sql";

export const CSV_FILENAME = "effectwijzer-interventies.csv";
/** The same export as JSON (GET /api/v1/interventions.json, lib/intervention/export.ts). */
export const JSON_FILENAME = "effectwijzer-interventies.json";
export const CSV_BOM = "\uFEFF";
/** The export refuses larger result sets (HTTP 400) rather than returning a silently cut-off file. */
export const EXPORT_MAX_ROWS = 10_000;
/** csv-stringify's options for the export. */
export const CSV_OPTIONS = { record_delimiter: "\r\n" } as const satisfies Options;

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
export function formatPooledEffect(
  p: Pick<PooledEffectDto, "outcome" | "basis" | "estimate" | "ciLower" | "ciUpper" | "k">,
): string {
  const num = p.basis === "meta-analysis" ? (n: number) => String(n) : fixed;
  const ci = p.ciLower !== null && p.ciUpper !== null ? ` [${num(p.ciLower)}, ${num(p.ciUpper)}]` : "";
  return `${p.outcome}: ${num(p.estimate)}${ci} (${p.basis}, k=${p.k})`;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @ at the start) is prefixed with an apostrophe. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The origin of the public site without a trailing slash, for the url column. */
export const csvBaseUrl = (siteUrl: string) => siteUrl.replace(/\/+$/, "");

/**
 * One CSV record, in csvColumns order.
 * @param base origin of the public site (csvBaseUrl), for the url column
 * @param chosenOutcome when the search filtered on exactly one outcome, row.effects holds only that pooled
 *   effect, and the certainty column gives its certainty (empty otherwise, like minEffect)
 */
export function csvRecord(row: CsvExportRow, base: string, chosenOutcome: string | null): string[] {
  return [
    row.slug,
    safeText(row.nameNl),
    safeText(row.nameEn),
    row.evidenceLevel,
    row.recognitionStatus,
    row.recognitionVerified,
    row.recognised,
    row.recognisedCurrent,
    row.recognitionExpiresOn,
    row.stale,
    row.adviceGroups,
    row.preventionLevels,
    row.ageMin,
    row.ageMax,
    row.deliveryModes,
    row.effects.map(formatPooledEffect).join("; "),
    chosenOutcome ? (row.effects[0]?.certainty ?? "") : "",
    `${base}/interventions/${row.slug}`,
  ];
}
