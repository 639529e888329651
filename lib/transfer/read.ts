/**
 * An uploaded file as the nested records of ./format.ts, before validation: JSON as it is; a CSV zip
 * assembled from its files (./csv-layout.ts). With it comes `locate`, which turns a path in the nested
 * records into where that record is in the file — "interventions[3] "triple-p" › studies[0]" for JSON,
 * "target-groups.csv row 12" (Dutch: "regel 12") for the zip — so every problem names the record and field as the user sees them.
 */
import { unzipSync, strFromU8 } from "fflate";
import { parse } from "csv-parse/sync";
import { CSV_FILES, CSV_FILE_NAMES, MANIFEST_FILE, fromCell, type CsvFileName } from "./csv-layout";
import { IssueList, text, type Text } from "./report";

export type FileFormat = "json" | "csv-zip";
export type Path = readonly (string | number)[];
export type Location = { record: Text; field: string };
/**
 * Where the record at `path` is in the file. `root` is the object the path is walked in (JSON: the file's
 * own records by default, or the parsed catalogue, which has the same shape, once the file's are released).
 */
export type Locate = (path: Path, root?: Record<string, unknown>) => Location;
export type ReadResult = { ok: true; raw: Record<string, unknown>; locate: Locate } | { ok: false; issues: IssueList };

/** Largest file the reader takes in (a JSON text or one CSV inside the zip); V8 strings stop near 512 MiB. */
export const MAX_TEXT_BYTES = 400 * 1024 * 1024;

export function formatOfFileName(name: string): FileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".zip")) return "csv-zip";
  return null;
}

/** A record label that reads the same in both languages (a path, a file name). */
const same = (label: string): Text => ({ nl: label, en: label });
/** Problems with the file as a whole. */
export const FILE_RECORD: Text = { nl: "(bestand)", en: "(file)" };
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);
const fail = (record: Text, field: string, en: string, nl: string): ReadResult => {
  const issues = new IssueList();
  issues.add({ record, field, problem: text(en, nl) });
  return { ok: false, issues };
};

export function readCatalogueFile(bytes: Uint8Array, format: FileFormat): ReadResult {
  if (format === "json") {
    if (isZip(bytes))
      return fail(
        FILE_RECORD,
        "",
        "This is a zip file, not JSON: name it .zip",
        "Dit is een zipbestand, geen JSON: noem het .zip",
      );
    return readJson(bytes);
  }
  if (!isZip(bytes)) return fail(FILE_RECORD, "", "This is not a zip file", "Dit is geen zipbestand");
  return readZip(bytes);
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
}

function readJson(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    return fail(
      FILE_RECORD,
      "",
      "The JSON file is too large to read; use the CSV zip",
      "Het JSON-bestand is te groot; gebruik de CSV-zip",
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(decode(bytes));
  } catch (error) {
    const message = (error as Error).message;
    return fail(FILE_RECORD, "", `Not valid JSON: ${message}`, `Geen geldige JSON: ${message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail(FILE_RECORD, "", "The file must hold one JSON object", "Het bestand moet één JSON-object bevatten");
  }
  const root = raw as Record<string, unknown>;
  return { ok: true, raw: root, locate: (path, walked) => locateInJson(walked ?? root, path) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function hint(node: unknown): string {
  if (!isRecord(node)) return "";
  if (typeof node.slug === "string") return ` "${node.slug}"`;
  if (typeof node.key === "string") return ` (${node.key})`;
  return "";
}

const fieldOf = (segments: Path) =>
  segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") || "(record)";

/** The deepest object reached through an array index is the record; the rest of the path is the field. */
function locateInJson(root: Record<string, unknown>, path: Path): Location {
  let node: unknown = root;
  let recordEnd = 0;
  const labels: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === "number") {
      if (!isRecord(node) && node !== undefined) break;
      labels.push(`${pending.join(".")}[${segment}]${hint(node)}`);
      pending = [];
      recordEnd = i + 1;
    } else {
      pending.push(segment);
    }
  }
  if (labels.length === 0) return { record: FILE_RECORD, field: fieldOf(path) };
  return { record: same(labels.join(" › ")), field: fieldOf(path.slice(recordEnd)) };
}

type Source = { file: string; row: number };

function readZip(bytes: Uint8Array): ReadResult {
  const issues = new IssueList();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_TEXT_BYTES) {
          issues.add({
            record: same(file.name),
            field: "",
            problem: text("This file is too large to read", "Dit bestand is te groot om te lezen"),
          });
          return false;
        }
        return !file.name.endsWith("/");
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    return fail(
      FILE_RECORD,
      "",
      `The zip file cannot be read: ${message}`,
      `Het zipbestand is niet te lezen: ${message}`,
    );
  }
  // Files may sit in a folder inside the zip (as some zip tools do); their names are what counts.
  const byName = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(entries)) {
    const name = path.split("/").pop()!;
    if (name.startsWith(".") || path.startsWith("__MACOSX/")) continue;
    if (name !== MANIFEST_FILE && !(CSV_FILE_NAMES as string[]).includes(name)) {
      issues.add({
        record: same(path),
        field: "",
        problem: text(
          `Unknown file; expected ${MANIFEST_FILE} and ${CSV_FILE_NAMES.join(", ")}`,
          `Onbekend bestand; verwacht zijn ${MANIFEST_FILE} en ${CSV_FILE_NAMES.join(", ")}`,
        ),
      });
      continue;
    }
    byName.set(name, content);
  }

  const manifestBytes = byName.get(MANIFEST_FILE);
  let manifest: unknown = null;
  if (!manifestBytes) {
    issues.add({
      record: same(MANIFEST_FILE),
      field: "",
      problem: text(
        "Missing: the zip needs manifest.json with format and version",
        "Ontbreekt: de zip heeft manifest.json met format en version nodig",
      ),
    });
  } else {
    try {
      manifest = JSON.parse(decode(manifestBytes));
    } catch (error) {
      const message = (error as Error).message;
      issues.add({
        record: same(MANIFEST_FILE),
        field: "",
        problem: text(`Not valid JSON: ${message}`, `Geen geldige JSON: ${message}`),
      });
    }
  }

  const tables = new Map<CsvFileName, Record<string, unknown>[]>();
  for (const name of CSV_FILE_NAMES) {
    const content = byName.get(name);
    if (!content) continue;
    const rows = readCsv(name, content, issues);
    if (rows) tables.set(name, rows);
  }
  if (!issues.isEmpty) return { ok: false, issues };

  const { raw, sources } = assemble(isRecord(manifest) ? manifest : {}, tables, issues);
  if (!issues.isEmpty) return { ok: false, issues };
  return { ok: true, raw, locate: (path) => locateInZip(sources, path) };
}

/** The rows of one CSV with each cell read as its column's type; header problems are reported once. */
function readCsv(name: CsvFileName, content: Uint8Array, issues: IssueList): Record<string, unknown>[] | null {
  let cells: string[][];
  try {
    cells = parse(strFromU8(content), { bom: true, relax_column_count: false, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const message = (error as Error).message;
    issues.add({
      record: same(name),
      field: "",
      problem: text(`Not valid CSV: ${message}`, `Geen geldige CSV: ${message}`),
    });
    return null;
  }
  const [head = [], ...body] = cells;
  const columns = CSV_FILES[name];
  const headNames = head.map((h) => h.trim());
  let ok = true;
  for (const [column] of columns) {
    if (!headNames.includes(column)) {
      ok = false;
      issues.add({
        record: same(name),
        field: column,
        problem: text("Column missing from the header row", "Kolom ontbreekt in de kopregel"),
      });
    }
  }
  for (const column of headNames) {
    if (!columns.some(([c]) => c === column)) {
      ok = false;
      issues.add({ record: same(name), field: column, problem: text("Unknown column", "Onbekende kolom") });
    }
  }
  if (!ok) return null;
  const index = columns.map(([column, type]) => [column, type, headNames.indexOf(column)] as const);
  return body.map((row) =>
    Object.fromEntries(index.map(([column, type, i]) => [column, fromCell(row[i] ?? "", type)])),
  );
}

/** A CSV row as a spreadsheet numbers it: the header is row 1. */
const rowLabel = (file: string, index: number): Text => ({
  nl: `${file} regel ${index + 2}`,
  en: `${file} row ${index + 2}`,
});
const key = (path: Path) => path.join("\u0000");

/**
 * Builds the nested records from the tables: children are attached to their intervention (by slug), study
 * (by id) or clearinghouse (by slug) in file order. Rows that name a parent the file does not have are
 * reported here, as are duplicate study ids.
 */
function assemble(
  manifest: Record<string, unknown>,
  tables: Map<CsvFileName, Record<string, unknown>[]>,
  issues: IssueList,
): { raw: Record<string, unknown>; sources: Map<string, Source> } {
  const sources = new Map<string, Source>();
  const rows = (name: CsvFileName) => tables.get(name) ?? [];
  const note = (path: Path, file: CsvFileName, index: number) => sources.set(key(path), { file, row: index });
  const missingParent = (file: CsvFileName, index: number, column: string, value: unknown, parentFile: string) =>
    issues.add({
      record: rowLabel(file, index),
      field: column,
      problem: text(
        `No row with ${column === "study" ? "id" : "slug"} "${String(value)}" in ${parentFile}`,
        `Geen regel met ${column === "study" ? "id" : "slug"} "${String(value)}" in ${parentFile}`,
      ),
    });

  const vocabularies: Record<string, unknown[]> = {};
  for (const [file, list] of [
    ["risk-factors.csv", "riskFactors"],
    ["outcome-domains.csv", "outcomeDomains"],
    ["delivery-modes.csv", "deliveryModes"],
  ] as const) {
    vocabularies[list] = rows(file).map((row, index) => {
      note(["vocabularies", list, index], file, index);
      return row;
    });
  }

  const clearinghouses = rows("clearinghouses.csv").map((row, index) => {
    note(["clearinghouses", index], "clearinghouses.csv", index);
    return { ...row, scale: [] as { row: Record<string, unknown>; index: number }[] };
  });
  const clearinghouseBySlug = new Map(clearinghouses.map((c, index) => [(c as Record<string, unknown>).slug, index]));
  rows("clearinghouse-levels.csv").forEach((row, index) => {
    const at = clearinghouseBySlug.get(row.clearinghouse as string);
    if (at === undefined)
      return missingParent("clearinghouse-levels.csv", index, "clearinghouse", row.clearinghouse, "clearinghouses.csv");
    clearinghouses[at].scale.push({ row, index });
  });
  const clearinghouseRecords = clearinghouses.map((c, at) => {
    // Best first: by position, then file order.
    const scale = [...c.scale].sort(
      (a, b) => (Number(a.row.position) || 0) - (Number(b.row.position) || 0) || a.index - b.index,
    );
    return {
      ...c,
      scale: scale.map(({ row, index }, position) => {
        note(["clearinghouses", at, "scale", position], "clearinghouse-levels.csv", index);
        const { level, commonLevel } = row;
        return { level, commonLevel };
      }),
    };
  });

  type Intervention = Record<string, unknown> & {
    targetGroups: unknown[];
    ratingHistory: unknown[];
    externalRatings: unknown[];
    provenance: unknown[];
    certaintyOverrides: unknown[];
    studies: Record<string, unknown>[];
    recognition: unknown;
  };
  const interventions: Intervention[] = rows("interventions.csv").map((row, index) => {
    note(["interventions", index], "interventions.csv", index);
    return {
      ...row,
      targetGroups: [],
      recognition: null,
      ratingHistory: [],
      externalRatings: [],
      provenance: [],
      certaintyOverrides: [],
      studies: [],
    };
  });
  const interventionAt = new Map<unknown, number>();
  interventions.forEach((i, index) => {
    if (!interventionAt.has(i.slug)) interventionAt.set(i.slug, index);
  });

  const attach = (
    file: CsvFileName,
    list: "targetGroups" | "ratingHistory" | "externalRatings" | "provenance" | "certaintyOverrides",
  ) =>
    rows(file).forEach(({ intervention, ...row }, index) => {
      const at = interventionAt.get(intervention);
      if (at === undefined) return missingParent(file, index, "intervention", intervention, "interventions.csv");
      note(["interventions", at, list, interventions[at][list].length], file, index);
      interventions[at][list].push(row);
    });
  attach("target-groups.csv", "targetGroups");
  attach("rating-events.csv", "ratingHistory");
  attach("external-ratings.csv", "externalRatings");
  attach("provenance.csv", "provenance");
  attach("certainty-overrides.csv", "certaintyOverrides");

  rows("recognitions.csv").forEach(({ intervention, ...row }, index) => {
    const at = interventionAt.get(intervention);
    if (at === undefined)
      return missingParent("recognitions.csv", index, "intervention", intervention, "interventions.csv");
    if (interventions[at].recognition !== null) {
      return issues.add({
        record: rowLabel("recognitions.csv", index),
        field: "intervention",
        problem: text(
          "A second recognition for this intervention; only one decision can be in force",
          "Een tweede erkenning voor deze interventie; er kan maar één besluit gelden",
        ),
      });
    }
    note(["interventions", at, "recognition"], "recognitions.csv", index);
    interventions[at].recognition = row;
  });

  const contextStudies: Record<string, unknown>[] = [];
  const studyById = new Map<unknown, { path: Path; study: Record<string, unknown> }>();
  rows("studies.csv").forEach(({ id, intervention, ...row }, index) => {
    if (id === null || studyById.has(id)) {
      return issues.add({
        record: rowLabel("studies.csv", index),
        field: "id",
        problem:
          id === null
            ? text(
                "Give each study an id (effect-sizes.csv refers to it)",
                "Geef elke studie een id (effect-sizes.csv verwijst ernaar)",
              )
            : text(`The id "${String(id)}" is used twice`, `De id "${String(id)}" komt twee keer voor`),
      });
    }
    const study = { ...row, reviewDecisions: [] as unknown[], effectSizes: [] as unknown[] };
    let path: Path;
    if (intervention === null) {
      path = ["contextStudies", contextStudies.length];
      contextStudies.push(study);
    } else {
      const at = interventionAt.get(intervention);
      if (at === undefined)
        return missingParent("studies.csv", index, "intervention", intervention, "interventions.csv");
      path = ["interventions", at, "studies", interventions[at].studies.length];
      interventions[at].studies.push(study);
    }
    note(path, "studies.csv", index);
    studyById.set(id, { path, study });
  });
  for (const [file, list] of [
    ["effect-sizes.csv", "effectSizes"],
    ["review-decisions.csv", "reviewDecisions"],
  ] as const) {
    rows(file).forEach(({ study: id, ...row }, index) => {
      const parent = studyById.get(id);
      if (!parent) return missingParent(file, index, "study", id, "studies.csv");
      const children = parent.study[list] as unknown[];
      note([...parent.path, list, children.length], file, index);
      children.push(row);
    });
  }

  return {
    raw: { ...manifest, vocabularies, clearinghouses: clearinghouseRecords, interventions, contextStudies },
    sources,
  };
}

/** The row the longest known prefix of the path came from; the field is the path's next name (a column). */
function locateInZip(sources: Map<string, Source>, path: Path): Location {
  for (let end = path.length; end > 0; end--) {
    const source = sources.get(key(path.slice(0, end)));
    if (source) {
      const column = path.slice(end).find((s) => typeof s === "string");
      return { record: rowLabel(source.file, source.row), field: (column as string | undefined) ?? "(row)" };
    }
  }
  const [first] = path;
  return { record: same(MANIFEST_FILE), field: typeof first === "string" ? first : "(file)" };
}
