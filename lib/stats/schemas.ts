/**
 * Request and response schemas of POST /api/v1/meta-analysis. Browser-safe (zod only): the study entry
 * form can validate with the same rules, and the OpenAPI document is generated from these schemas.
 *
 * A study gives exactly one input form. The forms are not a zod union: a union can only say "invalid
 * input" for the whole study, whereas here every problem is reported on the field it concerns
 * (studies.2.sd1, studies.0.ciUpper, …).
 */
import { z } from "zod";
import {
  DIAGNOSTIC_MIN_STUDIES,
  MEASURES,
  POOL_METHODS,
  POOL_TESTS,
  RATIO_MEASURES,
  REGTEST_MODELS,
  REGTEST_PREDICTORS,
  TRIMFILL_ESTIMATORS,
  TRIMFILL_SIDES,
  type Measure,
} from "./constants";

export const INPUT_FORMS = {
  means: {
    label: "means and SDs (m1, sd1, n1, m2, sd2, n2)",
    required: ["m1", "sd1", "n1", "m2", "sd2", "n2"],
    optional: [],
    // n1 and n2 are shared with the t and F forms, so they do not identify a form on their own.
    identifying: ["m1", "sd1", "m2", "sd2"],
  },
  t: { label: "a t statistic (t, n1, n2)", required: ["t", "n1", "n2"], optional: [], identifying: ["t"] },
  // escalc(measure="SMD", di=, n1i=, n2i=): a reported Cohen's d with its group sizes.
  d: { label: "Cohen's d with group sizes (d, n1, n2)", required: ["d", "n1", "n2"], optional: [], identifying: ["d"] },
  F: {
    label: "an F statistic (F, n1, n2, optional sign)",
    required: ["F", "n1", "n2"],
    optional: ["sign"],
    identifying: ["F", "sign"],
  },
  counts: {
    label: "2×2 counts (ai, bi, ci, di)",
    required: ["ai", "bi", "ci", "di"],
    optional: [],
    identifying: ["ai", "bi", "ci", "di"],
  },
  estimateCi: {
    label: "an estimate with its 95% CI (estimate, ciLower, ciUpper)",
    required: ["estimate", "ciLower", "ciUpper"],
    optional: [],
    identifying: ["estimate", "ciLower", "ciUpper"],
  },
  yiVi: { label: "yi and vi", required: ["yi", "vi"], optional: [], identifying: ["yi", "vi"] },
} as const satisfies Record<
  string,
  { label: string; required: readonly string[]; optional: readonly string[]; identifying: readonly string[] }
>;
export type InputForm = keyof typeof INPUT_FORMS;

export const FORMS_BY_MEASURE: Record<Measure, readonly InputForm[]> = {
  SMD: ["means", "t", "d", "F", "estimateCi", "yiVi"],
  MD: ["means", "estimateCi", "yiVi"],
  OR: ["counts", "estimateCi", "yiVi"],
  RR: ["counts", "estimateCi", "yiVi"],
  RD: ["counts", "estimateCi", "yiVi"],
  GENERIC: ["estimateCi", "yiVi"],
};

const FORM_NAMES = Object.keys(INPUT_FORMS) as InputForm[];

const groupSize = (group: 1 | 2) =>
  z
    .number()
    .int(`n${group} must be a whole number`)
    .positive(`n${group} must be at least 1`)
    .meta({ description: `Number of participants in group ${group}${group === 1 ? " (intervention)" : " (control)"}` });

const sd = (group: 1 | 2) =>
  z
    .number()
    .nonnegative(`sd${group} cannot be negative`)
    .meta({ description: `Standard deviation in group ${group}` });

const count = (description: string) =>
  z.number().int("Counts must be whole numbers").nonnegative("Counts cannot be negative").meta({ description });

export const studyInputSchema = z
  .strictObject({
    label: z.string().trim().min(1).max(300).optional().meta({ description: "Study label shown in the results" }),
    m1: z.number().optional().meta({ description: "Mean in group 1 (intervention)" }),
    sd1: sd(1).optional(),
    n1: groupSize(1).optional(),
    m2: z.number().optional().meta({ description: "Mean in group 2 (control)" }),
    sd2: sd(2).optional(),
    n2: groupSize(2).optional(),
    t: z.number().optional().meta({ description: "Independent-samples t statistic; its sign is the direction" }),
    d: z
      .number()
      .optional()
      .meta({ description: "Reported Cohen's d (group 1 minus group 2, pooled SD); corrected to Hedges' g" }),
    F: z
      .number()
      .nonnegative("F cannot be negative")
      .optional()
      .meta({ description: "Two-group F statistic (F = t²); SMD only" }),
    sign: z
      .union([z.literal(-1), z.literal(1)])
      .optional()
      .meta({ description: "Direction for an F statistic: 1 if group 1 scored higher (default), -1 if lower" }),
    ai: count("Events in group 1").optional(),
    bi: count("Non-events in group 1").optional(),
    ci: count("Events in group 2").optional(),
    di: count("Non-events in group 2").optional(),
    estimate: z.number().optional().meta({
      description: "Reported estimate; for OR and RR the ratio itself (not its log)",
    }),
    ciLower: z.number().optional().meta({ description: "Lower bound of the reported 95% CI (ratio scale for OR/RR)" }),
    ciUpper: z.number().optional().meta({ description: "Upper bound of the reported 95% CI (ratio scale for OR/RR)" }),
    yi: z.number().optional().meta({ description: "Effect size on the analysis scale (log scale for OR and RR)" }),
    vi: z.number().positive("vi must be greater than 0").optional().meta({ description: "Sampling variance of yi" }),
    ni: z.number().int("ni must be a whole number").positive("ni must be at least 1").optional().meta({
      description:
        "Total sample size, for Egger's test with a sample-size predictor; taken from n1 + n2 or the four counts when those are given",
    }),
  })
  .superRefine((study, ctx) => {
    const form = detectInputForm(study);
    if (!form.ok) {
      ctx.addIssue({ code: "custom", path: form.path, message: form.message });
      return;
    }
    for (const issue of studyValueIssues(study, form.form)) ctx.addIssue({ code: "custom", ...issue });
  })
  .meta({
    id: "MetaAnalysisStudyInput",
    description:
      "One study: an optional label plus exactly one input form — means and SDs, a t statistic, an F statistic, " +
      "2×2 counts, an estimate with its 95% CI, or yi and vi. Which forms a measure accepts: SMD all but counts; " +
      "MD means, estimate/CI, yi/vi; OR, RR, RD counts, estimate/CI, yi/vi; GENERIC estimate/CI, yi/vi.",
  });
export type StudyInput = z.infer<typeof studyInputSchema>;

const DIAGNOSTIC_NAMES = {
  regtest: "Egger's regression test",
  trimfill: "Trim and fill",
  ranktest: "The rank correlation test",
  leave1out: "Leave-one-out analysis",
} as const;

export const diagnosticsRequestSchema = z
  .strictObject({
    regtest: z
      .strictObject({
        model: z.enum(REGTEST_MODELS).default("rma").meta({
          description:
            "rma (default): the meta-analysis's own tau² estimator and test with the predictor as moderator; lm: weighted least squares (t test)",
        }),
        predictor: z.enum(REGTEST_PREDICTORS).default("sei").meta({
          description: "sei (default), vi, ni, ninv (1/ni) or sqrtninv (1/√ni); the ni forms need every study's ni",
        }),
      })
      .optional()
      .meta({ description: "Egger's regression test for funnel-plot asymmetry (metafor's regtest); k ≥ 3" }),
    trimfill: z
      .strictObject({
        estimator: z.enum(TRIMFILL_ESTIMATORS).default("L0").meta({ description: "L0 (default), R0 or Q0" }),
        side: z.enum(TRIMFILL_SIDES).optional().meta({
          description: "Side on which studies are missing; by default chosen as metafor does (sign of Egger's slope)",
        }),
      })
      .optional()
      .meta({ description: "Duval and Tweedie's trim and fill (metafor's trimfill); k ≥ 3" }),
    ranktest: z
      .strictObject({})
      .optional()
      .meta({ description: "Begg and Mazumdar's rank correlation test (metafor's ranktest); k ≥ 3" }),
    leave1out: z
      .strictObject({})
      .optional()
      .meta({ description: "The analysis repeated with each study left out (metafor's leave1out); k ≥ 2" }),
  })
  .meta({
    id: "MetaAnalysisDiagnosticsRequest",
    description: "Publication-bias and sensitivity diagnostics to add; each key optional, options as in metafor 5.1",
  });

export const metaAnalysisRequestSchema = z
  .strictObject({
    measure: z.enum(MEASURES).meta({
      description:
        "Effect measure: SMD (Hedges' g), MD (mean difference), OR and RR (analysed as log ratios), " +
        "RD (risk difference) or GENERIC (any estimate given with its CI or variance)",
    }),
    method: z.enum(POOL_METHODS).default("REML").meta({
      description: "Estimator of tau²: FE (fixed effect, tau² = 0), DL, HE, ML or REML (default)",
    }),
    test: z.enum(POOL_TESTS).default("z").meta({
      description: "z (default) or knha (Knapp–Hartung: t with k−1 df, also used for the prediction interval)",
    }),
    studies: z
      .array(studyInputSchema)
      .min(2, "At least 2 studies are needed")
      .max(10_000, "At most 10,000 studies can be pooled in one request")
      .meta({ description: "The studies to pool, in the order they are reported back" }),
    diagnostics: diagnosticsRequestSchema.optional(),
  })
  .superRefine((request, ctx) => {
    for (const [name, minimum] of Object.entries(DIAGNOSTIC_MIN_STUDIES)) {
      if (request.diagnostics?.[name as keyof typeof DIAGNOSTIC_MIN_STUDIES] && request.studies.length < minimum) {
        ctx.addIssue({
          code: "custom",
          path: ["diagnostics", name],
          message: `${DIAGNOSTIC_NAMES[name as keyof typeof DIAGNOSTIC_NAMES]} needs at least ${minimum} studies`,
        });
      }
    }
    request.studies.forEach((study, index) => {
      for (const issue of measureIssues(request.measure, study)) {
        ctx.addIssue({ code: "custom", path: ["studies", index, ...issue.path], message: issue.message });
      }
    });
  })
  .meta({ id: "MetaAnalysisRequest", description: "Studies to pool and how to pool them" });
export type MetaAnalysisRequest = z.infer<typeof metaAnalysisRequestSchema>;
/** The body as a client writes it (method and test may be left out). */
export type MetaAnalysisRequestInput = z.input<typeof metaAnalysisRequestSchema>;

type FieldIssue = { path: (string | number)[]; message: string };
type FormDetection = { ok: true; form: InputForm } | ({ ok: false } & FieldIssue);

function isGiven(study: StudyInput, key: string): boolean {
  return (study as Record<string, unknown>)[key] !== undefined;
}

/** Which single input form a study uses, or the field-level reason it has none or several. */
export function detectInputForm(study: StudyInput): FormDetection {
  const present = FORM_NAMES.filter((form) => INPUT_FORMS[form].identifying.some((key) => isGiven(study, key)));
  if (present.length === 0) {
    const message = `Give exactly one input form: ${FORM_NAMES.map((form) => INPUT_FORMS[form].label).join("; ")}`;
    return { ok: false, path: [], message };
  }
  if (present.length > 1) {
    const [first, second] = present;
    const key = INPUT_FORMS[second].identifying.find((candidate) => isGiven(study, candidate)) ?? "";
    const message = `Mixed input forms: this study already gives ${INPUT_FORMS[first].label}; give only one form`;
    return { ok: false, path: [key], message };
  }
  const form = present[0];
  const spec = INPUT_FORMS[form];
  const missing = spec.required.find((key) => !isGiven(study, key));
  if (missing) return { ok: false, path: [missing], message: `Required for ${spec.label}` };
  const allowed: readonly string[] = ["label", ...spec.required, ...spec.optional];
  const stray = (["n1", "n2"] as const).find((key) => isGiven(study, key) && !allowed.includes(key));
  if (stray) return { ok: false, path: [stray], message: `${stray} is not part of ${spec.label}` };
  return { ok: true, form };
}

/** Checks on the values of one form that do not depend on the measure. */
function studyValueIssues(study: StudyInput, form: InputForm): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (form === "means" && study.sd1 === 0 && study.sd2 === 0) {
    issues.push({ path: ["sd1"], message: "At least one of sd1 and sd2 must be greater than 0" });
  }
  const groups = form === "counts" ? [study.ai, study.bi, study.ci, study.di] : [study.n1, study.n2];
  if (study.ni !== undefined && groups.every((n) => n !== undefined)) {
    const total = groups.reduce((sum: number, n) => sum + (n ?? 0), 0);
    if (study.ni !== total) {
      const parts = form === "counts" ? "ai + bi + ci + di" : "n1 + n2";
      issues.push({ path: ["ni"], message: `ni must equal ${parts} (${total}) when those are given` });
    }
  }
  if (form === "counts") {
    if (study.ai === 0 && study.bi === 0) issues.push({ path: ["bi"], message: "Group 1 has no participants" });
    if (study.ci === 0 && study.di === 0) issues.push({ path: ["di"], message: "Group 2 has no participants" });
  }
  if (form === "estimateCi") {
    const { estimate = Number.NaN, ciLower = Number.NaN, ciUpper = Number.NaN } = study;
    if (!(ciLower < ciUpper)) {
      issues.push({ path: ["ciUpper"], message: "ciUpper must be greater than ciLower" });
    } else if (estimate < ciLower) {
      issues.push({ path: ["ciLower"], message: "The CI must contain the estimate (ciLower ≤ estimate)" });
    } else if (estimate > ciUpper) {
      issues.push({ path: ["ciUpper"], message: "The CI must contain the estimate (estimate ≤ ciUpper)" });
    }
  }
  return issues;
}

/** Checks that depend on the measure: the form must suit it, ratios must be positive, g needs N ≥ 4. */
export function measureIssues(measure: Measure, study: StudyInput): FieldIssue[] {
  const detected = detectInputForm(study);
  if (!detected.ok) return [];
  const form = detected.form;
  const allowed = FORMS_BY_MEASURE[measure];
  if (!allowed.includes(form)) {
    const key = INPUT_FORMS[form].identifying.find((candidate) => isGiven(study, candidate)) ?? "";
    const options = allowed.map((option) => INPUT_FORMS[option].label).join("; ");
    return [{ path: [key], message: `${measure} cannot be computed from ${INPUT_FORMS[form].label}; use ${options}` }];
  }
  const issues: FieldIssue[] = [];
  if (form === "estimateCi" && RATIO_MEASURES.includes(measure)) {
    if (!((study.estimate ?? 0) > 0))
      issues.push({ path: ["estimate"], message: `A ${measure} must be greater than 0` });
    if (!((study.ciLower ?? 0) > 0)) {
      issues.push({ path: ["ciLower"], message: `The CI of a ${measure} must lie above 0` });
    }
  }
  if (measure === "SMD" && (form === "means" || form === "t" || form === "d" || form === "F")) {
    if ((study.n1 ?? 0) + (study.n2 ?? 0) < 4) {
      issues.push({ path: ["n2"], message: "Hedges' g needs n1 + n2 ≥ 4 (at least 2 degrees of freedom)" });
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------
// Response

const interval = {
  ciLower: z.number().meta({ description: "Lower bound of the 95% CI" }),
  ciUpper: z.number().meta({ description: "Upper bound of the 95% CI" }),
};

const backTransformedStudySchema = z
  .object({
    estimate: z.number().meta({ description: "exp(yi): the ratio" }),
    ...interval,
  })
  .meta({ description: "Study result on the ratio scale (OR and RR only)" });

export const studyResultSchema = z
  .object({
    label: z.string().meta({ description: "The study's label, or 'Study n' (1-based) when none was given" }),
    yi: z.number().meta({ description: "Effect size on the analysis scale (log scale for OR and RR)" }),
    vi: z.number().meta({ description: "Sampling variance of yi" }),
    ...interval,
    weight: z.number().meta({ description: "Weight in the pooled estimate, in percent" }),
    backTransformed: backTransformedStudySchema.optional(),
  })
  .meta({ id: "MetaAnalysisStudyResult" });

const pooledCommon = {
  k: z.number().int().meta({ description: "Number of studies" }),
  method: z.enum(POOL_METHODS).meta({ description: "Estimator of tau² used" }),
  estimate: z.number().meta({ description: "Pooled estimate on the analysis scale" }),
  se: z.number().meta({ description: "Standard error of the pooled estimate (Knapp–Hartung adjusted with knha)" }),
  ...interval,
  pval: z.number().nullable().meta({ description: "Two-sided p-value; null only if the test is undefined (se = 0)" }),
  Q: z.number().meta({ description: "Cochran's Q (always with fixed-effect weights)" }),
  Qdf: z.number().int().meta({ description: "Degrees of freedom of Q (k − 1)" }),
  Qp: z.number().nullable().meta({ description: "p-value of Q (χ² with k − 1 df)" }),
  tau2: z.number().meta({ description: "Between-study variance tau²" }),
  tau: z.number().meta({ description: "Square root of tau²" }),
  seTau2: z.number().nullable().meta({ description: "Standard error of tau² (null for FE)" }),
  I2: z.number().nullable().meta({
    description: "I² in percent: 100·tau²/(tau² + typical within-study variance); (Q − df)/Q for FE",
  }),
  H2: z.number().nullable().meta({ description: "H²: tau²/typical within-study variance + 1; Q/df for FE" }),
  piLower: z.number().meta({ description: "Lower bound of the 95% prediction interval (z, or t(k−1) with knha)" }),
  piUpper: z.number().meta({ description: "Upper bound of the 95% prediction interval" }),
};

export const pooledResultSchema = z
  .discriminatedUnion("test", [
    z.object({
      ...pooledCommon,
      test: z.literal("z"),
      zval: z.number().nullable().meta({ description: "z statistic" }),
    }),
    z.object({
      ...pooledCommon,
      test: z.literal("knha"),
      tval: z.number().nullable().meta({ description: "t statistic (Knapp–Hartung)" }),
      df: z.number().int().meta({ description: "Degrees of freedom of the t test (k − 1)" }),
    }),
  ])
  .meta({ id: "MetaAnalysisPooledResult" });

const nullableNumber = (description: string) => z.number().nullable().meta({ description });

export const diagnosticsResponseSchema = z
  .object({
    regtest: z
      .object({
        model: z.enum(REGTEST_MODELS),
        predictor: z.enum(REGTEST_PREDICTORS),
        stat: z.number().meta({ description: "Test statistic of the predictor's coefficient" }),
        dist: z.enum(["z", "t"]).meta({ description: "z, or t with Knapp–Hartung or model lm" }),
        df: z.number().int().nullable().meta({ description: "Degrees of freedom of t (k − 2); null for z" }),
        pval: nullableNumber("Two-sided p-value"),
        limitEstimate: nullableNumber(
          "The estimate for a study of infinite precision (the intercept); null for the ni predictor",
        ),
        limitCiLower: nullableNumber("Lower bound of its 95% CI"),
        limitCiUpper: nullableNumber("Upper bound of its 95% CI"),
      })
      .optional(),
    trimfill: z
      .object({
        estimator: z.enum(TRIMFILL_ESTIMATORS),
        k0: z.number().int().meta({ description: "Estimated number of missing studies" }),
        seK0: z.number().meta({ description: "Standard error of k0" }),
        pK0: nullableNumber("p-value of k0 (R0 only)"),
        side: z.enum(TRIMFILL_SIDES).meta({ description: "Side on which studies were imputed" }),
        filled: z
          .array(z.object({ yi: z.number(), vi: z.number() }))
          .meta({ description: "The imputed studies only, on the analysis scale" }),
        pooled: pooledResultSchema.meta({
          description:
            "The analysis with the imputed studies (k includes them), refitted with the z test as metafor does; with k0 = 0 the original analysis",
        }),
      })
      .optional(),
    ranktest: z
      .object({
        tau: z.number().meta({ description: "Kendall's tau" }),
        pval: nullableNumber("Exact p-value without ties, normal approximation with ties"),
      })
      .optional(),
    leave1out: z
      .array(
        z.object({
          label: z.string().meta({ description: "The study left out" }),
          estimate: nullableNumber("Pooled estimate without this study"),
          se: nullableNumber("Its standard error"),
          ciLower: nullableNumber("Lower bound of the 95% CI"),
          ciUpper: nullableNumber("Upper bound of the 95% CI"),
          pval: nullableNumber("Two-sided p-value"),
          Q: nullableNumber("Cochran's Q"),
          Qp: nullableNumber("p-value of Q"),
          tau2: nullableNumber("tau² (null for FE, whose tau² is 0 by definition)"),
          I2: nullableNumber("I² in percent"),
          note: z.string().optional().meta({ description: "Why the numbers are null, when this fit failed" }),
        }),
      )
      .optional()
      .meta({ description: "One row per study, in study order" }),
  })
  .meta({ id: "MetaAnalysisDiagnostics", description: "The requested diagnostics, on the analysis scale" });

export const metaAnalysisResponseSchema = z
  .object({
    measure: z.enum(MEASURES),
    scale: z.enum(["log", "identity"]).meta({
      description: "Scale of yi, estimate and intervals: log for OR and RR, identity otherwise",
    }),
    studies: z.array(studyResultSchema),
    pooled: pooledResultSchema,
    diagnostics: diagnosticsResponseSchema.optional(),
    backTransformed: z
      .object({
        estimate: z.number(),
        ...interval,
        piLower: z.number(),
        piUpper: z.number(),
      })
      .optional()
      .meta({
        description: "Pooled estimate, CI and prediction interval as ratios: exp() of the log values (OR and RR)",
      }),
  })
  .meta({ id: "MetaAnalysisResponse" });
export type MetaAnalysisResponse = z.infer<typeof metaAnalysisResponseSchema>;
