/**
 * npm run seed:scale -- [--interventions 50000] [--effects 500000] [--seed 42] [--replace] [--batch 5000]
 *                        [--concurrency 2]   (batches written in parallel; default 2 on a server, 1 on PGlite)
 *                        [--facets-per-statement]   (keep the facet triggers on: facet rows are rebuilt after
 *                                                    every insert statement, about 3x the database work; by
 *                                                    default the triggers are off while the loader runs, each
 *                                                    batch refreshes its own facet rows before it commits, and
 *                                                    the triggers are switched on again at the end)
 *
 * Loads a realistic synthetic data set (isDemo) into the configured database (DATABASE_MIGRATION_URL, the
 * schema owner, else DATABASE_URL, else the embedded PGlite in $PGLITE_DIR): interventions with target groups (with the Health Council's advice groups),
 * risk factors, delivery modes, ratings, recognition decisions and rating history, accepted studies (a few of
 * them meta-analyses) with SMD effect sizes, and their headline effects as lib/evidence/pooling.ts computes
 * them (REML pool, else a meta-analysis's reported estimate, else a single study).
 * Migrates first and makes sure the taxonomy exists. Does nothing when demo data is already present, unless
 * --replace is given (removes the existing demo data first). Progress goes to stderr, the summary to stdout.
 * See seed/scale/ for the generator (generate.ts), the bulk inserts (bulk.ts) and the loader (load.ts).
 */
import cliProgress from "cli-progress";
import { deployServerMigrations, openMigrated } from "./prepare.mts";
import { resolveMigrationTarget } from "../lib/database/target";
import { seedTaxonomy } from "./load-curated";
import { loadScaleData, SCALE_TABLES } from "./scale/load";

type Args = {
  interventions: number;
  effects: number;
  seed: number;
  replace: boolean;
  facetsPerStatement: boolean;
  batch: number;
  concurrency: number | null;
};

function parseArgs(argv: string[]): Args {
  const args: Args = {
    interventions: 50_000,
    effects: 500_000,
    seed: 42,
    replace: false,
    facetsPerStatement: false,
    batch: 5_000,
    concurrency: null,
  };
  const numeric = {
    "--interventions": "interventions",
    "--effects": "effects",
    "--seed": "seed",
    "--batch": "batch",
    "--concurrency": "concurrency",
  } as const;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--replace") {
      args.replace = true;
    } else if (flag === "--facets-per-statement") {
      args.facetsPerStatement = true;
    } else if (flag in numeric) {
      const raw = inline ?? argv[++i];
      const value = Number(raw?.replace(/_/g, ""));
      if (!Number.isInteger(value) || value < (flag === "--seed" ? 0 : 1)) {
        throw new Error(
          `${flag} needs a ${flag === "--seed" ? "non-negative" : "positive"} whole number, got "${raw ?? ""}"`,
        );
      }
      args[numeric[flag as keyof typeof numeric]] = value;
    } else if (flag === "--help" || flag === "-h") {
      console.log(
        "Usage: npm run seed:scale -- [--interventions N] [--effects N] [--seed N] [--replace] [--batch N] [--concurrency N] " +
          "[--facets-per-statement]",
      );
      process.exit(0);
    } else {
      throw new Error(`Unknown argument "${argv[i]}" (try --help)`);
    }
  }
  if (args.effects < args.interventions) throw new Error("--effects must be at least --interventions");
  if (args.interventions > 999_999)
    throw new Error("--interventions is at most 999999 (slugs are demo-000001 … demo-999999)");
  return args;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const int = (n: number) => n.toLocaleString("en-US");

const args = parseArgs(process.argv.slice(2));
const started = performance.now();
// As the schema owner (DATABASE_MIGRATION_URL when set): the loader switches the facet triggers off while it
// runs, which only the owner of the tables may do.
const target = resolveMigrationTarget();
const where =
  target.kind === "embedded"
    ? `embedded PostgreSQL (PGlite) in ${target.dataDir}`
    : `PostgreSQL server (${process.env.DATABASE_MIGRATION_URL?.trim() ? "DATABASE_MIGRATION_URL" : "DATABASE_URL"})`;
console.error(
  `seed:scale → ${where}: ${int(args.interventions)} interventions, ${int(args.effects)} effect sizes, seed ${args.seed}`,
);

// Same as seed/prepare.mts; its output goes to stderr so stdout keeps only the summary.
await deployServerMigrations(target, ["ignore", 2, 2]);
const migratedAt = performance.now();
const database = await openMigrated(target);
const bar = new cliProgress.SingleBar(
  {
    stream: process.stderr,
    format:
      " {bar} {percentage}% | {value}/{total} interventions | {effects} effect sizes | {phase} | {duration_formatted}, ETA {eta_formatted}",
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
    etaBuffer: 4,
  },
  cliProgress.Presets.shades_classic,
);
let exitCode = 0;
try {
  await seedTaxonomy(database.prisma);
  const readyAt = performance.now();
  bar.start(args.interventions, 0, { effects: 0, phase: "starting" });
  const result = await loadScaleData(database.prisma, {
    interventions: args.interventions,
    effects: args.effects,
    seed: args.seed,
    replace: args.replace,
    deferFacets: !args.facetsPerStatement,
    batchSize: args.batch,
    concurrency: args.concurrency ?? (target.kind === "server" ? 2 : 1),
    generateInWorker: true,
    onProgress: (p) => bar.update(p.interventions, { effects: int(p.effectSizes), phase: p.phase }),
  });
  bar.stop();
  if (result.status === "skipped") {
    console.log(
      `Demo data already present (${int(result.existingDemo)} demo interventions); nothing added. ` +
        `Use --replace to remove it and load ${int(args.interventions)} / ${int(args.effects)} again.`,
    );
  } else {
    const counts = new Map<string, number>();
    for (const table of [...SCALE_TABLES, "InterventionFacet"]) {
      const [row] = await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
      counts.set(table, row.n);
    }
    const total = performance.now() - started;
    console.log("");
    console.log(
      `Loaded ${int(args.interventions)} interventions and ${int(args.effects)} effect sizes into the ${where}`,
    );
    console.log(
      `Elapsed ${seconds(total)} (migrate ${seconds(migratedAt - started)}, open + taxonomy ${seconds(readyAt - migratedAt)}, ` +
        `remove old demo data ${seconds(result.removed.ms)} [${result.removed.method}], ` +
        `generate + insert ${seconds(result.loadMs)} [generating ${seconds(result.generateMs)} of it, overlapped with the inserts], ` +
        `merge facet bitmaps ${seconds(result.merge.ms)}, vacuum analyze ${seconds(result.vacuumMs)}, ` +
        `headline-effect check ${seconds(result.verify.ms)})`,
    );
    console.log("");
    const rows = [["table", "inserted", "rows in table", "statement time"]];
    for (const table of [
      ...SCALE_TABLES,
      "(reserve ids)",
      "(facet triggers back on)",
      "(analyze)",
      "InterventionFacet",
    ]) {
      const timing = result.timings.get(table);
      const inTable = counts.get(table);
      rows.push([
        table,
        timing && !table.startsWith("(") ? int(timing.rows) : table === "InterventionFacet" ? "(triggers)" : "",
        inTable === undefined ? "" : int(inTable),
        timing ? seconds(timing.ms) : "",
      ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const [n, r] of rows.entries()) {
      console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "));
      if (n === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
    console.log("");
    console.log(
      "Statement time is summed over the batches written in parallel (so it includes waits on each other's locks). " +
        (args.facetsPerStatement
          ? "It includes the triggers each insert fires: the statement-level InterventionFacet refresh, search " +
            "document included (all tables but RatingEvent and PooledEffect)."
          : "The InterventionFacet triggers were off during the load; InterventionFacet is the one refresh of " +
            "each batch's facet rows and search documents just before its commit, and '(facet triggers back on)' " +
            "switches them on again with a refresh of the interventions that are not demo data. The bitmaps are " +
            "merged once at the end."),
    );
    console.log(
      `Facet bitmaps merged for ${int(result.merge.merged)} interventions` +
        (result.merge.pending
          ? `; ${int(result.merge.pending)} still pending (another process was merging; the app merges them).`
          : "."),
    );
    const tally = (m: Map<string, number>) =>
      [...m]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, n]) => `${kind} ${int(n)}`)
        .join(", ");
    console.log(`Headline effects written: ${tally(result.headlines)}.`);
    console.log(
      `Headline effects re-derived with lib/evidence/pooling.ts for ${result.verify.checked} sample interventions ` +
        `(their rows: ${tally(result.verify.kinds)}): ${result.verify.unchanged} identical.`,
    );
    const d = result.described;
    console.log(
      `Recognition (status / level: interventions, recognised as effective): ` +
        d.recognitions
          .map((r) => `${r.status} / ${r.level}: ${int(r.interventions)}, ${int(r.recognised)}`)
          .join("; ") +
        `. Recognised in the facet rows: ${int(d.facetRecognised)}.`,
    );
    console.log(
      `Advice groups (interventions): ${d.adviceGroups.map((a) => `${a.adviceGroup} ${int(a.interventions)}`).join(", ")}.`,
    );
    const recognisedRows = d.recognitions.reduce((n, r) => n + r.recognised, 0);
    const missingKinds = ["POOLED", "META_ANALYSIS", "SINGLE_STUDY"].filter(
      (k) => (result.headlines.get(k) ?? 0) > 0 && !result.verify.kinds.has(k),
    );
    if (result.verify.unchanged !== result.verify.checked) exitCode = 1;
    if (missingKinds.length) {
      console.log(`Not checked although written: ${missingKinds.join(", ")}.`);
      exitCode = 1;
    }
    if (recognisedRows !== d.facetRecognised) {
      console.log(`Recognised as effective: ${recognisedRows} Recognition rows but ${d.facetRecognised} facet rows.`);
      exitCode = 1;
    }
  }
} catch (error) {
  bar.stop();
  throw error;
} finally {
  await database.close();
}
process.exitCode = exitCode;
