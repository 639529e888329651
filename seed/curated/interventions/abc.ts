import type { CuratedIntervention } from "../types";
import { D_WITH_NS_NOTE } from "./common";

const CEBC_URL = "https://cebc4cw.org/program/attachment-and-biobehavioral-catch-up/detailed";
const PSC_URL = "https://preventionservices.acf.hhs.gov/programs/734/show";
const HOMVEE_ZAJAC_URL = "https://stage.homvee.net/studies/wwhv080984";

export const abc: CuratedIntervention = {
  slug: "abc",
  nameNl: "Attachment and Biobehavioral Catch-up (ABC)",
  nameEn: "Attachment and Biobehavioral Catch-up (ABC)",
  summaryNl:
    "Programma voor verzorgers van baby's van 6 tot 24 maanden die vroege ingrijpende ervaringen hebben meegemaakt. Tien wekelijkse huisbezoeken van ongeveer 60 minuten, met directe feedback en video-feedback.",
  summaryEn:
    "Programme for caregivers of infants aged 6–24 months who experienced early adversity. Ten weekly home sessions of about 60 minutes, with in-the-moment and video feedback.",
  descriptionNl:
    "Er is ook een peuterversie voor kinderen van 24 tot 48 maanden. In 2020 werkten volgens het NHVRC 60 organisaties in 16 Amerikaanse staten en het District of Columbia met ABC.",
  descriptionEn:
    "There is also a toddler version for children aged 24–48 months. According to NHVRC, 60 agencies in 16 US states plus DC used ABC in 2020.",
  intensityNl:
    "10 wekelijkse huisbezoeken van ongeveer 60 minuten; directe feedback tijdens de sessie en video-feedback.",
  intensityEn: "10 weekly home sessions of about 60 minutes; in-the-moment and video feedback.",
  sessionsMin: 10,
  sessionsMax: 10,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["home-visits", "video-feedback"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 6,
      ageMaxMonths: 24,
      descriptionNl:
        "Verzorgers van baby's van 6 tot 24 maanden die vroege ingrijpende ervaringen hebben meegemaakt (de peuterversie is voor 24 tot 48 maanden).",
      descriptionEn:
        "Caregivers of infants aged 6–24 months who experienced early adversity (the toddler version is for 24–48 months).",
      riskFactors: ["early-adversity"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "cebc",
      level: "1 Well-Supported by Research Evidence",
      topic: "Infant & Toddler Mental Health (0–3)",
      url: CEBC_URL,
      verified: true,
      note: "Relevantie voor de kinderbescherming: hoog.",
    },
    {
      clearinghouse: "psc",
      level: "Well-supported",
      topic: "ABC-Infant",
      ratedOn: "2020-12",
      reviewedOn: "2025-03",
      url: PSC_URL,
      verified: true,
      note: "Laatst beoordeeld in maart 2025 (Handbook v2.0); oorspronkelijk december 2020 (Handbook v1.0).",
    },
  ],
  studies: [
    {
      key: "zajac-2019-jcpp",
      citation: "Zajac, L., Raby, K. L. & Dozier, M. (2019). Journal of Child Psychology and Psychiatry 61(4):417–424.",
      doi: "10.1111/jcpp.13146",
      url: HOMVEE_ZAJAC_URL,
      year: 2019,
      design: "RCT",
      summary:
        "Vervolgmeting op 9-jarige leeftijd van een gerandomiseerd onderzoek van ABC (hetzelfde onderzoek als Bernard e.a. 2012): 44 kinderen in de ABC-groep en 56 in de controlegroep. Gehechtheidsveiligheid: effectgrootte 0,46, p = 0,02, zoals gerapporteerd door HomVEE.",
      verified: true,
      effects: [
        {
          outcome: "attachment-security",
          outcomeLabel: "attachment security at age 9",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.46, n1: 44, n2: 56 },
          reportedEstimate: 0.46,
          reportedText: "ES 0.46, p = 0.02 (44 ABC / 56 control)",
          higherIsBetter: true,
          sourceUrl: HOMVEE_ZAJAC_URL,
          verified: true,
          note: `Effectgrootte zoals HomVEE die rapporteert; positief = meer gehechtheidsveiligheid in de ABC-groep. ${D_WITH_NS_NOTE}`,
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep en dosering: hoofdstuk van Costello, Roben & Dozier; PSC " +
    PSC_URL +
    ". CEBC: " +
    CEBC_URL +
    ". Bereik: NHVRC 2020 (60 organisaties in 16 staten en DC). Onderzoek: HomVEE " +
    HOMVEE_ZAJAC_URL +
    " (Zajac e.a. 2019). Een Nederlandse beoordeling is niet gevonden in de geraadpleegde bronnen.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: baby's die vroege ingrijpende ervaringen hebben meegemaakt en hun verzorgers (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: infants who experienced early adversity and their caregivers (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: vroege ingrijpende ervaringen zijn ingedeeld als risicofactor; de bronnen koppelen ABC niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: early adversity is classed as a risk factor; the sources do not link ABC to a target group of Health Council advice 2018/11.",
    },
  ],
};
