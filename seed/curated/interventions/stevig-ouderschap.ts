import type { CuratedIntervention } from "../types";

const LGL_URL = "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1401064";
const NCJ_EFFECT_URL = "https://www.ncj.nl/stevigouderschap/effectiviteit/";
const COMMITTEE = "Deelcommissie JGZ, preventie en gezondheidsbevordering";

export const stevigOuderschap: CuratedIntervention = {
  slug: "stevig-ouderschap",
  nameNl: "Stevig Ouderschap",
  nameEn: "Stevig Ouderschap (Strong Parenthood)",
  summaryNl:
    "Preventief programma van de JGZ voor (aanstaande) ouders met een belaste voorgeschiedenis, persoonlijke problemen, weinig steun of een zwaardere opvoedingsbelasting. Na een screeningsvragenlijst komt een jeugdverpleegkundige op huisbezoek, vanaf 16 weken zwangerschap tot het kind 2,5 jaar is.",
  summaryEn:
    "Preventive programme of Dutch youth health care (JGZ) for (expectant) parents with a burdened history, personal problems, little support or a heavier parenting load. After a screening questionnaire, a youth-health nurse makes home visits from 16 weeks of pregnancy until the child is 2.5.",
  descriptionNl:
    "De doelgroep is ongeveer 5 tot 7% van de bevolking. De hele bevolking in het werkgebied moet worden gescreend. Het programma wordt uitgevoerd door gecertificeerde jeugdverpleegkundigen; de licentie loopt via het NCJ. " +
    "In 2017 werkten 21 JGZ-organisaties in 125 gemeenten en Aruba met Stevig Ouderschap.",
  descriptionEn:
    "The target group is about 5–7% of the population. The whole population must be screened. The programme is delivered by certified youth-health nurses; the licence is held via NCJ. " +
    "In 2017, 21 JGZ organisations in 125 municipalities plus Aruba used Stevig Ouderschap.",
  providerNl: "Gecertificeerde jeugdverpleegkundige (JGZ)",
  providerEn: "Certified youth-health nurse (JGZ)",
  intensityNl:
    "Ongeveer 4 huisbezoeken tijdens de zwangerschap en/of 6–10 huisbezoeken na de geboorte, na een screeningsvragenlijst.",
  intensityEn: "About 4 prenatal and/or 6–10 postnatal home visits, after a screening questionnaire.",
  ownerOrganisation: "NCJ",
  availabilityNl: "AVAILABLE",
  availabilityNote: "Licentie via het NCJ. In 2017: 21 JGZ-organisaties in 125 gemeenten en Aruba.",
  website: "https://www.ncj.nl/stevigouderschap/",
  deliveryModes: ["home-visits", "screening"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: -5,
      ageMaxMonths: 30,
      descriptionNl:
        "(Aanstaande) ouders met een belaste voorgeschiedenis, persoonlijke problemen, weinig steun of een zwaardere opvoedingsbelasting; ongeveer 5 tot 7% van de bevolking. Kind van −5 maanden (16 weken zwangerschap) tot 2,5 jaar.",
      descriptionEn:
        "(Expectant) parents with a burdened history, personal problems, little support or a heavier parenting load; about 5–7% of the population. Child −5 months (16 weeks of pregnancy) to 2.5 years.",
      riskFactors: ["parental-adverse-history", "social-isolation"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "EERSTE_AANWIJZINGEN",
      decidedOn: "2017-09-14",
      committee: COMMITTEE,
      decidedBy: COMMITTEE,
      justification:
        "NJi-interventiebeschrijving van Stevig Ouderschap (via fdocuments.nl): erkend als 'Effectief volgens eerste aanwijzingen' op 14 september 2017 door de deelcommissie JGZ, preventie en gezondheidsbevordering. " +
        "Loket Gezond Leven vermeldt dezelfde datum ('Eerste aanwijzingen voor effectiviteit', 14-09-2017).",
      sourceUrl: LGL_URL,
      verified: true,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "lgl",
      level: "Eerste aanwijzingen voor effectiviteit",
      ratedOn: "2017-09-14",
      url: LGL_URL,
      verified: true,
      note: "Eigen vermelding in de interventiedatabank van Loket Gezond Leven (RIVM); dezelfde erkenning als in de beoordelingsgeschiedenis.",
    },
  ],
  studies: [
    {
      key: "ncj-stevig-ouderschap-500-families",
      citation:
        "NCJ, 'Stevig Ouderschap – effectiviteit': samenvatting van een onderzoek bij 500 gezinnen (het onderliggende onderzoek van Bouwmeester-Landweer is niet geraadpleegd).",
      url: NCJ_EFFECT_URL,
      design: "OTHER",
      country: "NL",
      sampleSize: 500,
      summary:
        "Bij 22% van de bezochte gezinnen was het risico op ernstige opvoedingsproblemen een half jaar na de bezoeken verminderd, tegen 8% van vergelijkbare niet-bezochte gezinnen; ouders gaven het programma een 8,2. " +
        "De opzet en het betrouwbaarheidsinterval zijn niet gevonden in de geraadpleegde bronnen; daarom is de opzet als 'overig' opgeslagen.",
      verified: false,
      effects: [
        {
          outcome: "parenting-problems",
          outcomeLabel: "risk of serious parenting problems, half a year after the visits",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "risk of serious parenting problems reduced in 22% of visited vs 8% of comparable unvisited families, half a year after the visits",
          higherIsBetter: true,
          sourceUrl: NCJ_EFFECT_URL,
          verified: false,
          note: "Samenvatting van de licentiehouder (NCJ); het onderliggende onderzoek (Bouwmeester-Landweer) is niet geraadpleegd en opzet en betrouwbaarheidsinterval zijn niet gevonden. De percentages zijn het aandeel gezinnen bij wie het risico verminderde; een hoger aandeel is beter.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep, dosering, licentie en bereik in 2017: NJi-interventiebeschrijving (via fdocuments.nl), Loket Gezond Leven " +
    LGL_URL +
    " en " +
    NCJ_EFFECT_URL +
    ". Erkenning: NJi-interventiebeschrijving (via fdocuments.nl) en Loket Gezond Leven " +
    LGL_URL +
    ". De enige uitkomstgegevens komen uit de samenvatting van het NCJ; het onderliggende onderzoek (Bouwmeester-Landweer) is niet geraadpleegd, daarom niet geverifieerd. " +
    "'Persoonlijke problemen' en 'zwaardere opvoedingsbelasting' hebben geen eigen risicofactor in Effectwijzer.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: (aanstaande) ouders met risicokenmerken die met een screeningsvragenlijst worden gevonden, ongeveer 5 tot 7% van de bevolking (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: (expectant) parents with risk characteristics found by a screening questionnaire, about 5–7% of the population (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: het doel is het voorkómen van ernstige opvoedingsproblemen, waaronder kindermishandeling, bij ouders met risicokenmerken (Loket Gezond Leven); de bronnen koppelen het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: the aim is to prevent serious parenting problems, including child maltreatment, in parents with risk characteristics (Loket Gezond Leven); the sources do not link the programme to a target group of Health Council advice 2018/11.",
      sourceUrl: LGL_URL,
    },
  ],
};
