/**
 * Generates the batches of seed/scale/generate.ts in a worker thread, in order, a few ahead of the loader
 * (which acknowledges each batch it takes): generating is CPU work in JavaScript, and on the loader's own
 * thread it held up the statements of the batches being written.
 */
import { parentPort, workerData } from "node:worker_threads";
import { riskFactors as riskFactorTaxonomy } from "../curated/taxonomy";
import { generateBatch, makePlan, setRiskFactorNames, type Lookups } from "./generate";
import { Random } from "./random";

export type GenerateWorkerData = {
  seed: number;
  interventions: number;
  effects: number;
  lookups: Lookups;
  /** [start, count] of each batch, in order. */
  ranges: [number, number][];
  /** Batches generated before the loader has taken them. */
  ahead: number;
};

const data = workerData as GenerateWorkerData;
const port = parentPort!;
setRiskFactorNames(riskFactorTaxonomy);
const ctx = { lookups: data.lookups, plan: makePlan(new Random(data.seed), data.interventions, data.effects) };
const rng = new Random(data.seed ^ 0x5eed5eed);

let credit = data.ahead;
let wake: (() => void) | null = null;
port.on("message", () => {
  credit += 1;
  wake?.();
  wake = null;
});

async function generateAll() {
  for (const [start, count] of data.ranges) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    const started = performance.now();
    const batch = await generateBatch(rng, ctx, start, count, Number.POSITIVE_INFINITY);
    port.postMessage({ batch, ms: performance.now() - started });
  }
  // Nothing more to wait for: the thread ends once the last batch is on its way.
  port.unref();
}

void generateAll();
