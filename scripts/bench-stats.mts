/**
 * Benchmark of the REML fit (lib/stats/pool.ts) on random data: median time per fit for k = 10 … 10,000
 * and whether k = 1,000 stays under the 5 ms target. Run with `npx tsx scripts/bench-stats.mts`.
 *
 * Fits are timed in batches (so the timer's resolution does not matter for small k) on several random
 * datasets; the reported figure is the median over batches of the mean time per fit in the batch.
 */
import { performance } from "node:perf_hooks";
import { pool } from "../lib/stats/pool";

const SIZES = [10, 100, 1_000, 10_000];
const TARGET_K = 1_000;
const TARGET_MS = 5;
/** Per size: stop adding batches after this long (all sizes together stay well under 60 s). */
const BUDGET_MS = 4_000;
const BATCH_MS = 20;
const MIN_BATCHES = 15;
const MAX_BATCHES = 200;
const DATASETS = 5;

/** mulberry32: a small seeded generator so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Studies of 20–400 participants around a true SMD of 0.3 with τ² = 0.05. */
function dataset(k: number, seed: number): { yi: Float64Array; vi: Float64Array } {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const yi = new Float64Array(k);
  const vi = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const n = 10 + Math.floor(next() * 190);
    vi[i] = 2 / n + 0.09 / (4 * n);
    yi[i] = 0.3 + Math.sqrt(0.05 + vi[i]) * normal();
  }
  return { yi, vi };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function bench(k: number) {
  const data = Array.from({ length: DATASETS }, (_, index) => dataset(k, 1_000 * k + index));
  const iterations: number[] = [];
  let sink = 0;
  const fit = (index: number) => {
    const { pooled, iterations: used } = pool(data[index].yi, data[index].vi, { method: "REML" });
    sink += pooled.estimate;
    return used;
  };

  // Warm up (JIT) and size the batch so one batch takes about BATCH_MS.
  for (let i = 0; i < 20; i++) iterations.push(fit(i % DATASETS));
  const probeStart = performance.now();
  let probeFits = 0;
  while (performance.now() - probeStart < BATCH_MS) fit(probeFits++ % DATASETS);
  const batchSize = Math.max(1, probeFits);

  const perFit: number[] = [];
  const started = performance.now();
  while (perFit.length < MAX_BATCHES && (perFit.length < MIN_BATCHES || performance.now() - started < BUDGET_MS)) {
    const batchStart = performance.now();
    for (let i = 0; i < batchSize; i++) fit(i % DATASETS);
    perFit.push((performance.now() - batchStart) / batchSize);
  }
  if (!Number.isFinite(sink)) throw new Error("a fit returned a non-finite estimate");
  return {
    k,
    medianMs: median(perFit),
    fits: perFit.length * batchSize,
    batches: perFit.length,
    iterations: median(iterations),
  };
}

const results = SIZES.map(bench);

console.log("REML (Fisher scoring, O(k) per iteration) on random data: median time per fit\n");
console.log(
  [
    "k".padStart(7),
    "median ms/fit".padStart(14),
    "µs/study".padStart(9),
    "iterations".padStart(11),
    "fits timed".padStart(11),
  ].join("  "),
);
for (const result of results) {
  console.log(
    [
      result.k.toLocaleString("en-US").padStart(7),
      result.medianMs.toFixed(4).padStart(14),
      ((result.medianMs * 1_000) / result.k).toFixed(3).padStart(9),
      String(result.iterations).padStart(11),
      result.fits.toLocaleString("en-US").padStart(11),
    ].join("  "),
  );
}
const target = results.find((result) => result.k === TARGET_K);
if (target) {
  const under = target.medianMs < TARGET_MS;
  console.log(
    `\nk = ${TARGET_K.toLocaleString("en-US")}: ${target.medianMs.toFixed(4)} ms per fit — ` +
      `${under ? "under" : "NOT under"} the ${TARGET_MS} ms target`,
  );
  if (!under) process.exitCode = 1;
}
