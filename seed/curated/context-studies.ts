/**
 * Cross-cutting meta-analyses shown as context cards (not tied to one intervention), transcribed from
 * /work/shared/field-notes.md section 4. Numbers are copied exactly as the field notes give them.
 */
import type { CuratedContextStudy } from "./types";

export const curatedContextStudies: CuratedContextStudy[] = [
  {
    key: "bakermans-kranenburg-2003-psychol-bull",
    citation: "Bakermans-Kranenburg, van IJzendoorn & Juffer (2003). Psychological Bulletin 129(2):195–215.",
    year: 2003,
    design: "META_ANALYSIS",
    studiesCount: 70,
    summary:
      "Meta-analysis of 70 studies with 88 effects. Randomised interventions: sensitivity d = 0.33 (n = 7,636), attachment insecurity d = 0.20 (n = 1,503). " +
      "A moderate number of sessions and a behavioural focus were most effective. " +
      "The Dutch guideline 'problematische gehechtheid' cites this meta-analysis as its evidence for short video-feedback interventions.",
    verified: true,
    effects: [
      {
        outcome: "parental-sensitivity",
        outcomeLabel: "sensitivity (randomised interventions)",
        measure: "SMD",
        inputForm: "REPORTED",
        inputs: { estimate: 0.33 },
        reportedEstimate: 0.33,
        reportedText: "Randomised interventions: sensitivity d = 0.33 (n = 7,636)",
        sampleSize: 7636,
        higherIsBetter: true,
        verified: true,
        note: "Positive d = more sensitivity in the intervention groups.",
      },
      {
        outcome: "attachment-security",
        outcomeLabel: "attachment insecurity (randomised interventions)",
        measure: "SMD",
        inputForm: "REPORTED",
        inputs: { estimate: 0.2 },
        reportedEstimate: 0.2,
        reportedText: "Randomised interventions: attachment insecurity d = 0.20 (n = 1,503)",
        sampleSize: 1503,
        higherIsBetter: true,
        verified: true,
        note: "The outcome is worded as attachment insecurity, but the effect is reported as a positive d for the interventions; read as a reduction in insecurity (more security), so higher is better. Check the full text.",
      },
    ],
  },
  {
    key: "euser-2015-bmc-public-health",
    citation: "Euser et al. (2015). BMC Public Health 15:1068.",
    year: 2015,
    design: "META_ANALYSIS",
    sampleSize: 4883,
    summary:
      "Meta-analysis of RCTs on child maltreatment: 27 samples, 20 programmes. d = 0.13 (N = 4,883), non-significant after trim-and-fill correction for publication bias.",
    verified: true,
    effects: [
      {
        outcome: "maltreatment",
        outcomeLabel: "child maltreatment",
        measure: "SMD",
        inputForm: "REPORTED",
        inputs: { estimate: 0.13 },
        reportedEstimate: 0.13,
        reportedText: "d = 0.13 (N = 4,883), non-significant after trim-and-fill",
        sampleSize: 4883,
        higherIsBetter: true,
        verified: true,
        note: "Positive d read as less maltreatment in programme groups (favouring the programmes), so higher is better even though the outcome domain counts maltreatment. Non-significant after trim-and-fill.",
      },
    ],
  },
  {
    key: "van-der-put-2018-clin-child-fam-psychol-rev",
    citation: "van der Put et al. (2018). Clinical Child and Family Psychology Review.",
    year: 2018,
    design: "META_ANALYSIS",
    studiesCount: 121,
    sampleSize: 39044,
    summary: "121 studies, N = 39,044. Preventive interventions d = 0.26; curative interventions d = 0.36.",
    verified: true,
    effects: [
      {
        outcome: "maltreatment",
        outcomeLabel: "preventive interventions",
        measure: "SMD",
        inputForm: "REPORTED",
        inputs: { estimate: 0.26 },
        reportedEstimate: 0.26,
        reportedText: "Preventive d = 0.26",
        higherIsBetter: true,
        verified: true,
        note: "The field notes do not name the outcome; filed under maltreatment as the closest domain for this cross-cutting meta-analysis, check the full text. Positive d read as favouring the interventions.",
      },
      {
        outcome: "maltreatment",
        outcomeLabel: "curative interventions",
        measure: "SMD",
        inputForm: "REPORTED",
        inputs: { estimate: 0.36 },
        reportedEstimate: 0.36,
        reportedText: "Curative d = 0.36",
        higherIsBetter: true,
        verified: true,
        note: "The field notes do not name the outcome; filed under maltreatment as the closest domain for this cross-cutting meta-analysis, check the full text. Positive d read as favouring the interventions.",
      },
    ],
  },
  {
    key: "ijerph-2019-16-13-2404",
    citation:
      "Meta-analysis of parent training for child maltreatment (UvA authors; names not recorded in the field notes) (2019). International Journal of Environmental Research and Public Health 16(13):2404.",
    year: 2019,
    design: "META_ANALYSIS",
    studiesCount: 51,
    sampleSize: 6670,
    summary: "Parent training for maltreatment: 51 studies, N = 6,670; d = 0.416 (95% CI 0.334–0.498).",
    verified: true,
    effects: [
      {
        outcome: "maltreatment",
        outcomeLabel: "child maltreatment (parent training)",
        measure: "SMD",
        inputForm: "ESTIMATE_CI",
        inputs: { estimate: 0.416, ciLower: 0.334, ciUpper: 0.498 },
        reportedEstimate: 0.416,
        reportedCiLower: 0.334,
        reportedCiUpper: 0.498,
        reportedText: "d = 0.416 (95% CI 0.334–0.498), 51 studies, N = 6,670",
        sampleSize: 6670,
        higherIsBetter: true,
        verified: true,
        note: "Positive d read as favouring parent training (less maltreatment), so higher is better even though the outcome domain counts maltreatment.",
      },
    ],
  },
];
