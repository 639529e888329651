import type { CuratedIntervention } from "../types";

export const videoInteractionGuidance: CuratedIntervention = {
  slug: "video-interaction-guidance",
  nameNl: "Video-interactiebegeleiding / video-feedback",
  nameEn: "Video Interaction Guidance / video feedback",
  summaryNl:
    "Korte reeks sessies met video-feedback aan huis voor ouders van kinderen jonger dan 5 jaar met een risico op een minder goede gehechtheid (Cochrane-review O'Hara e.a. 2019). De Nederlandse Kortdurende Video-Hometraining (K-VHT) staat als aparte interventie in Effectwijzer.",
  summaryEn:
    "Short home-based series of video-feedback sessions for parents of children under 5 at risk of poor attachment (Cochrane review O'Hara et al. 2019). The Dutch Kortdurende Video-Hometraining (K-VHT) is a separate intervention in Effectwijzer.",
  descriptionNl:
    "Dit item gaat over video-interactiebegeleiding en video-feedback als geheel, zoals onderzocht in de Cochrane-review van O'Hara e.a. (2019) en de meta-analyse van Fukkink (2008). " +
    "Een beoordeling van video-interactiebegeleiding als geheel door een Nederlandse of buitenlandse databank is niet gevonden in de geraadpleegde bronnen.",
  descriptionEn:
    "This entry covers Video Interaction Guidance and video feedback as a whole, as studied in the Cochrane review by O'Hara et al. (2019) and the meta-analysis by Fukkink (2008). " +
    "No rating of Video Interaction Guidance as a whole by a Dutch or foreign clearinghouse was found in the sources consulted.",
  intensityNl: "Korte reeks sessies met video-feedback aan huis.",
  intensityEn: "Short home-based video-feedback series.",
  availabilityNl: "UNKNOWN",
  availabilityNote: "Zie Kortdurende Video-Hometraining (K-VHT) voor de Nederlandse variant met een NJi-erkenning.",
  deliveryModes: ["video-feedback", "home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 0,
      ageMaxMonths: 59,
      descriptionNl:
        "Ouders van kinderen jonger dan 5 jaar met een risico op een minder goede gehechtheid (Cochrane-review O'Hara e.a. 2019).",
      descriptionEn: "Parents of children under 5 at risk of poor attachment (Cochrane review O'Hara et al. 2019).",
      riskFactors: ["insecure-attachment-risk"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [],
  studies: [
    {
      key: "ohara-2019-cochrane-cd012348",
      citation: "O'Hara, L. et al. (2019). Cochrane Database of Systematic Reviews, CD012348.",
      year: 2019,
      design: "SYSTEMATIC_REVIEW",
      studiesCount: 22,
      sampleSize: 1889,
      summary:
        "Cochrane-review van video-feedback: 22 onderzoeken, 1.889 ouder-kindparen. Sensitiviteit, samengenomen over 20 onderzoeken met 1.757 paren: 'improvement' (waarde niet gevonden in de geraadpleegde bronnen). Gedrag van het kind: SMD 0,04 (95%-BI −0,33 tot 0,42), zeer lage zekerheid. Gehechtheid: wisselende resultaten. Bronnen: cochrane.org; dokumen.tips.",
      verified: true,
      effects: [
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "sensitivity",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            'sensitivity pooled over 20 studies/1,757 dyads: "improvement" (value not found in the sources consulted)',
          sampleSize: 1757,
          higherIsBetter: true,
          verified: true,
          note: "Geen getal opgeslagen: de waarde is niet gevonden in de geraadpleegde bronnen.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "child behaviour",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 0.04, ciLower: -0.33, ciUpper: 0.42 },
          reportedEstimate: 0.04,
          reportedCiLower: -0.33,
          reportedCiUpper: 0.42,
          reportedText: "child behaviour SMD 0.04 (95% CI −0.33 to 0.42), very low certainty",
          higherIsBetter: true,
          verified: true,
          note: "De richting van de SMD is niet gevonden in de geraadpleegde bronnen; een positieve SMD is gelezen als in het voordeel van video-feedback. Het betrouwbaarheidsinterval bevat in beide gevallen nul. Zeer lage zekerheid.",
        },
        {
          outcome: "attachment-security",
          outcomeLabel: "attachment",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "attachment mixed",
          higherIsBetter: true,
          verified: true,
          note: "Wisselende resultaten; geen getal opgeslagen.",
        },
      ],
    },
    {
      key: "fukkink-2008-clin-psychol-rev",
      citation: "Fukkink, R. G. (2008). Clinical Psychology Review 28:904–916.",
      year: 2008,
      design: "META_ANALYSIS",
      studiesCount: 29,
      sampleSize: 1844,
      summary:
        "29 onderzoeken met 1.844 gezinnen: positieve effecten op opvoedgedrag, opvoedattitudes en de ontwikkeling van het kind; kortere programma's waren effectiever. Waarden niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [
        {
          outcome: "positive-parenting",
          outcomeLabel: "parenting behaviour",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "positive effects on parenting behaviour (values not found in the sources consulted)",
          higherIsBetter: true,
          verified: true,
        },
        {
          outcome: "parenting-attitudes",
          outcomeLabel: "parenting attitudes",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "positive effects on attitudes (values not found in the sources consulted)",
          higherIsBetter: true,
          verified: true,
        },
        {
          outcome: "child-development",
          outcomeLabel: "child development",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "positive effects on child development (values not found in the sources consulted)",
          higherIsBetter: true,
          verified: true,
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep: Cochrane-review O'Hara e.a. 2019 (CD012348; cochrane.org, dokumen.tips); jonger dan 5 jaar is opgeslagen als 0 tot en met 59 maanden. " +
    "Een beoordeling van video-interactiebegeleiding als geheel is niet gevonden in de geraadpleegde bronnen; de NJi-erkenning van 2017 geldt alleen K-VHT (zie die interventie). " +
    "De richtlijn 'Problematische gehechtheid' (richtlijnenjeugdhulp.nl) noemt Bakermans-Kranenburg e.a. 2003 als onderbouwing voor korte video-feedbackinterventies (zie de contextstudies).",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders van jonge kinderen met een risico op een minder goede gehechtheid (selectieve preventie); de bron noemt geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents of young children at risk of poor attachment (selective prevention); the source does not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: een risico op een minder goede gehechtheid is ingedeeld als risicofactor; de bron koppelt video-feedback niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: a risk of poor attachment is classed as a risk factor; the source does not link video feedback to a target group of Health Council advice 2018/11.",
    },
  ],
};
