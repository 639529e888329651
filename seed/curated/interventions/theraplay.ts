import type { CuratedIntervention } from "../types";

export const theraplay: CuratedIntervention = {
  slug: "theraplay",
  nameNl: "Theraplay",
  nameEn: "Theraplay",
  summaryNl:
    "Aanpak voor kinderen tot en met 12 jaar met uiteenlopende problemen. Over de uitvoering en de duur zijn in de geraadpleegde bronnen geen gegevens gevonden.",
  summaryEn:
    "Approach for children aged 12 and under with various presentations. The sources consulted give no details on delivery or duration.",
  availabilityNl: "UNKNOWN",
  deliveryModes: [],
  targetGroups: [
    {
      preventionLevel: "CARE",
      ageMinMonths: 0,
      ageMaxMonths: 155,
      descriptionNl: "Kinderen tot en met 12 jaar met uiteenlopende problemen (volgens een systematische review).",
      descriptionEn: "Children aged 12 and under with various presentations (per a systematic review).",
      riskFactors: [],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [],
  externalRatings: [],
  studies: [
    {
      key: "theraplay-systematic-review-ifp-nyu",
      citation:
        "Systematische review van Theraplay, zoals samengevat op ifp.nyu.edu (auteurs en jaar niet gevonden in de geraadpleegde bronnen).",
      design: "SYSTEMATIC_REVIEW",
      studiesCount: 6,
      summary: "Slechts 6 geschikte onderzoeken; 'lack of rigorous evidence'.",
      verified: false,
      effects: [],
    },
  ],
  sourceNote:
    "Geen beoordeling door een Nederlandse of buitenlandse databank gevonden. Doelgroep en bewijs: systematische review zoals samengevat op ifp.nyu.edu (de review zelf is niet gevonden, daarom niet geverifieerd). " +
    "Uitvoering en dosering zijn niet gevonden in de geraadpleegde bronnen. Leeftijd 'tot en met 12 jaar' is opgeslagen als 0 tot en met 155 maanden.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: kinderen met uiteenlopende problemen (zorg); de bron noemt geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: children with various presentations (care); the source does not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Aanname, niet uit een bron: kinderen met problemen voor wie hulp wordt gezocht, ingedeeld bij ouders die zelf om steun vragen. De bron koppelt Theraplay niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "An assumption, not from a source: children with problems for whom help is sought, classed as parents who ask for support themselves. The source does not link Theraplay to a target group of Health Council advice 2018/11.",
    },
  ],
};
