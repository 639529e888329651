/**
 * How much memory an app process may use, and how large a file the web import takes with it. Read by
 * scripts/serve.mjs before any app process starts (a wrong setting stops it there, naming the variable) and by
 * the import route (lib/api/body.ts importBodyLimit).
 *
 * Uncapped, V8 lets a busy process grow past 1 GB resident before it collects, on a machine that has the
 * memory; with the heap capped at 384 MB an app process stayed near 500 MB at the same speed (npm run bench:api).
 * A web import holds the upload, its copy in the job row (base64) and the parsed catalogue at once: measured on
 * a PostgreSQL server, a 22 MB JSON file imported within a 192 MB heap and a 112 MB one within 384 MB through
 * `npm run data:import`, which needs no job row. HEAP_PER_IMPORT_MB below keeps a margin over that.
 */
type Env = Record<string, string | undefined>;

export const DEFAULT_HEAP_MB = 384;
/**
 * The young generation's semi-space with the cap, in MB (V8's default is 16). Rendering a page allocates many
 * short-lived objects; under the cap, the list page cost 36 ms of CPU with the default and 31 ms with 32 MB (as
 * uncapped), for about 50 MB more resident (npm run bench:api -- --only page).
 */
export const SEMI_SPACE_MB = 32;
/** The web import's default limit, in MiB; larger files go through `npm run data:import`. */
export const DEFAULT_IMPORT_MB = 50;
/** The heap a process needs besides imports, and per MiB of the largest upload it takes. */
const BASE_HEAP_MB = 160;
const HEAP_PER_IMPORT_MB = 4;

/** IMPORT_MAX_MB (a whole number of MiB from 1) or the default; an invalid value is refused with its name. */
export function importMegabytes(env: Env = process.env): number {
  const raw = env.IMPORT_MAX_MB?.trim();
  if (!raw) return DEFAULT_IMPORT_MB;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`IMPORT_MAX_MB must be a whole number of megabytes (MiB) from 1, not "${raw}"`);
  }
  return Number(raw);
}

export type HeapPlan = {
  /** The heap cap each app process is started with, in MB. */
  heapMb: number;
  /** The young generation's semi-space that goes with it, in MB. */
  semiSpaceMb: number;
  /** Whether NODE_OPTIONS already sets it (--max-old-space-size), so nothing is added. */
  fromNodeOptions: boolean;
};

/**
 * The heap cap: --max-old-space-size in NODE_OPTIONS if set, else APP_HEAP_MB (a whole number from 128), else
 * DEFAULT_HEAP_MB. Refused, naming both variables, when it is too small for the web import's limit.
 */
export function heapPlan(env: Env = process.env): HeapPlan {
  const fromOptions = /--max-old-space-size=(\d+)/.exec(env.NODE_OPTIONS ?? "");
  const raw = env.APP_HEAP_MB?.trim();
  if (!fromOptions && raw && (!/^\d+$/.test(raw) || Number(raw) < 128)) {
    throw new Error(`APP_HEAP_MB must be a whole number of megabytes, at least 128, not "${raw}"`);
  }
  const heapMb = fromOptions ? Number(fromOptions[1]) : raw ? Number(raw) : DEFAULT_HEAP_MB;
  const importMb = importMegabytes(env);
  const needed = BASE_HEAP_MB + HEAP_PER_IMPORT_MB * importMb;
  if (heapMb < needed) {
    throw new Error(
      `A web import of up to ${importMb} MB (IMPORT_MAX_MB) needs a heap of at least ${needed} MB; the app's is ` +
        `${heapMb} MB (${fromOptions ? "--max-old-space-size in NODE_OPTIONS" : "APP_HEAP_MB"}). ` +
        `Raise the heap or lower IMPORT_MAX_MB (larger files: npm run data:import)`,
    );
  }
  return { heapMb, semiSpaceMb: SEMI_SPACE_MB, fromNodeOptions: Boolean(fromOptions) };
}
