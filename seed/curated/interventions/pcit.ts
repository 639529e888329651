import type { CuratedIntervention } from "../types";
import { DEELCOMMISSIE_JEUGDZORG, NJI_COMMITTEE } from "./common";

const NJI_URL = "https://www.nji.nl/interventies/parent-child-interaction-therapy-pcit";
const PSC_URL = "https://preventionservices.acf.hhs.gov/programs/258/show";
const CHAFFIN_URL = "https://pubmed.ncbi.nlm.nih.gov/15279533/";

export const pcit: CuratedIntervention = {
  slug: "pcit",
  nameNl: "Parent-Child Interaction Therapy (PCIT)",
  nameEn: "Parent-Child Interaction Therapy (PCIT)",
  summaryNl:
    "Ouder-kindtherapie voor kinderen van 2 tot en met 7 jaar met (ernstige) gedragsproblemen en hun ouders. De therapeut coacht de ouder live via een oortje, vanachter een one-way screen.",
  summaryEn:
    "Parent-child therapy for children aged 2–7 with (serious) behaviour problems and their parents. The therapist coaches the parent live through an earpiece from behind a one-way screen.",
  descriptionNl:
    "Ouders gaan pas door naar de volgende stap als ze bepaalde vaardigheden beheersen. Volgens de Amerikaanse Prevention Services Clearinghouse zijn er 12 tot 20 sessies van een uur; in Nederland duurt de behandeling gemiddeld 20 weken. " +
    "PCIT wordt ook ingezet bij pleeggezinnen en bij gezinnen waar lichamelijke mishandeling speelt. Op de huidige NJi-pagina is de doelgroep verbreed en gaat het om kinderen van 2 tot en met 6 jaar.",
  descriptionEn:
    "Progress is mastery-based: parents move on once they master set skills. According to the US Prevention Services Clearinghouse there are 12–20 one-hour sessions; in the Netherlands treatment takes 20 weeks on average. " +
    "PCIT is also used with foster families and families with physical abuse. On the current NJi page the target group has been widened and covers ages 2 to 6 inclusive.",
  intensityNl: "12–20 sessies van een uur (PSC); in Nederland gemiddeld 20 weken.",
  intensityEn: "12–20 one-hour sessions (PSC); Netherlands average 20 weeks.",
  sessionsMin: 12,
  sessionsMax: 20,
  availabilityNl: "AVAILABLE",
  availabilityNote: "Uitgevoerd in Nederland (gemiddeld 20 weken, NJi) en erkend door het NJi.",
  deliveryModes: ["parent-child-therapy", "live-coaching"],
  targetGroups: [
    {
      preventionLevel: "CARE",
      ageMinMonths: 24,
      ageMaxMonths: 95,
      descriptionNl:
        "Kinderen van 2 tot en met 7 jaar met (ernstige) gedragsproblemen en hun ouders; ook pleeggezinnen. De huidige NJi-pagina noemt 2 tot en met 6 jaar en een verbrede doelgroep.",
      descriptionEn:
        "Children aged 2–7 with (serious) behaviour problems and their parents; also foster families. The current NJi page gives ages 2 to 6 inclusive and a widened target group.",
      riskFactors: ["child-behaviour-problems", "foster-care"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
    {
      preventionLevel: "CARE",
      ageMinMonths: 24,
      ageMaxMonths: 95,
      descriptionNl:
        "Gezinnen waar lichamelijke kindermishandeling speelt, met kinderen van 2 tot en met 7 jaar; doel is onder meer dat de mishandeling stopt. Chaffin e.a. (2004) onderzochten PCIT bij ouders die hun kind lichamelijk mishandelden.",
      descriptionEn:
        "Families with physical child abuse, with children aged 2–7; one aim is to stop the abuse. Chaffin et al. (2004) evaluated PCIT with physically abusive parents.",
      riskFactors: ["physical-abuse", "maltreatment-history"],
      adviceGroups: ["MALTREATMENT_OCCURS"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "EERSTE_AANWIJZINGEN",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "Een eerdere versie van de NJi-pagina vermeldde 'Erkend als: Effectief volgens eerste aanwijzingen' (leeftijd 2–7 jaar). De datum van dat besluit is niet gevonden in de geraadpleegde bronnen; daarom is geen besluitdatum opgeslagen.",
      sourceUrl: NJI_URL,
      verified: true,
    },
    {
      status: "IN_HERBEOORDELING",
      toLevel: "EERSTE_AANWIJZINGEN",
      decidedBy: NJI_COMMITTEE,
      justification:
        "Dezelfde eerdere versie van de NJi-pagina meldde dat de erkenning ouder was dan vijf jaar en opnieuw werd beoordeeld ('in herbeoordeling'). Datum niet gevonden in de geraadpleegde bronnen.",
      sourceUrl: NJI_URL,
      verified: true,
    },
    {
      status: "ERKEND",
      toLevel: "GOEDE_AANWIJZINGEN",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "Huidige NJi-pagina: 'Erkend als: Effectief volgens goede aanwijzingen', leeftijd 2 tot en met 6 jaar; volgens de toelichting is de doelgroep verbreed ten opzichte van de vorige indiening. Dit besluit volgt dus op het eerdere. Datum niet gevonden in de geraadpleegde bronnen.",
      sourceUrl: NJI_URL,
      verified: true,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "psc",
      level: "Well-supported",
      topic: "Mental Health",
      reviewedOn: "2020-02",
      url: PSC_URL,
      verified: true,
      note: "Onderzoek beoordeeld in februari 2020.",
    },
  ],
  studies: [
    {
      key: "helander-2024-child-psychiatry-hum-dev",
      citation: "Helander et al. (2024). Child Psychiatry & Human Development.",
      year: 2024,
      design: "META_ANALYSIS",
      studiesCount: 25,
      summary:
        "25 gerandomiseerde onderzoeken naar PCIT bij klinisch storend gedrag, kinderen van 2 tot 13 jaar. PCIT tegen wachtlijst: g = 1,22 (95%-BI 0,75–1,69), storend gedrag volgens ouders.",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "parent-rated disruptive behaviour (PCIT vs waitlist)",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 1.22, ciLower: 0.75, ciUpper: 1.69 },
          reportedEstimate: 1.22,
          reportedCiLower: 0.75,
          reportedCiUpper: 1.69,
          reportedText: "PCIT vs waitlist g = 1.22 (95% CI 0.75–1.69), parent-rated disruptive behaviour",
          higherIsBetter: true,
          verified: true,
          note: "Een positieve g is gelezen als minder storend gedrag dan bij de wachtlijst (in het voordeel van PCIT).",
        },
      ],
    },
    {
      key: "chaffin-2004-jccp",
      citation:
        "Chaffin, M. et al. (2004). Parent-child interaction therapy with physically abusive parents: efficacy for reducing future abuse reports. Journal of Consulting and Clinical Psychology 72(3):500–510.",
      doi: "10.1037/0022-006X.72.3.500",
      url: CHAFFIN_URL,
      year: 2004,
      design: "RCT",
      country: "US",
      summary:
        "Gerandomiseerd onderzoek met drie groepen bij ouders die hun kind lichamelijk mishandelden: PCIT, PCIT met extra diensten, en een gewone oudergroep in de wijk. Na een mediane follow-up van 850 dagen had 19% van de ouders in de PCIT-groep een nieuwe melding van lichamelijke mishandeling, tegen 49% in de gewone oudergroep. " +
        "De groep met extra diensten is weggelaten. De groepsgroottes (42 PCIT / 35 oudergroep) komen van CrimeSolutions (programma 171), een andere bron dan het resultaat.",
      verified: true,
      effects: [
        {
          outcome: "maltreatment",
          outcomeLabel: "re-report for physical abuse (median follow-up 850 days)",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "19% of parents assigned to PCIT had a re-report for physical abuse compared with 49% of parents assigned to the standard community group (median follow-up 850 days)",
          higherIsBetter: false,
          sourceUrl: CHAFFIN_URL,
          verified: true,
          note: "Percentages, mogelijk schattingen uit een overlevingsanalyse; de bron geeft geen aantallen, dus er is geen effectgrootte berekend. Groepsgroottes 42 (PCIT) / 35 (oudergroep) uit een andere bron (CrimeSolutions, programma 171). Minder nieuwe meldingen is beter.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep en uitvoering: PSC " +
    PSC_URL +
    " (12–20 sessies van een uur) en de NJi-pagina " +
    NJI_URL +
    " (gemiddeld 20 weken; 2 tot en met 6 jaar). " +
    "Beoordelingsgeschiedenis: een eerdere versie van de NJi-pagina vermeldde 'Effectief volgens eerste aanwijzingen' en 'in herbeoordeling'; de huidige pagina 'Effectief volgens goede aanwijzingen' met een verbrede doelgroep. De data van deze besluiten zijn niet gevonden in de geraadpleegde bronnen. " +
    "Een CEBC-beoordeling is niet gevonden in de geraadpleegde bronnen. Chaffin e.a. 2004: " +
    CHAFFIN_URL +
    ".",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: behandeling van kinderen met (ernstige) gedragsproblemen (zorg); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: treatment of children with (serious) behaviour problems (care); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: ouders die opvoedproblemen ervaren met een kind met gedragsproblemen en hulp zoeken, zijn ingedeeld bij ouders die zelf om steun vragen; de bronnen koppelen PCIT niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: parents who experience parenting problems with a child with behaviour problems and seek help are classed as parents who ask for support themselves; the sources do not link PCIT to a target group of Health Council advice 2018/11.",
    },
    {
      path: "targetGroups.1.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: gezinnen waar lichamelijke mishandeling speelt (zorg); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: families with physical abuse (care); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.1.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: gezinnen waar lichamelijke mishandeling speelt, met als doel dat die stopt (Chaffin e.a. 2004: minder nieuwe meldingen), zijn ingedeeld bij gezinnen waar mishandeling voorkomt.",
      reasonEn:
        "Inferred: families with physical abuse, where the aim is to stop it (Chaffin et al. 2004: fewer re-reports), are classed as families where maltreatment occurs.",
    },
  ],
};
