/**
 * The whole catalogue to or from a file, on the configured database (DATABASE_URL, or the embedded one):
 *   npm run data:export -- catalogue.json      (or .zip: one CSV per entity)
 *   npm run data:import -- catalogue.json      (or .zip)
 * The format follows the extension (lib/transfer/FORMAT.md). An import checks the whole file first and
 * writes all or nothing; it prints its progress and the report, and exits with 1 when the file has problems.
 * The embedded database serves one process: stop the app first (the command refuses while it runs).
 */
import { createWriteStream, readFileSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { openDatabase } from "../lib/database/client";
import { exportStream } from "../lib/transfer/export";
import { importCatalogueFile, type ImportProgress } from "../lib/transfer/import";
import { formatOfFileName } from "../lib/transfer/read";
import { exportedStudies } from "../lib/transfer/records";

const USAGE = `Usage:
  npm run data:export -- <file.json|file.zip>
  npm run data:import -- <file.json|file.zip>`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, file, ...extra] = process.argv.slice(2);
if (!["export", "import"].includes(command ?? "") || !file || extra.length > 0) fail(USAGE);
const format = formatOfFileName(file);
if (!format) fail(`The file must end in .json (one JSON document) or .zip (CSV files): ${file}\n${USAGE}`);

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One line per tenth of each phase, so a large import shows it is moving. */
function progressPrinter() {
  let last = "";
  return ({ phase, done, total }: ImportProgress) => {
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    const line = `${phase === "checking" ? "Checking" : "Writing"}: ${done} of ${total} records`;
    const key = `${phase}:${tenth}`;
    if (key === last) return;
    last = key;
    console.log(line);
  };
}

try {
  if (command === "import") statSync(file);
  const database = await openDatabase();
  const where =
    database.target.kind === "embedded"
      ? `the embedded database in ${database.target.dataDir}`
      : "the PostgreSQL server";
  const started = Date.now();
  try {
    if (command === "export") {
      console.log(`Exporting the catalogue from ${where} to ${file} …`);
      const body = exportStream(database.prisma, format);
      await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), createWriteStream(file));
      const [interventions, studies] = await Promise.all([
        database.prisma.intervention.count(),
        database.prisma.study.count({ where: { OR: [exportedStudies("INTERVENTION"), exportedStudies("CONTEXT")] } }),
      ]);
      console.log(
        `Exported ${interventions} interventions and ${studies} studies to ${file} (${megabytes(statSync(file).size)}) in ${seconds(started)}`,
      );
    } else {
      const bytes = readFileSync(file);
      console.log(`Importing ${file} (${megabytes(bytes.byteLength)}) into ${where} …`);
      const report = await importCatalogueFile(
        database.prisma,
        { name: file, bytes, format },
        { actor: null, source: "command line", onProgress: progressPrinter() },
      );
      if (report.ok) {
        const written = Object.entries(report.counts)
          .filter(([, n]) => n > 0)
          .map(([what, n]) => `${n} ${what}`)
          .join(", ");
        console.log(`Imported in ${seconds(started)}: ${written || "nothing new"}`);
      } else {
        console.error(`Nothing was imported: the file has ${report.issueCount} problem(s).`);
        for (const issue of report.issues) {
          console.error(`- ${issue.record.en}${issue.field ? ` · ${issue.field}` : ""}: ${issue.problem.en}`);
        }
        if (report.issueCount > report.issues.length) {
          console.error(`… and ${report.issueCount - report.issues.length} more`);
        }
        process.exitCode = 1;
      }
    }
  } finally {
    await database.close();
  }
} catch (error) {
  // By name, not instanceof: tsx may load a module twice (once as ESM here, once as CommonJS).
  if (error instanceof Error && error.name === "EmbeddedDatabaseInUseError") fail(error.message);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`No such file: ${file}`);
  throw error;
}
