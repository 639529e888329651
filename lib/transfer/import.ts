/**
 * Importing a catalogue file (./FORMAT.md): read it (JSON or CSV zip), check every record and every
 * reference before anything is written (./validate.ts), then write it all in one transaction with its
 * derived data — headline effects recomputed, facet rows by their triggers — and its audit row. A file with
 * any problem writes nothing and gets a report naming each record, field and problem.
 *
 * On a databank that is not empty an import only adds (see ./validate.ts): existing vocabulary and
 * clearinghouses must match, existing interventions (by slug) and studies (by key) are refused.
 */
import type { Db } from "../database/client";
import { requirePermission, type Viewer } from "../auth/viewer";
import { writeAudit } from "../audit";
import { mergeFacetBitmaps } from "../intervention/facet-merge";
import { FILE_RECORD, readCatalogueFile, type FileFormat } from "./read";
import { checkCatalogue } from "./validate";
import { writeCatalogue } from "./write";
import { IssueList, text, type ImportReport } from "./report";

export type ImportPhase = "checking" | "writing";
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** How long the one transaction of a large import may take (50,000 interventions take minutes). */
export const IMPORT_TRANSACTION_TIMEOUT_MS = 3 * 60 * 60_000;

export type ImportOptions = {
  /** Who imports (audit log); null for an operator at the command line. */
  actor: Pick<Viewer, "id"> | null;
  /** Where the import came from, for the audit row: a job id, or "command line". */
  source: string;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
};

/** PostgreSQL's unique violation: someone added the same slug or key between the check and the write. */
function isUniqueViolation(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? "");
  return (error as { code?: unknown })?.code === "P2002" || /unique constraint|duplicate key/i.test(text);
}

/**
 * Reads, checks and writes one file. No permission check: callers are the import job (its creation was
 * checked, see lib/jobs/import-jobs.ts), the command line (an operator) and importCatalogue below.
 */
export async function importCatalogueFile(
  db: Db,
  file: { name: string; bytes: Uint8Array; format: FileFormat },
  options: ImportOptions,
): Promise<ImportReport> {
  const read = readCatalogueFile(file.bytes, file.format);
  if (!read.ok) return read.issues.report();
  const checked = await checkCatalogue(db, read.raw, read.locate, (done, total) =>
    options.onProgress?.({ phase: "checking", done, total }),
  );
  if (!checked.ok) return checked.issues.report();
  const { catalogue } = checked;
  const total = catalogue.interventions.length + catalogue.contextStudies.length;
  await options.onProgress?.({ phase: "writing", done: 0, total });
  try {
    const counts = await db.$transaction(
      async (tx) => {
        const counts = await writeCatalogue(tx, catalogue, (done) => {
          void options.onProgress?.({ phase: "writing", done, total });
        });
        await writeAudit(
          tx,
          options.actor,
          "catalogue.import",
          { type: "Catalogue", id: options.source },
          {
            fileName: file.name,
            format: file.format,
            counts,
          },
        );
        return counts;
      },
      { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
    );
    // The catalogue's reads are exact before the merge; merging now keeps the pending set small.
    await mergeFacetBitmaps(db).catch(() => 0);
    return { ok: true, counts };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const issues = new IssueList();
    issues.add({
      record: FILE_RECORD,
      field: "",
      problem: text(
        "Something with the same slug or key was added to the databank while this file was being imported; nothing was written. Import it again to see which record.",
        "Tijdens het importeren is iets met dezelfde slug of sleutel aan de databank toegevoegd; er is niets opgeslagen. Importeer het bestand opnieuw om te zien welk record.",
      ),
    });
    return issues.report();
  }
}

/** The same for an editor holding import:catalogue:any, in the foreground (small files, tests). */
export async function importCatalogue(
  options: { viewer: Viewer | null; file: { name: string; bytes: Uint8Array; format: FileFormat } } & Pick<
    ImportOptions,
    "onProgress"
  >,
  db: Db,
): Promise<ImportReport> {
  const viewer = requirePermission(options.viewer, "import", "catalogue");
  return importCatalogueFile(db, options.file, { actor: viewer, source: "upload", onProgress: options.onProgress });
}
