import type { CuratedIntervention } from "../types";
import { D_WITH_NS_NOTE, HOMVEE_VIPP_SD_URL } from "./common";

const JUFFER_2005_URL =
  "https://research.vu.nl/en/publications/the-importance-of-parenting-in-the-development-of-disorganized-at";
const RAYCE_2017_TABLE_URL = "https://pmc.ncbi.nlm.nih.gov/articles/PMC5770968/table/T5";

export const vipp: CuratedIntervention = {
  slug: "vipp",
  nameNl: "VIPP (babyversie)",
  nameEn: "VIPP (infant version)",
  summaryNl:
    "Versie van VIPP (zonder SD) voor moeders met een risico op een onveilige gehechtheid bij hun baby van 7 tot 10 maanden, met 4 tot 6 huisbezoeken met video-feedback.",
  summaryEn:
    "Version of VIPP (without SD) for mothers at risk of insecure attachment with their infant aged 7–10 months, delivered in 4–6 home visits with video feedback.",
  descriptionNl:
    "VIPP is de babyversie van VIPP-SD. De ontwikkelaar noemt voor de versie zonder SD de leeftijd 6 tot 12 maanden (vipp-sd-international.org/vipp-sd-1); in het onderzoek van Klein Velderman waren de baby's 7 tot 10 maanden. " +
    "Gerandomiseerd onderzoek bij adoptiegezinnen (Juffer e.a. 2005) en bij moeders van een eerste kind (Klein Velderman e.a. 2006) vond meer sensitiviteit bij de moeders.",
  descriptionEn:
    "VIPP is the infant version of VIPP-SD. The developer gives 6–12 months as the age for the version without SD (vipp-sd-international.org/vipp-sd-1); in Klein Velderman's study the infants were 7–10 months old. " +
    "Randomised trials with adoptive families (Juffer et al. 2005) and first-time mothers (Klein Velderman et al. 2006) found more maternal sensitivity.",
  intensityNl: "4–6 huisbezoeken met video-feedback.",
  intensityEn: "4–6 home visits with video feedback.",
  sessionsMin: 4,
  sessionsMax: 6,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["home-visits", "video-feedback"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 7,
      ageMaxMonths: 10,
      descriptionNl:
        "Moeders met een risico op een onveilige gehechtheid; baby's van 7 tot 10 maanden (nieuwsbericht over het proefschrift van Klein Velderman, 2005). De ontwikkelaar noemt 6 tot 12 maanden.",
      descriptionEn:
        "Mothers at risk of insecure attachment; infants aged 7–10 months (news item on Klein Velderman's thesis, 2005). The developer gives 6–12 months.",
      riskFactors: ["insecure-attachment-risk"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "homvee",
      level: "Meets HHS criteria for an evidence-based model",
      levelAsWritten: "Meets HHS Criteria",
      reviewedOn: "2023",
      url: HOMVEE_VIPP_SD_URL,
      verified: true,
      note: "Beoordeeld als onderdeel van het HomVEE-rapport over VIPP-SD (laatst bijgewerkt in 2023).",
    },
  ],
  studies: [
    {
      key: "juffer-2005-jcpp",
      citation:
        "Juffer, F., Bakermans-Kranenburg, M. J. & van IJzendoorn, M. H. (2005). The importance of parenting in the development of disorganized attachment: evidence from a preventive intervention study in adoptive families. Journal of Child Psychology and Psychiatry 46(3):263–274.",
      doi: "10.1111/j.1469-7610.2004.00353.x",
      url: JUFFER_2005_URL,
      year: 2005,
      design: "RCT",
      country: "NL",
      summary:
        "Gerandomiseerd onderzoek bij adoptiegezinnen met drie groepen: video-feedback (VIPP) plus een persoonlijk boek, alleen het boek, en een controlegroep. VIPP + boek tegen controle: sensitieve responsiviteit van de moeder d = .65; minder kinderen met een gedesorganiseerde gehechtheid op 12 maanden, d = .46. " +
        "De groep met alleen het boek (30 gezinnen) is weggelaten. Groepsgroottes (50 / 50) komen uit een nieuwsbericht, niet uit het artikel.",
      verified: true,
      effects: [
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "maternal sensitive responsiveness",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.65, n1: 50, n2: 50 },
          reportedEstimate: 0.65,
          reportedText:
            "The intervention with video feedback and the personal book resulted in enhanced maternal sensitive responsiveness (d = .65); VIPP + book 50 / control 50",
          higherIsBetter: true,
          sourceUrl: JUFFER_2005_URL,
          verified: true,
          note: `Groepsgroottes 50 / 50 uit een nieuwsbericht (andere bron dan het effect); de geanalyseerde aantallen kunnen afwijken. ${D_WITH_NS_NOTE}`,
        },
        {
          outcome: "attachment-security",
          outcomeLabel: "disorganized attachment classification at 12 months",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.46, n1: 50, n2: 50 },
          reportedEstimate: 0.46,
          reportedText:
            "Children of mothers who received this intervention were less likely to be classified as disorganized attached at the age of 12 months (d = .46); VIPP + book 50 / control 50",
          higherIsBetter: true,
          sourceUrl: JUFFER_2005_URL,
          verified: true,
          note: `Minder gedesorganiseerde gehechtheid is beter. De bron rapporteert d = .46 als winst voor de interventiegroep (minder gedesorganiseerd), daarom higherIsBetter = waar; ingedeeld bij gehechtheidsveiligheid. Groepsgroottes 50 / 50 uit een nieuwsbericht. ${D_WITH_NS_NOTE}`,
        },
      ],
    },
    {
      key: "klein-velderman-2006-j-fam-psychol",
      citation: "Klein Velderman, M. et al. (2006). Journal of Family Psychology 20(2):266–274.",
      doi: "10.1037/0893-3200.20.2.266",
      url: "https://doi.org/10.1037/0893-3200.20.2.266",
      year: 2006,
      design: "RCT",
      country: "NL",
      sampleSize: 81,
      summary:
        "Gerandomiseerd onderzoek bij 81 moeders van een eerste kind: VIPP en VIPP-R samen (54) tegen controle (27). Sensitiviteit bij kinderen van 11–13 maanden: d 0,48 (95%-BI 0,02 tot 0,95). " +
        "Overgenomen uit Rayce e.a. 2017, BMJ Open, tabel 5 (secundaire bron, " +
        RAYCE_2017_TABLE_URL +
        "). Waarschijnlijk hetzelfde onderzoek als het proefschrift van Klein Velderman (2005).",
      verified: false,
      effects: [
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "maternal sensitivity (child 11–13 months)",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 0.48, ciLower: 0.02, ciUpper: 0.95 },
          reportedEstimate: 0.48,
          reportedCiLower: 0.02,
          reportedCiUpper: 0.95,
          reportedText: "d 0.48 (95% CI 0.02; 0.95), child 11–13 months; VIPP and VIPP-R pooled (54) vs control (27)",
          sampleSize: 81,
          higherIsBetter: true,
          sourceUrl: RAYCE_2017_TABLE_URL,
          verified: false,
          note: "Secundaire bron: Rayce e.a. 2017, BMJ Open, tabel 5; niet gecontroleerd in het artikel zelf. Positieve d = meer sensitiviteit in de VIPP-groepen.",
        },
      ],
    },
    {
      key: "klein-velderman-2005-vipp",
      citation:
        "Klein Velderman, M. (2005). Proefschrift over VIPP, zoals beschreven in een nieuwsbericht op opennieuwsbank.nl (2005).",
      year: 2005,
      design: "RCT",
      country: "NL",
      summary:
        "Gerandomiseerd onderzoek met meer dan 80 moeders: de moeders werden sensitiever en de kinderen hadden op kleuterleeftijd minder externaliserende problemen (effectgroottes niet gevonden in de geraadpleegde bronnen). Alleen bekend via een nieuwsbericht over het proefschrift. " +
        "Het sensitiviteitsresultaat staat hier niet apart: dat is waarschijnlijk hetzelfde onderzoek als Klein Velderman e.a. 2006.",
      verified: false,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "externalising problems at kindergarten age",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "fewer externalising problems at kindergarten age (effect size not found in the sources consulted)",
          higherIsBetter: false,
          verified: false,
          note: "Proefschrift, bekend via een nieuwsbericht (opennieuwsbank.nl, 2005); niet gecontroleerd in het proefschrift zelf. Geen getal opgeslagen; minder problemen is beter.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep (baby's van 7 tot 10 maanden) en het proefschriftonderzoek: nieuwsbericht over het proefschrift van Klein Velderman, opennieuwsbank.nl (2005), niet geverifieerd in het proefschrift zelf. " +
    "Versie zonder SD voor 6 tot 12 maanden: vipp-sd-international.org/vipp-sd-1. HomVEE: " +
    HOMVEE_VIPP_SD_URL +
    ". Juffer e.a. 2005: " +
    JUFFER_2005_URL +
    ". Klein Velderman e.a. 2006: Rayce e.a. 2017, BMJ Open, tabel 5 (" +
    RAYCE_2017_TABLE_URL +
    "). Een Nederlandse beoordeling van VIPP is niet gevonden in de geraadpleegde bronnen.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: moeders met een risico op een onveilige gehechtheid (selectieve preventie); de bron noemt geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: mothers at risk of insecure attachment (selective prevention); the source does not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: een risico op een onveilige gehechtheid is ingedeeld bij gezinnen met risicofactoren; geen bron koppelt VIPP aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: a risk of insecure attachment is classed as a risk factor; no source links VIPP to a target group of Health Council advice 2018/11.",
    },
  ],
};
