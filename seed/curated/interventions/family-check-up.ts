import type { CuratedIntervention } from "../types";

const CWLA_URL = "https://www.cwla.org/new-family-first-clearinghouse-ratings-released-in-2021/";

export const familyCheckUp: CuratedIntervention = {
  slug: "family-check-up",
  nameNl: "Family Check-Up",
  nameEn: "Family Check-Up",
  summaryNl:
    "Korte gezinsinterventie die uitgaat van sterke kanten, voor gezinnen met kinderen van 2 tot en met 17 jaar, met 6 tot 9 huisbezoeken.",
  summaryEn: "Brief, strengths-based family intervention for families with children aged 2–17, with 6–9 home visits.",
  descriptionNl: "Volgens het NHVRC schrijven gezinnen zich in voordat het kind 8 jaar wordt.",
  descriptionEn: "According to NHVRC, families enrol before the child turns 8.",
  intensityNl: "Kort; 6–9 huisbezoeken (NHVRC).",
  intensityEn: "Brief; 6–9 home visits (NHVRC).",
  sessionsMin: 6,
  sessionsMax: 9,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 24,
      ageMaxMonths: 215,
      descriptionNl:
        "Gezinnen met kinderen van 2 tot en met 17 jaar (PSC-aankondiging via CWLA); volgens het NHVRC schrijven gezinnen zich in voordat het kind 8 jaar wordt. De geraadpleegde bronnen noemen geen selectiecriteria.",
      descriptionEn:
        "Families with children aged 2–17 (PSC announcement via CWLA); per NHVRC, families enrol before the child turns 8. The sources consulted give no selection criteria.",
      riskFactors: [],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "psc",
      level: "Well-supported",
      ratedOn: "2021-02-10",
      url: CWLA_URL,
      verified: false,
      note: "Secundaire bron: aangekondigd op 10 februari 2021 (CWLA); de PSC-pagina zelf is niet gevonden in de geraadpleegde bronnen. De datum is die van de aankondiging.",
    },
  ],
  studies: [],
  sourceNote:
    "Leeftijd 2 tot en met 17 jaar: PSC-aankondiging via " +
    CWLA_URL +
    " (secundair; de PSC-pagina zelf is niet gevonden). Instroom vóór 8 jaar en 6–9 huisbezoeken: NHVRC. Effectgroottes en een Nederlandse beoordeling zijn niet gevonden in de geraadpleegde bronnen. " +
    "De bronnen noemen geen selectiecriteria; het programma is daarom niet als universeel aanbod ingedeeld.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "De bronnen noemen alleen de leeftijd, geen selectiecriteria en geen preventieniveau. Niet als universeel ingedeeld omdat geen bron dat zegt; voorlopig als selectief ingedeeld (aanname, niet uit een bron).",
      reasonEn:
        "The sources give only the age, no selection criteria and no prevention level. Not classed as universal because no source says so; classed as selective for now (an assumption, not from a source).",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Aanname, niet uit een bron: beoordeeld door de Title IV-E Prevention Services Clearinghouse, die programma's voor de Amerikaanse kinderbescherming beoordeelt; daarom ingedeeld bij gezinnen met risicofactoren. De bronnen koppelen het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "An assumption, not from a source: rated by the Title IV-E Prevention Services Clearinghouse, which reviews programmes for US child welfare; hence classed as families with risk factors. The sources do not link the programme to a target group of Health Council advice 2018/11.",
    },
  ],
};
