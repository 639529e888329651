/**
 * The whole analysis behind POST /api/v1/meta-analysis: each study's input form → yi/vi, pooling, and the
 * response shape (with exp() back-transformation for OR and RR). Takes a request already parsed with
 * metaAnalysisRequestSchema; throws StatsError (a 400, never a 500) when the data cannot be analysed.
 */
import {
  FORMS_BY_MEASURE,
  detectInputForm,
  type MetaAnalysisRequest,
  type MetaAnalysisResponse,
  type StudyInput,
} from "./schemas";
import { RATIO_MEASURES, type Measure } from "./constants";
import {
  effectFromCounts,
  effectFromEstimateCi,
  mdFromMeans,
  smdFromF,
  smdFromMeans,
  hedgesGFromD,
  smdFromT,
  studyInterval,
  type EffectSize,
} from "./effect-size";
import { pool, StatsError } from "./pool";
import { leave1out, ranktest, regtest, trimfill, type FitSettings } from "./diagnostics";

function need(study: StudyInput, key: keyof StudyInput): number {
  const value = study[key];
  if (typeof value !== "number") throw new StatsError("invalid_input", `${key} is required`, [key]);
  return value;
}

function means(study: StudyInput) {
  return {
    m1: need(study, "m1"),
    sd1: need(study, "sd1"),
    n1: need(study, "n1"),
    m2: need(study, "m2"),
    sd2: need(study, "sd2"),
    n2: need(study, "n2"),
  };
}

/** yi and vi of one study on the analysis scale of the measure (log for OR and RR). */
export function studyEffect(measure: Measure, study: StudyInput): EffectSize {
  const detected = detectInputForm(study);
  if (!detected.ok) throw new StatsError("invalid_input", detected.message, detected.path);
  const form = detected.form;
  if (!FORMS_BY_MEASURE[measure].includes(form)) {
    throw new StatsError("invalid_input", `${measure} cannot be computed from the ${form} form`);
  }
  switch (form) {
    case "means":
      return measure === "MD" ? mdFromMeans(means(study)) : smdFromMeans(means(study));
    case "t":
      return smdFromT({ t: need(study, "t"), n1: need(study, "n1"), n2: need(study, "n2") });
    case "d":
      return hedgesGFromD(need(study, "d"), need(study, "n1"), need(study, "n2"));
    case "F":
      return smdFromF({ F: need(study, "F"), n1: need(study, "n1"), n2: need(study, "n2"), sign: study.sign });
    case "counts": {
      const counts = { ai: need(study, "ai"), bi: need(study, "bi"), ci: need(study, "ci"), di: need(study, "di") };
      if (measure !== "OR" && measure !== "RR" && measure !== "RD") {
        throw new StatsError("invalid_input", `${measure} cannot be computed from counts`);
      }
      return effectFromCounts(measure, counts);
    }
    case "estimateCi": {
      const reported = {
        estimate: need(study, "estimate"),
        ciLower: need(study, "ciLower"),
        ciUpper: need(study, "ciUpper"),
      };
      return effectFromEstimateCi(reported, RATIO_MEASURES.includes(measure));
    }
    case "yiVi":
      return { yi: need(study, "yi"), vi: need(study, "vi") };
  }
}

/** A study's total sample size: as given, else n1 + n2, else the four counts; undefined when unknown. */
export function totalSampleSize(study: StudyInput): number | undefined {
  if (study.ni !== undefined) return study.ni;
  if (study.n1 !== undefined && study.n2 !== undefined) return study.n1 + study.n2;
  const { ai, bi, ci, di } = study;
  if (ai !== undefined && bi !== undefined && ci !== undefined && di !== undefined) return ai + bi + ci + di;
  return undefined;
}

/** Prefixes a diagnostic's StatsError with where it belongs when it names no field itself. */
function inDiagnostic<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StatsError && error.path.length === 0) {
      throw new StatsError(error.code, error.message, ["diagnostics", name]);
    }
    throw error;
  }
}

function runDiagnostics(
  request: MetaAnalysisRequest,
  yi: number[],
  vi: number[],
  labels: string[],
): NonNullable<MetaAnalysisResponse["diagnostics"]> {
  const wanted = request.diagnostics ?? {};
  const settings: FitSettings = { method: request.method, test: request.test };
  const result: NonNullable<MetaAnalysisResponse["diagnostics"]> = {};
  if (wanted.regtest) {
    const options = wanted.regtest;
    const ni = request.studies.map(totalSampleSize);
    result.regtest = inDiagnostic("regtest", () => regtest(yi, vi, ni, settings, options));
  }
  if (wanted.trimfill) {
    const options = wanted.trimfill;
    result.trimfill = inDiagnostic("trimfill", () => trimfill(yi, vi, settings, options));
  }
  if (wanted.ranktest) result.ranktest = inDiagnostic("ranktest", () => ranktest(yi, vi));
  if (wanted.leave1out) result.leave1out = leave1out(yi, vi, labels, settings);
  return result;
}

export function runMetaAnalysis(request: MetaAnalysisRequest): MetaAnalysisResponse {
  const { measure, method, test } = request;
  const k = request.studies.length;
  const yi = new Array<number>(k);
  const vi = new Array<number>(k);
  request.studies.forEach((study, index) => {
    let effect: EffectSize;
    try {
      effect = studyEffect(measure, study);
    } catch (error) {
      if (error instanceof StatsError)
        throw new StatsError(error.code, error.message, ["studies", index, ...error.path]);
      throw error;
    }
    if (!Number.isFinite(effect.yi) || !(effect.vi > 0) || !Number.isFinite(effect.vi)) {
      throw new StatsError(
        "invalid_input",
        "No finite effect size with a positive variance follows from these values",
        ["studies", index],
      );
    }
    yi[index] = effect.yi;
    vi[index] = effect.vi;
  });

  const { pooled, weights } = pool(yi, vi, { method, test });
  const isRatio = RATIO_MEASURES.includes(measure);

  const labels = request.studies.map((study, index) => study.label ?? `Study ${index + 1}`);
  const studies = request.studies.map((study, index) => {
    const { ciLower, ciUpper } = studyInterval({ yi: yi[index], vi: vi[index] });
    return {
      label: labels[index],
      yi: yi[index],
      vi: vi[index],
      ciLower,
      ciUpper,
      weight: weights[index],
      ...(isRatio
        ? { backTransformed: { estimate: Math.exp(yi[index]), ciLower: Math.exp(ciLower), ciUpper: Math.exp(ciUpper) } }
        : {}),
    };
  });

  return {
    measure,
    scale: isRatio ? "log" : "identity",
    studies,
    pooled,
    ...(request.diagnostics ? { diagnostics: runDiagnostics(request, yi, vi, labels) } : {}),
    ...(isRatio
      ? {
          backTransformed: {
            estimate: Math.exp(pooled.estimate),
            ciLower: Math.exp(pooled.ciLower),
            ciUpper: Math.exp(pooled.ciUpper),
            piLower: Math.exp(pooled.piLower),
            piUpper: Math.exp(pooled.piUpper),
          },
        }
      : {}),
  };
}
