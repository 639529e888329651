import type { CuratedIntervention } from "../types";
import { D_WITH_NS_NOTE, HOMVEE_VIPP_SD_URL, NJI_COMMITTEE } from "./common";

const NCJ_ITEM_URL = "https://www.ncj.nl/producten-diensten/interventies/jgz-interventiebibliotheek/details1/?item=231";

export const vippSd: CuratedIntervention = {
  slug: "vipp-sd",
  nameNl: "VIPP-SD",
  nameEn: "VIPP-SD",
  summaryNl:
    "Programma met huisbezoeken en video-feedback voor gezinnen met kinderen van 1 tot en met 6 jaar die een verhoogd risico hebben op gedragsproblemen.",
  summaryEn:
    "Home-visiting programme with video feedback for families with children aged 1–6 who are at increased risk of behaviour problems.",
  descriptionNl:
    "VIPP-SD komt uit Leiden. Tijdens de huisbezoeken krijgen ouders feedback op video-opnames van momenten met hun kind. " +
    "Er is ook een versie zonder SD (VIPP) voor baby's van 6 tot 12 maanden (vipp-sd-international.org/vipp-sd-1). " +
    "De Amerikaanse databank HomVEE beoordeelde alleen onderzoek bij kinderen van 1 tot en met 5 jaar; volgens HomVEE is het model bedoeld voor kinderen van 1 tot en met 7 jaar. " +
    "De Nederlandse richtlijn 'Problematische gehechtheid' (richtlijnenjeugdhulp.nl) noemt VIPP-SD 'bewezen effectief'.",
  descriptionEn:
    "VIPP-SD was developed in Leiden. During home visits, parents receive feedback on video recordings of moments with their child. " +
    "There is also a version without SD (VIPP) for infants aged 6–12 months (vipp-sd-international.org/vipp-sd-1). " +
    "The US clearinghouse HomVEE reviewed only research with children aged 1–5; according to HomVEE the model serves children aged 1–7. " +
    "The Dutch guideline 'Problematische gehechtheid' (problematic attachment, richtlijnenjeugdhulp.nl) calls VIPP-SD 'bewezen effectief' (proven effective).",
  intensityNl:
    "7 huisbezoeken van ongeveer 2 uur (ontwikkelaar). HomVEE: 6–7 bezoeken, 1 à 2 per maand, elk ongeveer 2 uur. In het onderzoek van Van Zeijl e.a. (2006): zes sessies van 1,5 uur.",
  intensityEn:
    "7 home visits of about 2 hours (developer). HomVEE: 6–7 visits, 1–2 per month, about 2 hours each. In Van Zeijl et al. (2006): six 1.5-hour sessions.",
  sessionsMin: 6,
  sessionsMax: 7,
  availabilityNl: "AVAILABLE",
  availabilityNote:
    "Ontwikkeld in Leiden; opgenomen in de JGZ-interventiebibliotheek van het NCJ en 'bewezen effectief' volgens de richtlijn 'Problematische gehechtheid' (richtlijnenjeugdhulp.nl).",
  website: "https://www.vipp-sd-international.org",
  deliveryModes: ["home-visits", "video-feedback"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 12,
      ageMaxMonths: 83,
      descriptionNl:
        "Gezinnen met kinderen van 1 tot en met 6 jaar met een verhoogd risico op gedragsproblemen (ontwikkelaar). De JGZ-interventiebibliotheek van het NCJ noemt verzorgers met problemen in sensitief opvoeden of grenzen stellen, bij kinderen van 0 tot 6 jaar met (een verhoogd risico op) externaliserende problemen. HomVEE beoordeelde alleen 1 tot en met 5 jaar.",
      descriptionEn:
        "Families with children aged 1–6 at increased risk of behaviour problems (developer). NCJ's youth-health intervention library names carers with problems in sensitive parenting or limit-setting, with children aged 0–6 with (a raised risk of) externalising problems. HomVEE reviewed only ages 1–5.",
      riskFactors: ["child-behaviour-problems"],
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "STERKE_AANWIJZINGEN",
      decidedBy: NJI_COMMITTEE,
      justification:
        "Volgens de JGZ-interventiebibliotheek van het NCJ (item gedateerd 27 januari 2017) is VIPP-SD erkend als 'Effectief volgens sterke aanwijzingen'; de ontwikkelaar meldt hetzelfde (https://www.vipp-sd-international.org/onderzoek). " +
        "Niet gevonden op nji.nl. De datum van het besluit en de deelcommissie zijn niet gevonden in de geraadpleegde bronnen; daarom is geen besluitdatum opgeslagen.",
      sourceUrl: NCJ_ITEM_URL,
      verified: false,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "homvee",
      level: "Meets HHS criteria for an evidence-based model",
      levelAsWritten: "Meets HHS Criteria",
      reviewedOn: "2023",
      url: HOMVEE_VIPP_SD_URL,
      verified: true,
      note: "Onderzoeksrapport laatst bijgewerkt in 2023. Gunstige domeinen: child development and school readiness; positive parenting practices. HomVEE beoordeelde alleen onderzoek bij kinderen van 1 tot en met 5 jaar (het model is voor 1 tot en met 7 jaar).",
    },
  ],
  studies: [
    {
      key: "van-ijzendoorn-2022-dev-psychopathol",
      citation: "van IJzendoorn, M. H. et al. (2022). Development and Psychopathology.",
      doi: "10.1017/S0954579421001462",
      year: 2022,
      design: "META_ANALYSIS",
      studiesCount: 25,
      summary:
        "Meta-analyse van 25 gerandomiseerde onderzoeken naar VIPP(-SD) met meer dan 2.000 ouders. Gecombineerde effecten op opvoedgedrag, opvoedattitudes, gehechtheidsveiligheid en externaliserend gedrag, volgens de samenvatting op tiltakshandboka.no. Betrouwbaarheidsintervallen niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [
        {
          outcome: "positive-parenting",
          outcomeLabel: "parenting behaviour",
          measure: "COR",
          inputForm: "REPORTED",
          inputs: { estimate: 0.18 },
          reportedEstimate: 0.18,
          reportedText: "combined r = .18 (parenting behaviour)",
          higherIsBetter: true,
          verified: true,
          note: "Bron: samenvatting op tiltakshandboka.no. Betrouwbaarheidsinterval niet gevonden in de geraadpleegde bronnen. Een positieve r is gelezen als in het voordeel van VIPP(-SD).",
        },
        {
          outcome: "parenting-attitudes",
          outcomeLabel: "parenting attitudes",
          measure: "COR",
          inputForm: "REPORTED",
          inputs: { estimate: 0.16 },
          reportedEstimate: 0.16,
          reportedText: "combined r = .16 (attitudes)",
          higherIsBetter: true,
          verified: true,
          note: "Bron: samenvatting op tiltakshandboka.no. Betrouwbaarheidsinterval niet gevonden in de geraadpleegde bronnen. Een positieve r is gelezen als in het voordeel van VIPP(-SD).",
        },
        {
          outcome: "attachment-security",
          outcomeLabel: "attachment security",
          measure: "COR",
          inputForm: "REPORTED",
          inputs: { estimate: 0.23 },
          reportedEstimate: 0.23,
          reportedText: "combined r = .23 (attachment security)",
          higherIsBetter: true,
          verified: true,
          note: "Bron: samenvatting op tiltakshandboka.no. Betrouwbaarheidsinterval niet gevonden in de geraadpleegde bronnen. Een positieve r is gelezen als in het voordeel van VIPP(-SD).",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "externalising",
          measure: "COR",
          inputForm: "REPORTED",
          inputs: { estimate: 0.07 },
          reportedEstimate: 0.07,
          reportedText: "combined r = .07 (externalising; not substantial)",
          higherIsBetter: true,
          verified: true,
          note: "Bron: samenvatting op tiltakshandboka.no. De gecombineerde effecten worden als positieve waarden in het voordeel van de interventie gerapporteerd; een positieve r is daarom gelezen als minder externaliserend gedrag (higherIsBetter = waar), hoewel de uitkomst een probleemscore is. Controleer het artikel.",
        },
      ],
    },
    {
      key: "juffer-2017a-vipp",
      citation:
        "Juffer, F. et al. (2017a). Meta-analyse van VIPP-onderzoek, zoals aangehaald door de ontwikkelaar (vipp-sd-international.org).",
      year: 2017,
      design: "META_ANALYSIS",
      studiesCount: 12,
      sampleSize: 1116,
      summary:
        "12 onderzoeken met 1.116 verzorgers; significante toename van sensitiviteit. De effectgrootte is niet gevonden in de geraadpleegde bronnen. Alleen bekend via de website van de ontwikkelaar.",
      verified: false,
      effects: [
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "sensitivity",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "significant increase in sensitivity (effect size not found in the sources consulted)",
          higherIsBetter: true,
          verified: false,
          note: "Alleen vermeld door de ontwikkelaar (vipp-sd-international.org); niet gecontroleerd in de meta-analyse zelf. Geen getal opgeslagen.",
        },
      ],
    },
    {
      key: "van-zeijl-2006-jccp",
      citation: "Van Zeijl, J. et al. (2006). Journal of Consulting and Clinical Psychology 74(6):994–1005.",
      year: 2006,
      design: "RCT",
      sampleSize: 237,
      summary:
        "Gerandomiseerd onderzoek met kinderen van 1 tot 3 jaar die boven het 75e percentiel scoorden op externaliserend gedrag (CBCL). Verbeterde sensitieve disciplinering; de effectgrootte staat niet in de samenvatting en is niet gevonden in de geraadpleegde bronnen. HomVEE beoordeelde dit onderzoek als 'High'. In dit onderzoek: zes sessies van 1,5 uur.",
      verified: true,
      effects: [
        {
          outcome: "positive-parenting",
          outcomeLabel: "sensitive discipline",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "improved sensitive discipline (effect size not found in the sources consulted)",
          higherIsBetter: true,
          verified: true,
          note: "Geen getal opgeslagen: de samenvatting geeft geen statistieken. Sensitieve disciplinering is ingedeeld bij positief opvoedgedrag.",
        },
      ],
    },
    {
      key: "alsancak-akbulut-2021-attach-hum-dev",
      citation: "Alsancak-Akbulut, Şahin Acar & Sümer (2021). Attachment & Human Development 23(6):795–813.",
      doi: "10.1080/14616734.2020.1753085",
      url: "https://doi.org/10.1080/14616734.2020.1753085",
      year: 2021,
      design: "RCT",
      country: "TR",
      summary:
        "Gerandomiseerd onderzoek van VIPP-SD in Turkije: 40 gezinnen in de VIPP-SD-groep en 28 in de controlegroep (ingeschreven). Globale sensitiviteit: d = 0,51, p = .016. Cijfers zoals weergegeven in AVESIS van de Middle East Technical University (avesis.metu.edu.tr, publicatie 2833184a-fdff-4b7e-8190-ed47f985c163). Andere Turkse VIPP-SD-publicaties delen waarschijnlijk deelnemers met dit onderzoek; alleen dit artikel is opgenomen.",
      verified: true,
      effects: [
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "global sensitivity",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.51, n1: 40, n2: 28 },
          reportedEstimate: 0.51,
          reportedText: "global sensitivity d = 0.51, p = .016 (40 VIPP-SD / 28 control, enrolled)",
          higherIsBetter: true,
          verified: true,
          note: `Positieve d = meer sensitiviteit in de VIPP-SD-groep. De groepsgroottes zijn ingeschreven aantallen; de geanalyseerde aantallen kunnen kleiner zijn. ${D_WITH_NS_NOTE}`,
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep en de versie zonder SD: vipp-sd-international.org/vipp-sd-1. Dosering: ontwikkelaar (7 bezoeken van ongeveer 2 uur); HomVEE (" +
    HOMVEE_VIPP_SD_URL +
    "; 6–7 bezoeken, 1 à 2 per maand, ongeveer 2 uur; rapport laatst bijgewerkt 2023); Van Zeijl e.a. 2006 (zes sessies van 1,5 uur). " +
    "Nederlandse erkenning 'Effectief volgens sterke aanwijzingen': alleen gevonden bij het NCJ (" +
    NCJ_ITEM_URL +
    ", item gedateerd 27 januari 2017) en de ontwikkelaar (https://www.vipp-sd-international.org/onderzoek), niet op nji.nl; daarom als niet geverifieerd opgeslagen. " +
    "Richtlijn 'Problematische gehechtheid' ('bewezen effectief'): richtlijnenjeugdhulp.nl. Een beoordeling door CEBC of Blueprints is niet gevonden in de geraadpleegde bronnen.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: gezinnen met een verhoogd risico op gedragsproblemen (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: families at increased risk of behaviour problems (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: gezinnen met een verhoogd risico op gedragsproblemen en problemen met sensitief opvoeden of grenzen stellen zijn ingedeeld bij gezinnen met risicofactoren; geen bron koppelt VIPP-SD aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: families at increased risk of behaviour problems with problems in sensitive parenting or limit-setting are classed as families with risk factors; no source links VIPP-SD to a target group of Health Council advice 2018/11.",
    },
    {
      path: "availabilityNl",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de opname in de JGZ-interventiebibliotheek van het NCJ en de richtlijn 'Problematische gehechtheid'; de actuele beschikbaarheid is niet gevonden in de geraadpleegde bronnen.",
      reasonEn:
        "Inferred from its listing in NCJ's youth-health intervention library and the guideline 'Problematische gehechtheid'; current availability was not found in the sources consulted.",
    },
  ],
};
