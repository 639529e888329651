import type { CuratedIntervention } from "../types";

const HOMVEE_URL = "https://stage.homvee.net/models/minding-babyr-home-visiting-mtb-hv";

export const mindingTheBaby: CuratedIntervention = {
  slug: "minding-the-baby",
  nameNl: "Minding the Baby",
  nameEn: "Minding the Baby",
  summaryNl:
    "Huisbezoekprogramma van een verpleegkundige en een maatschappelijk werker samen, voor jonge moeders met een laag inkomen die hun eerste kind krijgen, vanaf de zwangerschap. Wekelijkse bezoeken tot het kind 1 jaar is, daarna om de week tot 2 jaar (27 maanden).",
  summaryEn:
    "Home-visiting programme by a nurse and a social worker together, for young, first-time, low-income mothers, from pregnancy. Weekly visits until the child is 1, then every other week until age 2 (27 months).",
  descriptionNl:
    "Een team heeft een caseload van maximaal 25. In 2020 werkten volgens het NHVRC 2 organisaties in 1 Amerikaanse staat en in Denemarken met het programma.",
  descriptionEn:
    "Caseload is at most 25. According to NHVRC, 2 agencies in 1 US state plus Denmark used the programme in 2020.",
  providerNl: "Verpleegkundige en maatschappelijk werker",
  providerEn: "Nurse plus social worker",
  intensityNl:
    "Wekelijkse bezoeken tot het kind 1 jaar is, daarna om de week tot 2 jaar (27 maanden); caseload maximaal 25.",
  intensityEn: "Weekly visits to age 1, then every other week to age 2 (27 months); caseload at most 25.",
  availabilityNl: "UNKNOWN",
  deliveryModes: ["home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: null,
      ageMaxMonths: 24,
      descriptionNl:
        "Jonge moeders met een laag inkomen die hun eerste kind krijgen, vanaf de zwangerschap (begin niet nader aangegeven) tot het kind 2 jaar is.",
      descriptionEn:
        "Young, first-time, low-income mothers, from pregnancy (start not specified) until the child is 2.",
      riskFactors: ["young-parent", "first-time-parent", "poverty"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "homvee",
      level: "Meets HHS criteria for an evidence-based model",
      levelAsWritten: "Meets HHS criteria (evidence-based model)",
      url: HOMVEE_URL,
      verified: true,
      note: "Niet in aanmerking voor MIECHV-financiering. Gunstige domeinen: child health, maternal health. 1 onderzoek van hoge of redelijke kwaliteit naar effecten, uit 11 publicaties.",
    },
  ],
  studies: [],
  sourceNote:
    "Doelgroep, dosering en beoordeling: HomVEE " +
    HOMVEE_URL +
    ". Bereik: NHVRC 2020 (2 organisaties in 1 Amerikaanse staat en Denemarken). Effectgroottes en een Nederlandse beoordeling zijn niet gevonden in de geraadpleegde bronnen. " +
    "Het begin van de leeftijdsrange in de zwangerschap wordt niet genoemd.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: jonge moeders met een laag inkomen die hun eerste kind krijgen (selectieve preventie); de bron noemt geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: young, first-time, low-income mothers (selective prevention); the source does not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: jong moederschap, een eerste kind en een laag inkomen zijn ingedeeld als risicofactoren; de bron koppelt het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: young age, a first child and low income are classed as risk factors; the source does not link the programme to a target group of Health Council advice 2018/11.",
    },
  ],
};
