/**
 * The spreadsheet form of the exchange format: a zip with manifest.json ({ format, version, exportedAt }) and
 * one CSV per entity (UTF-8, comma-separated, a header row, RFC 4180 quoting). The records are those of
 * ./format.ts, flattened: interventions are linked by their slug (column `intervention`), clearinghouses by
 * theirs (`clearinghouse`), studies by an `id` that only has to be unique within studies.csv (an export
 * writes the database id) and that effect-sizes.csv and review-decisions.csv name in their `study` column.
 * An empty cell is no value (null); a list cell holds values separated by "|"; `inputs` holds a JSON object.
 * Rows keep their order: target groups, rating events, studies and effect sizes of one record are imported in
 * the order of the file. A file may be left out (no records of that kind); every listed column is required.
 */
import { stringify } from "csv-stringify/sync";
import { formulaGuard, unescapeFormula } from "../security/csv";

export const MANIFEST_FILE = "manifest.json";

export type CellType = "text" | "int" | "number" | "bool" | "list" | "json";
export type ColumnSpec = readonly (readonly [name: string, type: CellType])[];

const VOCABULARY = [
  ["slug", "text"],
  ["nameNl", "text"],
  ["nameEn", "text"],
] as const;

export const CSV_FILES = {
  "risk-factors.csv": [...VOCABULARY, ["isAce", "bool"]],
  "outcome-domains.csv": [...VOCABULARY, ["higherIsBetter", "bool"]],
  "delivery-modes.csv": VOCABULARY,
  "clearinghouses.csv": [
    ["slug", "text"],
    ["name", "text"],
    ["country", "text"],
    ["website", "text"],
  ],
  /** One row per level of a clearinghouse's scale; position 1 is the best level. */
  "clearinghouse-levels.csv": [
    ["clearinghouse", "text"],
    ["position", "int"],
    ["level", "text"],
    ["commonLevel", "text"],
  ],
  "interventions.csv": [
    ["slug", "text"],
    ["nameNl", "text"],
    ["nameEn", "text"],
    ["summaryNl", "text"],
    ["summaryEn", "text"],
    ["descriptionNl", "text"],
    ["descriptionEn", "text"],
    ["aimsNl", "text"],
    ["aimsEn", "text"],
    ["providerNl", "text"],
    ["providerEn", "text"],
    ["intensityNl", "text"],
    ["intensityEn", "text"],
    ["sessionsMin", "int"],
    ["sessionsMax", "int"],
    ["durationWeeksMin", "int"],
    ["durationWeeksMax", "int"],
    ["costPerFamily", "number"],
    ["costCurrency", "text"],
    ["costYear", "int"],
    ["costSourceUrl", "text"],
    ["costNote", "text"],
    ["ownerOrganisation", "text"],
    ["availabilityNl", "text"],
    ["availabilityNote", "text"],
    ["website", "text"],
    ["evidenceLevel", "text"],
    ["lastReviewedOn", "text"],
    ["sourceNote", "text"],
    ["isDemo", "bool"],
    ["deliveryModes", "list"],
  ],
  "target-groups.csv": [
    ["intervention", "text"],
    ["preventionLevel", "text"],
    ["ageMinMonths", "int"],
    ["ageMaxMonths", "int"],
    ["descriptionNl", "text"],
    ["descriptionEn", "text"],
    ["riskFactors", "list"],
    ["adviceGroups", "list"],
  ],
  /** At most one row per intervention: the Dutch decision in force (none: no Dutch decision known). */
  "recognitions.csv": [
    ["intervention", "text"],
    ["status", "text"],
    ["level", "text"],
    ["committee", "text"],
    ["isVerified", "bool"],
    ["decidedOn", "text"],
    ["expiresOn", "text"],
    ["justification", "text"],
    ["sourceUrl", "text"],
  ],
  "rating-events.csv": [
    ["intervention", "text"],
    ["kind", "text"],
    ["fromLevel", "text"],
    ["toLevel", "text"],
    ["fromRecognised", "bool"],
    ["toRecognised", "bool"],
    ["fromStatus", "text"],
    ["toStatus", "text"],
    ["committee", "text"],
    ["justification", "text"],
    ["decidedOn", "text"],
    ["actorName", "text"],
    ["sourceUrl", "text"],
    ["isVerified", "bool"],
    ["createdAt", "text"],
  ],
  "external-ratings.csv": [
    ["intervention", "text"],
    ["clearinghouse", "text"],
    ["level", "text"],
    ["levelAsWritten", "text"],
    ["topic", "text"],
    ["ratedOn", "text"],
    ["reviewedOn", "text"],
    ["url", "text"],
    ["isVerified", "bool"],
    ["note", "text"],
  ],
  "provenance.csv": [
    ["intervention", "text"],
    ["path", "text"],
    ["kind", "text"],
    ["reasonNl", "text"],
    ["reasonEn", "text"],
    ["sourceUrl", "text"],
  ],
  /** The history of curators' certainty overrides per intervention and outcome, oldest first. */
  "certainty-overrides.csv": [
    ["intervention", "text"],
    ["outcome", "text"],
    ["level", "text"],
    ["reason", "text"],
    ["actorName", "text"],
    ["createdAt", "text"],
  ],
  /** `intervention` empty: a context study (about the field, not one intervention). */
  "studies.csv": [
    ["id", "text"],
    ["intervention", "text"],
    ["key", "text"],
    ["status", "text"],
    ["citation", "text"],
    ["doi", "text"],
    ["url", "text"],
    ["year", "int"],
    ["design", "text"],
    ["country", "text"],
    ["sampleSize", "int"],
    ["studiesCount", "int"],
    ["randomisedShare", "number"],
    ["followUpMonths", "int"],
    ["riskOfBias", "text"],
    ["riskOfBiasTool", "text"],
    ["riskOfBiasDomains", "list"],
    ["summary", "text"],
    ["isVerified", "bool"],
    ["isDemo", "bool"],
    ["submittedAt", "text"],
    ["reviewedAt", "text"],
    ["reviewerName", "text"],
    ["reviewReason", "text"],
  ],
  "effect-sizes.csv": [
    ["study", "text"],
    ["outcome", "text"],
    ["measure", "text"],
    ["inputForm", "text"],
    ["inputs", "json"],
    ["yi", "number"],
    ["vi", "number"],
    ["reportedEstimate", "number"],
    ["reportedCiLower", "number"],
    ["reportedCiUpper", "number"],
    ["reportedText", "text"],
    ["sampleSize", "int"],
    ["higherIsBetter", "bool"],
    ["outcomeLabel", "text"],
    ["timepointMonths", "int"],
    ["subgroup", "text"],
    ["sourceUrl", "text"],
    ["isVerified", "bool"],
    ["note", "text"],
  ],
  "review-decisions.csv": [
    ["study", "text"],
    ["reviewerName", "text"],
    ["verdict", "text"],
    ["reason", "text"],
    ["isTiebreak", "bool"],
    ["createdAt", "text"],
  ],
} as const satisfies Record<string, ColumnSpec>;

export type CsvFileName = keyof typeof CSV_FILES;
export const CSV_FILE_NAMES = Object.keys(CSV_FILES) as CsvFileName[];
export type CsvRow = Record<string, string>;

export const columnNames = (file: CsvFileName): string[] => CSV_FILES[file].map(([name]) => name);

/** The indexes of a file's number columns: their cells are numbers, never text a spreadsheet could run. */
const numericColumns = (columns: ColumnSpec): number[] =>
  columns.flatMap(([, type], i) => (type === "int" || type === "number" ? [i] : []));

/**
 * Rows of one file as CSV text, without the header: each value as its cell (toCell), and every text cell a
 * spreadsheet would run as a formula escaped, reversibly, so fromCell reads it back as written
 * (lib/security/csv.ts). Number cells stay plain numbers ("-9").
 */
export function csvRows(columns: ColumnSpec, rows: Record<string, unknown>[]): string {
  const records = rows.map((row) => columns.map(([column, type]) => toCell(row[column], type)));
  return stringify(records, { cast: formulaGuard({ numericColumns: numericColumns(columns), reversible: true }) });
}

/** A value as a cell: null → empty, lists joined with "|", inputs as JSON, numbers in their shortest exact form. */
export function toCell(value: unknown, type: CellType): string {
  if (value === null || value === undefined) return "";
  if (type === "list") return (value as unknown[]).join("|");
  if (type === "json") return JSON.stringify(value);
  return String(value);
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A cell as the value the record schema expects, with the export's formula escape taken off first (a text
 * written as "'=…" reads back as "=…"). A cell that does not read as its type is passed on as the text it
 * is, so the schema names the field and what it expected.
 */
export function fromCell(written: string, type: CellType): unknown {
  const cell = unescapeFormula(written);
  if (cell === "") return type === "list" ? [] : null;
  switch (type) {
    case "text":
      return cell;
    case "int":
      return INTEGER.test(cell.trim()) ? Number(cell.trim()) : cell;
    case "number":
      return NUMBER.test(cell.trim()) ? Number(cell.trim()) : cell;
    case "bool": {
      const lower = cell.trim().toLowerCase();
      return lower === "true" ? true : lower === "false" ? false : cell;
    }
    case "list":
      return cell
        .split("|")
        .map((v) => v.trim())
        .filter((v) => v !== "");
    case "json":
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
  }
}
