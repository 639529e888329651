/**
 * The catalogue's exports, streamed: GET /api/v1/interventions.csv (csv-stringify) and .json (a JSON array
 * of list items). The statements are in ./export-sql.ts; this file reads them and writes the bodies.
 *
 * One read-only REPEATABLE READ transaction per export: the slug lookup, the count (refused above the
 * limit), DECLARE … CURSOR and the first FETCH run before the response is returned, so every failure that
 * can be foreseen still answers with a status; the rest of the rows are then fetched in batches of
 * EXPORT_BATCH_ROWS as the body is read, all from the one snapshot the count saw. A cursor inside a Prisma
 * interactive transaction works alike on the embedded PGlite and on a server, with no driver of its own.
 * A failure after the first byte (a lost connection, the transaction's time limit) errors the body stream,
 * which aborts the HTTP response: the client sees a broken download, never a short file that looks whole.
 * The count of rows written is checked against X-Total-Count before the body ends, and the JSON array is
 * closed only after the last row.
 *
 * The body reads ahead of the client by up to READ_AHEAD_BYTES, so a CSV at the export cap is read at the
 * database's speed and its transaction (on a server, its pooled connection) is released even when the
 * client downloads slowly; a slower download of a larger JSON export holds it at most EXPORT_TIMEOUT_MS.
 */
import "server-only";
import { stringify } from "csv-stringify";
import { Prisma } from "../../generated/prisma/client";
import type { Db, Tx } from "../database/client";
import { now as clockNow } from "../clock";
import { certaintyView } from "../evidence/certainty";
import { addYears } from "../partial-date";
import { formulaGuard } from "../security/csv";
import { CSV_OPTIONS, csvBaseUrl, csvColumns, csvRecord, EXPORT_MAX_ROWS } from "./csv";
import type { InterventionListItem } from "./dto";
import {
  decodeCsvEffects,
  exportCsvQuery,
  exportJsonQuery,
  type CsvStatementRow,
  type ExportDates,
  type JsonExportRow,
} from "./export-sql";
import { STALE_AFTER_YEARS } from "./queries";
import type { InterventionFilters } from "./schemas";
import { catalogueQuery, resolveFilters, type CatalogueRow, type ResolvedFilters } from "./sql";
import { filterSlugIds } from "./slug-ids";

/** Rows per FETCH. */
export const EXPORT_BATCH_ROWS = 1_000;
/** The longest an export may hold its transaction; a download still running then is cut off (visibly). */
export const EXPORT_TIMEOUT_MS = 5 * 60_000;
/** How long an export may wait for its transaction to start (a pooled connection, or the embedded database). */
const EXPORT_MAX_WAIT_MS = 60_000;
/** How far reading the database may run ahead of the client, in bytes of the body. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

export type ExportStream =
  { ok: true; total: number; body: ReadableStream<Uint8Array> } | { ok: false; total: number; limit: number };

type ExportOptions = {
  filters: InterventionFilters;
  now?: Date;
  limit?: number;
  /** Rows per FETCH, bytes of read-ahead, the transaction's time limit: the defaults above unless set. */
  batchRows?: number;
  readAheadBytes?: number;
  timeoutMs?: number;
};

/** Every match of the filters as CSV (csvColumns; BOM, CRLF), or a refusal above the limit. */
export async function exportInterventionsCsv(
  db: Db,
  options: ExportOptions & { siteUrl: string },
): Promise<ExportStream> {
  const cursor = await openExportCursor<CsvStatementRow>(db, options, exportCsvQuery);
  if (!cursor.ok) return cursor;
  const base = csvBaseUrl(options.siteUrl);
  const { chosenOutcome } = cursor.filters;
  const writer = csvWriter();
  let header: string[][] = [[...csvColumns]];
  const withHeader = (records: string[][]) => {
    const all = [...header, ...records];
    header = [];
    return all;
  };
  return {
    ok: true,
    total: cursor.total,
    body: exportBody(cursor, options.readAheadBytes ?? READ_AHEAD_BYTES, {
      batch: (rows) =>
        writer.write(
          withHeader(
            rows.map((row) => csvRecord({ ...row, effects: decodeCsvEffects(row.effects) }, base, chosenOutcome)),
          ),
        ),
      end: async () => Buffer.concat([await writer.write(withHeader([])), await writer.end()]),
    }),
  };
}

/** The columns that hold numbers: a negative age in months stays a number, every other cell is text. */
const NUMERIC_CSV_COLUMNS = (["age_min_months", "age_max_months"] as const).map((c) => csvColumns.indexOf(c));

/**
 * csv-stringify's stream with the export's options, written a batch of records at a time: each write gives
 * the text of its records once the writer has taken the last of them. Every text cell that a spreadsheet
 * would run as a formula is neutralised (lib/security/csv.ts), whatever its column.
 */
function csvWriter() {
  // As text: one buffer per batch rather than one per record.
  const writer = stringify({
    ...CSV_OPTIONS,
    bom: true,
    encoding: "utf8",
    cast: formulaGuard({ numericColumns: NUMERIC_CSV_COLUMNS }),
  });
  let written: string[] = [];
  let failure: Error | undefined;
  writer.on("data", (chunk: string) => written.push(chunk));
  writer.on("error", (error) => (failure = error));
  const take = () => {
    const text = Buffer.from(written.join(""));
    written = [];
    return text;
  };
  return {
    write: (records: string[][]) =>
      new Promise<Buffer>((resolve, reject) => {
        if (failure) return reject(failure);
        if (records.length === 0) return resolve(Buffer.alloc(0));
        records.forEach((record, i) =>
          writer.write(
            record,
            i < records.length - 1 ? undefined : (error) => (error ? reject(error) : resolve(take())),
          ),
        );
      }),
    end: () =>
      new Promise<Buffer>((resolve, reject) => {
        if (failure) return reject(failure);
        writer.once("error", reject).once("end", () => resolve(take()));
        writer.end();
      }),
  };
}

/** Every match of the filters as a JSON array of list items, as the list API pages them, or a refusal. */
export async function exportInterventionsJson(db: Db, options: ExportOptions): Promise<ExportStream> {
  const cursor = await openExportCursor<JsonExportRow>(db, options, exportJsonQuery);
  if (!cursor.ok) return cursor;
  const { chosenOutcome } = cursor.filters;
  let separator = "[";
  return {
    ok: true,
    total: cursor.total,
    body: exportBody(cursor, options.readAheadBytes ?? READ_AHEAD_BYTES, {
      batch: (rows) => {
        let text = "";
        for (const row of rows) {
          text += separator + JSON.stringify(listItemOfRow(row, chosenOutcome));
          separator = ",";
        }
        return Buffer.from(text);
      },
      end: () => Buffer.from(separator === "[" ? "[]" : "]"),
    }),
  };
}

/** The list item of a JSON export row: the pooled effects' certainty as the API shows it, the chosen effect. */
function listItemOfRow(row: JsonExportRow, chosenOutcome: string | null): InterventionListItem {
  const pooledEffects = row.effects.map(({ certaintyReasons, ...effect }) => ({
    ...effect,
    certainty: certaintyView(effect.certainty, certaintyReasons),
  }));
  return {
    ...row.item,
    pooledEffects,
    chosenEffect: chosenOutcome ? (pooledEffects.find((p) => p.outcome === chosenOutcome) ?? null) : null,
  };
}

/** How a body is written: the bytes of each batch of rows, and the bytes after the last. */
type Encoder<Row> = {
  batch: (rows: Row[]) => Uint8Array | Promise<Uint8Array>;
  end: () => Uint8Array | Promise<Uint8Array>;
};

/**
 * The response body: one chunk per batch, read ahead of the client by up to READ_AHEAD_BYTES. A failure
 * errors the body (and ends the transaction); the body ends normally only after the last row was written.
 * A cancelled body (the client went away) ends the transaction too.
 */
function exportBody<Row>(
  cursor: ExportCursor<Row>,
  readAheadBytes: number,
  encoder: Encoder<Row>,
): ReadableStream<Uint8Array> {
  const batches = cursor.batches();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await batches.next();
          controller.enqueue(await (next.done ? encoder.end() : encoder.batch(next.value)));
          if (next.done) controller.close();
        } catch (error) {
          // A failure of the writer, not of the rows: end the transaction before reporting it.
          await batches.return(undefined).catch(() => {});
          controller.error(error);
        }
      },
      async cancel(reason) {
        await batches.return(undefined).catch(() => {});
        await cursor.close(reason ?? new Error("The export body was cancelled")).catch(() => {});
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: readAheadBytes }),
  );
}

type Refused = { ok: false; total: number; limit: number };

/** The dates the recognition and stale rules compare with, as the list computes them. */
function exportDates(now: Date): ExportDates {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { today: day(now), staleBefore: day(addYears(now, -STALE_AFTER_YEARS)) };
}

/**
 * Starts an export: opens the snapshot, resolves the slugs, counts, and (within the limit) declares the
 * cursor over `statement` and fetches its first batch. Anything that fails here fails before a response.
 */
async function openExportCursor<Row>(
  db: Db,
  options: ExportOptions,
  statement: (filters: ResolvedFilters, dates: ExportDates) => Prisma.Sql,
): Promise<ExportCursor<Row> | Refused> {
  const { filters, now = clockNow(), limit = EXPORT_MAX_ROWS, batchRows = EXPORT_BATCH_ROWS } = options;
  const snapshot = await openSnapshot(db, options.timeoutMs ?? EXPORT_TIMEOUT_MS);
  try {
    const { tx } = snapshot;
    const slugIds = await filterSlugIds(tx, filters);
    const dates = exportDates(now);
    const resolved = resolveFilters(filters, slugIds, dates.today);
    const [{ total }] = await tx.$queryRaw<CatalogueRow[]>(
      catalogueQuery(resolved, { limit: 0, offset: 0, withFacets: false }),
    );
    if (total > limit) {
      await snapshot.close();
      return { ok: false, total, limit };
    }
    let first: Row[] = [];
    if (total > 0) {
      await tx.$executeRaw(Prisma.sql`DECLARE export_rows NO SCROLL CURSOR FOR ${statement(resolved, dates)}`);
      first = await fetchBatch<Row>(tx, batchRows);
    }
    return new ExportCursor(snapshot, resolved, total, batchRows, first);
  } catch (error) {
    await snapshot.close(error).catch(() => {});
    throw error;
  }
}

const fetchBatch = <Row>(tx: Tx, rows: number) =>
  tx.$queryRaw<Row[]>(Prisma.sql`FETCH FORWARD ${Prisma.raw(String(Math.trunc(rows)))} FROM export_rows`);

/** An open export: the total, and its rows in batches, read once. */
class ExportCursor<Row> {
  readonly ok = true as const;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly snapshot: Snapshot,
    readonly filters: ResolvedFilters,
    readonly total: number,
    private readonly batchRows: number,
    private first: Row[],
  ) {}

  /** The rows in batches; the transaction ends with the last (or with a failure, or when abandoned). */
  async *batches(): AsyncGenerator<Row[]> {
    let failure: unknown = new Error("The export stopped before its last row");
    try {
      let rows = this.first;
      this.first = [];
      let read = 0;
      while (rows.length > 0) {
        read += rows.length;
        yield rows;
        if (rows.length < this.batchRows) break;
        rows = await fetchBatch<Row>(this.snapshot.tx, this.batchRows);
      }
      if (read !== this.total) throw new Error(`The export read ${read} rows where it counted ${this.total}`);
      failure = undefined;
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      await this.close(failure);
    }
  }

  /** Ends the transaction once: committed without an error, rolled back with one. */
  close(error?: unknown): Promise<void> {
    this.closing ??= this.snapshot.close(error);
    return this.closing;
  }
}

type Snapshot = { tx: Tx; close: (error?: unknown) => Promise<void> };

/**
 * A read-only REPEATABLE READ interactive transaction kept open until close(): every statement in it reads
 * the same snapshot. (The embedded database runs one transaction at a time, so there it is exclusive too.)
 */
function openSnapshot(db: Db, timeoutMs: number): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    let finish!: (outcome: { error?: unknown }) => void;
    const finished = new Promise<{ error?: unknown }>((done) => (finish = done));
    const transaction = db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`;
        resolve({ tx, close });
        const { error } = await finished;
        if (error !== undefined) throw error;
      },
      { maxWait: EXPORT_MAX_WAIT_MS, timeout: timeoutMs },
    );
    transaction.catch(reject);
    async function close(error?: unknown) {
      finish({ error });
      try {
        await transaction;
      } catch (failure) {
        // Rolled back for a failure already reported; otherwise the commit failed (or the time ran out).
        if (error === undefined) throw failure;
      }
    }
  });
}
