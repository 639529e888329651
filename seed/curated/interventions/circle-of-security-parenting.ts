import type { CuratedIntervention } from "../types";

const PSC_URL = "https://preventionservices.acf.hhs.gov/programs/630/show";

export const circleOfSecurityParenting: CuratedIntervention = {
  slug: "circle-of-security-parenting",
  nameNl: "Circle of Security–Parenting (COS-P)",
  nameEn: "Circle of Security–Parenting (COS-P)",
  summaryNl:
    "Oudercursus voor verzorgers van kinderen van ongeveer 4 maanden tot 6 jaar, met 8 videohoofdstukken. Wekelijks ongeveer 90 minuten gedurende 8 tot 10 weken, in een groep of individueel.",
  summaryEn:
    "Parenting programme for caregivers of children aged about 4 months to 6 years, built on 8 video chapters. About 90 minutes weekly for 8–10 weeks, in a group or individually.",
  descriptionNl:
    "Het programma wordt veel gebruikt, maar de Amerikaanse Prevention Services Clearinghouse oordeelde in 2021 dat het op dit moment niet aan de criteria voldoet. Het Australische AIFS noemt 0 tot en met 6 jaar als leeftijd.",
  descriptionEn:
    "The programme is widely used, but the US Prevention Services Clearinghouse found in 2021 that it does not currently meet criteria. The Australian AIFS gives ages 0–6.",
  intensityNl: "8 videohoofdstukken; wekelijks ongeveer 90 minuten gedurende 8–10 weken; in een groep of individueel.",
  intensityEn: "8 video chapters; about 90 minutes weekly for 8–10 weeks; group or individual.",
  durationWeeksMin: 8,
  durationWeeksMax: 10,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["group-course", "individual-sessions"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 4,
      ageMaxMonths: 83,
      descriptionNl:
        "Verzorgers van kinderen van ongeveer 4 maanden tot en met 6 jaar (kader van NHS Scotland); AIFS noemt 0 tot en met 6 jaar. De geraadpleegde bronnen noemen geen selectiecriteria.",
      descriptionEn:
        "Caregivers of children aged about 4 months to 6 years (NHS Scotland framework); AIFS gives 0–6. The sources consulted give no selection criteria.",
      riskFactors: [],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "psc",
      level: "Does not currently meet criteria",
      topic: "In-home parent skill-based",
      reviewedOn: "2021-10",
      url: PSC_URL,
      verified: true,
      note: "Beoordeeld in oktober 2021.",
    },
  ],
  studies: [
    {
      key: "hoffman-2006-circle-of-security",
      citation: "Hoffman et al. (2006), zoals samengevat door AIFS (Child Family Community Australia).",
      year: 2006,
      design: "QUASI_EXPERIMENTAL",
      sampleSize: 75,
      summary:
        "Quasi-experimenteel onderzoek met 75 ouder-kindparen: positieve invloed op gehechtheids- en zorgpatronen. De effectgrootte is niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [
        {
          outcome: "attachment-security",
          outcomeLabel: "attachment–caregiving patterns",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "positive impact on attachment–caregiving patterns (effect size not found in the sources consulted)",
          higherIsBetter: true,
          verified: true,
          note: "Bron: samenvatting van AIFS (CFCA). Quasi-experimentele opzet. Geen getal opgeslagen: de effectgrootte is niet gevonden.",
        },
      ],
    },
    {
      key: "maxwell-2020-circle-of-security",
      citation: "Maxwell et al. (2020).",
      year: 2020,
      design: "OTHER",
      summary:
        "Beschrijft het bewijs als 'very limited… small samples… mixed'. De opzet van deze publicatie is niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [],
    },
  ],
  sourceNote:
    "Leeftijd: kader van NHS Scotland (ongeveer 4 maanden tot 6 jaar) en AIFS (0–6). Beoordeling: PSC " +
    PSC_URL +
    ". Onderzoek: samenvatting van AIFS (CFCA); Maxwell e.a. 2020. Een Nederlandse beoordeling is niet gevonden in de geraadpleegde bronnen. " +
    "Een veelgebruikt programma met zwak bewijs: de bronnen noemen geen selectiecriteria, dus het is niet als universeel aanbod ingedeeld.",
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
        "Aanname, niet uit een bron: een cursus waarvoor verzorgers kiezen, ingedeeld bij ouders die zelf om steun vragen. De bronnen koppelen het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "An assumption, not from a source: a course that caregivers choose, classed as parents who ask for support themselves. The sources do not link the programme to a target group of Health Council advice 2018/11.",
    },
  ],
};
