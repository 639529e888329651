import type { CuratedIntervention } from "../types";
import { DEELCOMMISSIE_JEUGDZORG, NJI_COMMITTEE, NJI_PROCEDURE_URL } from "./common";

const LGL_URL = "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1800164";
const NJI_DESCRIPTION_URL =
  "https://fdocuments.nl/document/interventie-triple-p-niveau-45-nederlands-jeugdinstituut-triple-p-niveau-45.html";
const JEUGDENCO_2012_URL = "https://www.jeugdenco.nl/2012/06/erkenning-voor-niveau-4-van-triple-p/";
const BLUEPRINTS_URL = "https://blueprintsprograms.org/programs/463999999/triple-p-system";

export const tripleP: CuratedIntervention = {
  slug: "triple-p",
  nameNl: "Triple P (niveau 4/5; Triple P-systeem)",
  nameEn: "Triple P (levels 4/5; Triple P System)",
  summaryNl:
    "Opvoedprogramma voor ouders. Niveau 4 bestaat uit 8 tot 10 wekelijkse sessies, individueel of in een groep; niveau 5 voegt modules toe. In Nederland is niveau 4/5 bedoeld voor ouders van kinderen van 2 tot en met 16 jaar.",
  summaryEn:
    "Parenting programme. Level 4 consists of 8–10 weekly sessions, individual or in a group; level 5 adds modules. In the Netherlands, levels 4/5 are for parents of children aged 2–16.",
  descriptionNl:
    "Triple P is opgebouwd als een systeem van niveaus (het Triple P-systeem is voor ouders van kinderen van 0 tot en met 12 jaar). Dit item gaat vooral over niveau 4 en 5. " +
    "Volgens Loket Gezond Leven richt niveau 4 zich op jeugdigen van 2 tot 16 jaar met milde tot ernstige gedrags- en/of emotionele problemen en hun ouders die het gedrag van hun kind als problematisch ervaren.",
  descriptionEn:
    "Triple P is organised as a system of levels (the Triple P System is for parents of children aged 0–12). This entry is mainly about levels 4 and 5. " +
    "According to Loket Gezond Leven, level 4 is for young people aged 2–16 with mild to severe behavioural and/or emotional problems and their parents who find their child's behaviour problematic.",
  intensityNl: "Niveau 4: 8–10 wekelijkse sessies, individueel of in een groep. Niveau 5 voegt modules toe.",
  intensityEn: "Level 4: 8–10 weekly sessions, individual or group. Level 5 adds modules.",
  sessionsMin: 8,
  sessionsMax: 10,
  availabilityNl: "AVAILABLE",
  availabilityNote:
    "Niveau 4/5 is in 2018 in Nederland erkend (NJi, Loket Gezond Leven) voor ouders van kinderen van 2 tot en met 16 jaar.",
  deliveryModes: ["individual-sessions", "group-course"],
  targetGroups: [
    {
      preventionLevel: "INDICATED",
      ageMinMonths: 24,
      ageMaxMonths: 203,
      descriptionNl:
        "Ouders van kinderen van 2 tot en met 16 jaar met milde tot ernstige gedrags- en/of emotionele problemen die het gedrag van hun kind als problematisch ervaren (Nederlandse niveau 4/5, Loket Gezond Leven). Het Triple P-systeem als geheel is voor ouders van kinderen van 0 tot en met 12 jaar.",
      descriptionEn:
        "Parents of children aged 2–16 with mild to severe behavioural and/or emotional problems who find their child's behaviour problematic (Dutch levels 4/5, Loket Gezond Leven). The Triple P System as a whole is for parents of children aged 0–12.",
      riskFactors: ["child-behaviour-problems"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "GOED_ONDERBOUWD",
      decidedOn: "2012",
      decidedBy: NJI_COMMITTEE,
      justification:
        "Niveau 4 van Triple P is erkend als 'theoretisch goed onderbouwd' door de Erkenningscommissie Interventies (Nieuwsbrief Jeugd van het NJi, overgenomen door Jeugd & Co in 2012). Deze erkenning gold alleen niveau 4.",
      sourceUrl: JEUGDENCO_2012_URL,
      verified: true,
    },
    {
      status: "ERKEND",
      toLevel: "EERSTE_AANWIJZINGEN",
      decidedOn: "2018-12-14",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "NJi-interventiebeschrijving 'Triple P niveau 4/5': erkend door de deelcommissie Jeugdzorg en psychosociale/pedagogische preventie op 14 december 2018, oordeel 'Effectief volgens eerste aanwijzingen voor effectiviteit'. " +
        "Loket Gezond Leven vermeldt dezelfde datum (" +
        LGL_URL +
        ").",
      sourceUrl: NJI_DESCRIPTION_URL,
      verified: true,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "lgl",
      level: "Eerste aanwijzingen voor effectiviteit",
      topic: "Niveau 4 en 5",
      ratedOn: "2018-12-14",
      url: LGL_URL,
      verified: true,
      note: "Eigen vermelding in de interventiedatabank van Loket Gezond Leven (RIVM); dezelfde erkenning als in de beoordelingsgeschiedenis.",
    },
    {
      clearinghouse: "blueprints",
      level: "Promising",
      topic: "Triple P System",
      url: BLUEPRINTS_URL,
      verified: true,
    },
  ],
  studies: [
    {
      key: "wilson-2012-bmc-med",
      citation: "Wilson, P. et al. (2012). BMC Medicine 10:130.",
      year: 2012,
      design: "META_ANALYSIS",
      studiesCount: 33,
      summary:
        "33 onderzoeken, waarvan 23 samengenomen. Effectgrootte volgens moeders 0,61 (95%-BI 0,42–0,79); volgens vaders 0,42 (−0,02 tot 0,87), niet significant.",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "maternal report",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 0.61, ciLower: 0.42, ciUpper: 0.79 },
          reportedEstimate: 0.61,
          reportedCiLower: 0.42,
          reportedCiUpper: 0.79,
          reportedText: "maternal-report ES 0.61 (95% CI 0.42–0.79)",
          higherIsBetter: true,
          verified: true,
          note: "De geraadpleegde samenvatting noemt de uitkomst niet; ingedeeld bij gedragsproblemen van het kind (controleer het artikel). Een positieve effectgrootte is gelezen als in het voordeel van Triple P.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "paternal report",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 0.42, ciLower: -0.02, ciUpper: 0.87 },
          reportedEstimate: 0.42,
          reportedCiLower: -0.02,
          reportedCiUpper: 0.87,
          reportedText: "paternal ES 0.42 (−0.02 to 0.87), ns",
          higherIsBetter: true,
          verified: true,
          note: "De geraadpleegde samenvatting noemt de uitkomst niet; ingedeeld bij gedragsproblemen van het kind (controleer het artikel). Een positieve effectgrootte is gelezen als in het voordeel van Triple P. Niet significant.",
        },
      ],
    },
    {
      key: "li-2021-front-psychol",
      citation: "Li et al. (2021). Frontiers in Psychology.",
      year: 2021,
      design: "META_ANALYSIS",
      studiesCount: 37,
      summary:
        "37 onderzoeken, gepubliceerd 2013–2020. Betrouwbaarheidsintervallen niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [
        {
          outcome: "child-social-competence",
          outcomeLabel: "social competence",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: 0.274 },
          reportedEstimate: 0.274,
          reportedText: "social competence SMD 0.274",
          higherIsBetter: true,
          verified: true,
          note: "Positieve SMD = meer sociale competentie.",
        },
        {
          outcome: "child-emotional-problems",
          outcomeLabel: "emotional problems",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: -0.254 },
          reportedEstimate: -0.254,
          reportedText: "emotional problems SMD −0.254",
          higherIsBetter: false,
          verified: true,
          note: "Negatieve SMD = minder emotionele problemen; lager is beter.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "behavioural problems",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: -1.38 },
          reportedEstimate: -1.38,
          reportedText: "behavioural problems SMD −1.38",
          higherIsBetter: false,
          verified: true,
          note: "Negatieve SMD = minder gedragsproblemen; lager is beter.",
        },
        {
          outcome: "parenting-problems",
          outcomeLabel: "negative parenting",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: -0.46 },
          reportedEstimate: -0.46,
          reportedText: "negative parenting SMD −0.46",
          higherIsBetter: false,
          verified: true,
          note: "Negatieve SMD = minder negatief opvoedgedrag; lager is beter. Ingedeeld bij opvoedproblemen, het domein dat negatief opvoedgedrag het dichtst benadert.",
        },
      ],
    },
    {
      key: "nowak-heinrichs-2008-triple-p",
      citation: "Nowak, C. & Heinrichs, N. (2008). Meta-analyse van Triple P.",
      year: 2008,
      design: "META_ANALYSIS",
      studiesCount: 55,
      summary:
        "55 onderzoeken; effecten beschreven als 'small to moderate' (waarden niet gevonden in de geraadpleegde bronnen).",
      verified: true,
      effects: [],
    },
    {
      key: "sanders-2014-triple-p",
      citation: "Sanders, M. R. et al. (2014). Meta-analyse van Triple P.",
      year: 2014,
      design: "META_ANALYSIS",
      studiesCount: 116,
      summary: "116 onderzoeken; waarden niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [],
    },
  ],
  sourceNote:
    "Dosering en doelgroep: Loket Gezond Leven " +
    LGL_URL +
    ". Erkenning 2018: NJi-interventiebeschrijving 'Triple P niveau 4/5' (" +
    NJI_DESCRIPTION_URL +
    ") en Loket Gezond Leven. Eerdere erkenning van niveau 4 (2012): " +
    JEUGDENCO_2012_URL +
    ". Blueprints: " +
    BLUEPRINTS_URL +
    ". Results for America noemt Triple P het 'highest level' bij CEBC; de CEBC-pagina zelf is niet gevonden in de geraadpleegde bronnen, dus er is geen CEBC-beoordeling opgenomen. " +
    "Leeftijd 2 tot en met 16 jaar is opgeslagen als 24 tot en met 203 maanden.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: kinderen met milde tot ernstige gedrags- en/of emotionele problemen (geïndiceerde preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: children with mild to severe behavioural and/or emotional problems (indicated prevention); the sources do not state a prevention level.",
      sourceUrl: LGL_URL,
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: ouders die het gedrag van hun kind als problematisch ervaren en daarom behoefte hebben aan een training in opvoedingsvaardigheden (Loket Gezond Leven) zijn ingedeeld bij ouders die zelf om steun vragen.",
      reasonEn:
        "Inferred: parents who find their child's behaviour problematic and therefore want training in parenting skills (Loket Gezond Leven) are classed as parents who ask for support themselves.",
      sourceUrl: LGL_URL,
    },
    {
      path: "availabilityNl",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de Nederlandse erkenning (2018): het NJi beoordeelt alleen interventies die in Nederland worden uitgevoerd; de actuele beschikbaarheid is niet gevonden in de geraadpleegde bronnen.",
      reasonEn:
        "Inferred from the Dutch recognition (2018): NJi assesses only interventions carried out in the Netherlands; current availability was not found in the sources consulted.",
      sourceUrl: NJI_PROCEDURE_URL,
    },
  ],
};
