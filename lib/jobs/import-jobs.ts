/**
 * Catalogue imports as background jobs (ImportJob rows): an editor uploads a file, which is kept in the job
 * row (so any app process can run it) until the job has finished; the job records its progress (done of
 * total steps: every record is checked, then written) and ends with the report. Who may start and follow
 * imports: holders of import:catalogue:any. Which process runs a job: ./queue.ts.
 */
import "server-only";
import type { Db } from "../database/client";
import type { ImportJobStatus } from "../../generated/prisma/enums";
import { AppError } from "../errors";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { importCatalogueFile, type ImportProgress } from "../transfer/import";
import { FILE_RECORD, formatOfFileName, type FileFormat } from "../transfer/read";
import { IssueList, text, type ImportReport } from "../transfer/report";
import type { Locale } from "../i18n/locale";

/** Largest upload an import job takes. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ImportJobDto = {
  id: string;
  status: "queued" | "running" | "succeeded" | "failed";
  format: FileFormat;
  fileName: string;
  /** Steps: each record is checked (first half) and then written (second half). */
  done: number;
  total: number;
  report: ImportReport | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

const STATUS: Record<ImportJobStatus, ImportJobDto["status"]> = {
  QUEUED: "queued",
  RUNNING: "running",
  SUCCEEDED: "succeeded",
  FAILED: "failed",
};

const jobSelect = {
  id: true,
  status: true,
  format: true,
  fileName: true,
  done: true,
  total: true,
  report: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

type JobRow = {
  id: string;
  status: ImportJobStatus;
  format: string;
  fileName: string;
  done: number;
  total: number;
  report: unknown;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

const toDto = (j: JobRow): ImportJobDto => ({
  id: j.id,
  status: STATUS[j.status],
  format: j.format === "json" ? "json" : "csv-zip",
  fileName: j.fileName,
  done: j.done,
  total: j.total,
  report: (j.report as ImportReport | null) ?? null,
  createdAt: j.createdAt.toISOString(),
  startedAt: j.startedAt?.toISOString() ?? null,
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

const MESSAGES = {
  noFile: { nl: "Kies een bestand om te importeren", en: "Choose a file to import" },
  extension: { nl: "Alleen .json of .zip (CSV-bestanden in een zip)", en: "Only .json or .zip (CSV files in a zip)" },
  tooLarge: (mb: number) => ({
    nl: `Het bestand is groter dan ${mb} MB; importeer het met npm run data:import`,
    en: `The file is larger than ${mb} MB; import it with npm run data:import`,
  }),
  empty: { nl: "Het bestand is leeg", en: "The file is empty" },
} as const;

/**
 * Creates a queued import job for an uploaded file. Refuses (INVALID, naming the field `file`) a missing or
 * empty file, another extension, or one over MAX_IMPORT_BYTES; nothing is checked inside the file yet.
 */
export async function createImportJob(
  options: { viewer: Viewer | null; fileName: string; bytes: Uint8Array | null; locale?: Locale },
  db: Db,
): Promise<ImportJobDto> {
  const viewer = requirePermission(options.viewer, "import", "catalogue");
  const locale = options.locale ?? "en";
  const invalid = (message: Record<Locale, string>) =>
    new AppError("INVALID", message[locale], [{ path: "file", message: message[locale] }]);
  if (!options.bytes || !options.fileName) throw invalid(MESSAGES.noFile);
  const format = formatOfFileName(options.fileName);
  if (!format) throw invalid(MESSAGES.extension);
  if (options.bytes.byteLength === 0) throw invalid(MESSAGES.empty);
  if (options.bytes.byteLength > MAX_IMPORT_BYTES) throw invalid(MESSAGES.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
  const bytes = options.bytes;
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: { format, fileName: options.fileName.slice(0, 200), createdById: viewer.id },
      select: jobSelect,
    });
    // As base64 text: the embedded database's driver adapter does not pass Prisma's Bytes parameters on.
    const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    await tx.$executeRaw`UPDATE "ImportJob" SET payload = decode(${base64}, 'base64') WHERE id = ${job.id}`;
    await writeAudit(
      tx,
      viewer,
      "catalogue.import.queued",
      { type: "ImportJob", id: job.id },
      {
        fileName: job.fileName,
        bytes: bytes.byteLength,
      },
    );
    return toDto(job);
  });
}

/** One import job, for an editor holding import:catalogue:any (NOT_FOUND when there is none). */
export async function getImportJob(options: { viewer: Viewer | null; id: string }, db: Db): Promise<ImportJobDto> {
  requirePermission(options.viewer, "import", "catalogue");
  const job = await db.importJob.findUnique({ where: { id: options.id }, select: jobSelect });
  if (!job) throw new AppError("NOT_FOUND", "No such import", [{ path: "id", message: "No such import" }]);
  return toDto(job);
}

/** The latest import jobs, newest first. */
export async function findImportJobs(
  options: { viewer: Viewer | null; take?: number },
  db: Db,
): Promise<ImportJobDto[]> {
  requirePermission(options.viewer, "import", "catalogue");
  const jobs = await db.importJob.findMany({
    select: jobSelect,
    orderBy: { createdAt: "desc" },
    take: options.take ?? 10,
  });
  return jobs.map(toDto);
}

/** How often a running job writes its progress to its row. */
const PROGRESS_INTERVAL_MS = 500;

export type RunOptions = {
  /**
   * Whether progress can be written beside the import's transaction. On a server it can (another
   * connection); the embedded database has one connection, which the transaction holds while it writes.
   */
  progressBesideTransaction: boolean;
};

function failureReport(en: string, nl: string): ImportReport {
  const issues = new IssueList();
  issues.add({ record: FILE_RECORD, field: "", problem: text(en, nl) });
  return issues.report();
}

/**
 * Runs a queued job: claims it (QUEUED → RUNNING, so a job runs once even when two processes are offered it),
 * imports its file, and records the outcome. Returns false when the job was not queued (already run).
 */
export async function runImportJob(db: Db, id: string, options: RunOptions): Promise<boolean> {
  const claimed = await db.importJob.updateMany({
    where: { id, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date(), done: 0 },
  });
  if (claimed.count === 0) return false;
  const job = await db.importJob.findUniqueOrThrow({
    where: { id },
    select: { format: true, fileName: true, createdById: true },
  });
  const [{ payload }] = await db.$queryRaw<{ payload: string | null }[]>`
    SELECT encode(payload, 'base64') AS payload FROM "ImportJob" WHERE id = ${id}`;

  // Progress goes to the row at most every PROGRESS_INTERVAL_MS, one write at a time, never awaited by the import.
  let records = 0;
  let lastWrite = 0;
  let writes: Promise<unknown> = Promise.resolve();
  const onProgress = ({ phase, done, total }: ImportProgress) => {
    records = total;
    if (phase === "writing" && !options.progressBesideTransaction) return;
    const now = Date.now();
    if (now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    const steps = phase === "checking" ? done : total + done;
    writes = writes
      .then(() =>
        db.importJob.updateMany({ where: { id, status: "RUNNING" }, data: { done: steps, total: 2 * total } }),
      )
      .catch((error: unknown) => console.error(`Import ${id}: progress not recorded`, error));
  };

  let report: ImportReport;
  try {
    if (!payload) throw new Error("The job has no file");
    report = await importCatalogueFile(
      db,
      { name: job.fileName, bytes: Buffer.from(payload, "base64"), format: job.format === "json" ? "json" : "csv-zip" },
      { actor: job.createdById ? { id: job.createdById } : null, source: id, onProgress },
    );
  } catch (error) {
    console.error(`Import ${id} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    report = failureReport(
      `The import stopped on an error; nothing was written: ${message}`,
      `De import is gestopt door een fout; er is niets opgeslagen: ${message}`,
    );
  }
  await writes;
  await db.importJob.update({
    where: { id },
    data: {
      status: report.ok ? "SUCCEEDED" : "FAILED",
      report,
      total: 2 * records,
      done: report.ok ? 2 * records : 0,
      finishedAt: new Date(),
      payload: null,
    },
  });
  return true;
}

/**
 * A job whose run ended without a result (the process stopped, or the queue gave up on it): its transaction
 * was rolled back, so nothing was written; it is marked failed with a note to upload it again.
 */
export async function markImportInterrupted(db: Db, id: string): Promise<boolean> {
  const { count } = await db.importJob.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING"] } },
    data: {
      status: "FAILED",
      finishedAt: new Date(),
      payload: null,
      report: failureReport(
        "The import was interrupted (the app stopped while it ran); nothing was written. Upload the file again.",
        "De import is onderbroken (de app stopte tijdens het importeren); er is niets opgeslagen. Upload het bestand opnieuw.",
      ),
    },
  });
  return count > 0;
}
