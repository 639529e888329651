/**
 * Cross-cutting meta-analyses shown as context cards (not tied to one intervention), transcribed from the
 * publications cited per record. Numbers are copied exactly as those publications report them.
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
      "Meta-analyse van 70 onderzoeken met 88 effecten. Gerandomiseerde interventies: sensitiviteit d = 0,33 (n = 7.636), onveilige gehechtheid d = 0,20 (n = 1.503). " +
      "Een gematigd aantal sessies en een gedragsmatige focus werkten het best. " +
      "De richtlijn 'Problematische gehechtheid' (richtlijnenjeugdhulp.nl) noemt deze meta-analyse als onderbouwing voor korte video-feedbackinterventies.",
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
        note: "Positieve d = meer sensitiviteit in de interventiegroepen.",
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
        note: "De uitkomst heet onveilige gehechtheid, maar het effect is als positieve d voor de interventies gerapporteerd; gelezen als minder onveilige (dus meer veilige) gehechtheid, daarom higherIsBetter = waar. Controleer het artikel.",
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
      "Meta-analyse van gerandomiseerde onderzoeken naar kindermishandeling: 27 steekproeven, 20 programma's. d = 0,13 (N = 4.883), niet meer significant na correctie voor publicatiebias (trim-and-fill).",
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
        note: "Een positieve d is gelezen als minder mishandeling in de programmagroepen (in het voordeel van de programma's), daarom higherIsBetter = waar, hoewel het uitkomstdomein mishandeling telt. Niet significant na trim-and-fill.",
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
    summary: "121 onderzoeken, N = 39.044. Preventieve interventies d = 0,26; curatieve interventies d = 0,36.",
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
        note: "De uitkomst wordt in de geraadpleegde samenvatting niet genoemd; ingedeeld bij kindermishandeling (controleer het artikel). Een positieve d is gelezen als in het voordeel van de interventies.",
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
        note: "De uitkomst wordt in de geraadpleegde samenvatting niet genoemd; ingedeeld bij kindermishandeling (controleer het artikel). Een positieve d is gelezen als in het voordeel van de interventies.",
      },
    ],
  },
  {
    key: "ijerph-2019-16-13-2404",
    citation:
      "Meta-analyse van oudertrainingen tegen kindermishandeling (auteurs van de Universiteit van Amsterdam; namen niet gevonden in de geraadpleegde bronnen) (2019). International Journal of Environmental Research and Public Health 16(13):2404.",
    year: 2019,
    design: "META_ANALYSIS",
    studiesCount: 51,
    sampleSize: 6670,
    summary: "Oudertrainingen tegen kindermishandeling: 51 onderzoeken, N = 6.670; d = 0,416 (95%-BI 0,334–0,498).",
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
        note: "Een positieve d is gelezen als in het voordeel van de oudertraining (minder mishandeling), daarom higherIsBetter = waar, hoewel het uitkomstdomein mishandeling telt.",
      },
    ],
  },
];
