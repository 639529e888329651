import type { CuratedIntervention } from "../types";

const CEBC_URL = "https://cebc4cw.org/program/safecare-home-visiting-for-child-well-being/detailed";
const CEBC_OTHER_TOPIC_NOTE =
  "Vermeld op de CEBC-pagina van SafeCare [Home Visiting for Child Well-Being] als beoordeling in een ander onderwerp; niet apart gecontroleerd op de CEBC-pagina van dat onderwerp.";

export const safecare: CuratedIntervention = {
  slug: "safecare",
  nameNl: "SafeCare",
  nameEn: "SafeCare",
  summaryNl:
    "Huisbezoekprogramma voor ouders van kinderen van 0 tot en met 5 jaar met een risico op, of een voorgeschiedenis van, verwaarlozing of mishandeling. Het bestaat uit drie modules: ouder-kindinteractie, veiligheid in huis en gezondheid.",
  summaryEn:
    "Home-visiting programme for parents of children aged 0–5 at risk of, or with a history of, neglect or abuse. It has three modules: parent–child interaction, home safety and health.",
  intensityNl: "Wekelijkse of tweewekelijkse huisbezoeken van ongeveer 90 minuten, gedurende 18–20 weken.",
  intensityEn: "Weekly or bi-weekly visits of about 90 minutes over 18–20 weeks.",
  durationWeeksMin: 18,
  durationWeeksMax: 20,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 0,
      ageMaxMonths: 71,
      descriptionNl:
        "Ouders met een risico op verwaarlozing of mishandeling; kinderen van 0 tot en met 5 jaar (CEBC: 'Parents at-risk for child neglect and/or abuse').",
      descriptionEn:
        "Parents at risk of neglect or abuse; children aged 0–5 (CEBC: 'Parents at-risk for child neglect and/or abuse').",
      riskFactors: [],
      adviceGroups: ["RISK_FACTORS"],
    },
    {
      preventionLevel: "CARE",
      ageMinMonths: 0,
      ageMaxMonths: 71,
      descriptionNl:
        "Ouders met een voorgeschiedenis van verwaarlozing of mishandeling; kinderen van 0 tot en met 5 jaar (CEBC: 'parents with a history of child neglect and/or abuse').",
      descriptionEn:
        "Parents with a history of neglect or abuse; children aged 0–5 (CEBC: 'parents with a history of child neglect and/or abuse').",
      riskFactors: ["maltreatment-history", "neglect"],
      adviceGroups: ["MALTREATMENT_OCCURS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "cebc",
      level: "3 Promising Research Evidence",
      topic: "Home Visiting Programs for Child Well-Being",
      url: CEBC_URL,
      verified: true,
    },
    {
      clearinghouse: "cebc",
      level: "2 Supported by Research Evidence",
      topic: "Home Visiting Programs for Prevention of Child Abuse and Neglect",
      url: CEBC_URL,
      verified: true,
      note: CEBC_OTHER_TOPIC_NOTE,
    },
    {
      clearinghouse: "cebc",
      level: "2 Supported by Research Evidence",
      topic: "Interventions for Neglect",
      url: CEBC_URL,
      verified: true,
      note: CEBC_OTHER_TOPIC_NOTE,
    },
    {
      clearinghouse: "cebc",
      level: "2 Supported by Research Evidence",
      topic: "Parent Training Programs that Address Child Abuse and Neglect",
      url: CEBC_URL,
      verified: true,
      note: CEBC_OTHER_TOPIC_NOTE,
    },
    {
      clearinghouse: "cebc",
      level: "2 Supported by Research Evidence",
      topic: "Prevention of Child Abuse and Neglect (Secondary)",
      url: CEBC_URL,
      verified: true,
      note: CEBC_OTHER_TOPIC_NOTE,
    },
  ],
  studies: [],
  sourceNote:
    "Modules en dosering: practicenotes.org. CEBC: " +
    CEBC_URL +
    " ('Promising Research Evidence' in Home Visiting Programs for Child Well-Being; dezelfde pagina noemt '2 (Supported by Research Evidence)' in vier andere onderwerpen). Een voorbeeld van beoordelingen per onderwerp. " +
    "De PSC heeft SafeCare op de lijst voor een latere beoordeling staan; een beoordeling is niet gevonden. Effectgroottes en een Nederlandse beoordeling zijn niet gevonden in de geraadpleegde bronnen.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders met een risico op verwaarlozing of mishandeling (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents at risk of neglect or abuse (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.1.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders met een voorgeschiedenis van verwaarlozing of mishandeling, om herhaling te voorkomen (zorg); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents with a history of neglect or abuse, to prevent recurrence (care); the sources do not state a prevention level.",
    },
  ],
};
