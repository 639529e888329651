import type { CuratedIntervention } from "../types";
import { D_WITH_NS_NOTE, DEELCOMMISSIE_JEUGDZORG, NJI_PROCEDURE_URL } from "./common";

const NJI_URL =
  "https://www.nji.nl/nl/Databank/Databank-Effectieve-Jeugdinterventies/Erkende-interventies/Incredible-Years";
const EIF_URL = "https://guidebook.eif.org.uk/programme/incredible-years-preschool";
const HUTCHINGS_URL = "https://pmc.ncbi.nlm.nih.gov/articles/PMC1839187";
const SCOTT_URL = "https://pmc.ncbi.nlm.nih.gov/articles/PMC35270";

export const incredibleYearsPreschool: CuratedIntervention = {
  slug: "incredible-years-preschool",
  nameNl: "Incredible Years Preschool BASIC (oudercursus)",
  nameEn: "Incredible Years Preschool BASIC (parent programme)",
  summaryNl:
    "Groepscursus voor ouders die zich zorgen maken over het gedrag van hun kind van 3 tot en met 6 jaar. Er zijn 18 tot 20 wekelijkse bijeenkomsten van 2 uur, met groepen van maximaal 12 ouders.",
  summaryEn:
    "Group programme for parents concerned about the behaviour of their child aged 3–6. There are 18–20 weekly 2-hour sessions with groups of up to 12.",
  descriptionNl:
    "De cursus wordt gegeven door twee getrainde begeleiders (Brits kwalificatieniveau QCF-7/8). In het onderzoek dat Foundations beoordeelde, waren de kinderen 2 tot en met 9 jaar. " +
    "In Nederland is Incredible Years op 8 november 2019 erkend als 'Effectief volgens sterke aanwijzingen' (NJi), voor ouders van kinderen van 3 tot en met 8 jaar met ODD/CD of ernstige gedragsproblemen.",
  descriptionEn:
    "The programme is run by two trained facilitators (UK qualification level QCF-7/8). In the research reviewed by Foundations the children were aged 2–9. " +
    "In the Netherlands, Incredible Years was recognised on 8 November 2019 as 'Effectief volgens sterke aanwijzingen' (effective according to strong evidence, NJi), for parents of children aged 3–8 with ODD/CD or serious behaviour problems.",
  providerNl: "Twee getrainde groepsbegeleiders (QCF-niveau 7/8)",
  providerEn: "Two trained facilitators (QCF level 7/8)",
  intensityNl: "18–20 wekelijkse groepsbijeenkomsten van 2 uur; groepen van maximaal 12.",
  intensityEn: "18–20 weekly 2-hour group sessions; groups of up to 12.",
  sessionsMin: 18,
  sessionsMax: 20,
  availabilityNl: "AVAILABLE",
  availabilityNote: "In 2019 in Nederland erkend door het NJi.",
  deliveryModes: ["group-course"],
  targetGroups: [
    {
      preventionLevel: "INDICATED",
      ageMinMonths: 36,
      ageMaxMonths: 83,
      descriptionNl:
        "Ouders die zich zorgen maken over het gedrag van hun kind van 3 tot en met 6 jaar (Early Intervention Foundation). Zoals onderzocht (Foundations): 2 tot en met 9 jaar.",
      descriptionEn:
        "Parents concerned about the behaviour of a child aged 3–6 (Early Intervention Foundation). As evaluated (Foundations): 2–9.",
      riskFactors: ["child-behaviour-problems"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
    {
      preventionLevel: "INDICATED",
      ageMinMonths: 36,
      ageMaxMonths: 107,
      descriptionNl:
        "Nederlandse erkenning: ouders van kinderen van 3 tot en met 8 jaar met ODD/CD of ernstige gedragsproblemen (NJi-interventiebeschrijving, Matthys, oktober 2019). De NJi-pagina noemt 3 tot en met 7 jaar.",
      descriptionEn:
        "Dutch recognition: parents of children aged 3–8 with ODD/CD or serious behaviour problems (NJi description, Matthys, October 2019). The NJi page gives ages 3–7.",
      riskFactors: ["child-behaviour-problems"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "STERKE_AANWIJZINGEN",
      decidedOn: "2019-11-08",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "NJi Databank Effectieve Jeugdinterventies: 'Erkend als: Effectief volgens sterke aanwijzingen', 8 november 2019, Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie. " +
        "Doelgroep volgens de NJi-interventiebeschrijving (Matthys, oktober 2019, via fdocuments.nl): ouders van kinderen van 3 tot en met 8 jaar met ODD/CD of ernstige gedragsproblemen.",
      sourceUrl: NJI_URL,
      verified: true,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "eif",
      level: "Evidence 4",
      reviewedOn: "2016-07",
      url: EIF_URL,
      verified: true,
      note: "Kosten: 2 (£100–499). Beoordeling 'Foundations for Life', juli 2016.",
    },
  ],
  studies: [
    {
      key: "menting-2013-clin-psychol-rev",
      citation: "Menting, A. T. A., Orobio de Castro, B. & Matthys, W. (2013). Clinical Psychology Review.",
      year: 2013,
      design: "META_ANALYSIS",
      studiesCount: 50,
      summary:
        "50 onderzoeken. Storend gedrag over alle informanten d = .27; volgens ouders: behandeling d = .50, geïndiceerde preventie d = .20, selectieve preventie d = .13. Waarden uit een kopie van het artikel op vdocuments.",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "disruptive behaviour, across informants",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: 0.27 },
          reportedEstimate: 0.27,
          reportedText: "disruptive behaviour d = .27 across informants",
          higherIsBetter: true,
          verified: true,
          note: "Een positieve d is gelezen als minder storend gedrag (in het voordeel van Incredible Years). Bron: kopie op vdocuments.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "disruptive behaviour, parent report, treatment studies",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: 0.5 },
          reportedEstimate: 0.5,
          reportedText: "parent report: treatment d = .50",
          higherIsBetter: true,
          verified: true,
          note: "Een positieve d is gelezen als minder storend gedrag (in het voordeel van Incredible Years). Bron: kopie op vdocuments.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "disruptive behaviour, parent report, indicated prevention",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: 0.2 },
          reportedEstimate: 0.2,
          reportedText: "parent report: indicated d = .20",
          higherIsBetter: true,
          verified: true,
          note: "Een positieve d is gelezen als minder storend gedrag (in het voordeel van Incredible Years). Bron: kopie op vdocuments.",
        },
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "disruptive behaviour, parent report, selective prevention",
          measure: "SMD",
          inputForm: "REPORTED",
          inputs: { estimate: 0.13 },
          reportedEstimate: 0.13,
          reportedText: "parent report: selective d = .13",
          higherIsBetter: true,
          verified: true,
          note: "Een positieve d is gelezen als minder storend gedrag (in het voordeel van Incredible Years). Bron: kopie op vdocuments.",
        },
      ],
    },
    {
      key: "hutchings-2007-bmj",
      citation: "Hutchings, J. et al. (2007). BMJ 334:678.",
      doi: "10.1136/bmj.39126.620799.55",
      url: HUTCHINGS_URL,
      year: 2007,
      design: "RCT",
      country: "UK",
      summary:
        "Gerandomiseerd onderzoek (2:1) in Wales: 104 gezinnen in de interventiegroep en 49 in de controlegroep; 20 gezinnen vielen uit, van wie 18 in de interventiegroep. " +
        "Probleemschaal van de Eyberg Child Behaviour Inventory (ECBI) na 6 maanden: verschil 4,4 (95%-BI 2,0 tot 6,9), effectgrootte 0,63.",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "ECBI problem scale at 6 months",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.63, n1: 104, n2: 49 },
          reportedEstimate: 0.63,
          reportedText:
            "ECBI problem scale at 6 months: mean difference 4.4 (95% CI 2.0 to 6.9), effect size 0.63; 104 intervention / 49 control randomised",
          higherIsBetter: true,
          sourceUrl: HUTCHINGS_URL,
          verified: true,
          note: `De bron rapporteert het effect als verbetering (minder gedragsproblemen) in de interventiegroep; daarom higherIsBetter = waar, hoewel minder problemen beter is. De groepsgroottes zijn gerandomiseerde aantallen; 20 gezinnen vielen uit (18 in de interventiegroep). ${D_WITH_NS_NOTE}`,
        },
      ],
    },
    {
      key: "mcgilloway-2012-jccp",
      citation: "McGilloway, S. et al. (2012). Journal of Consulting and Clinical Psychology 80(1):116–127.",
      doi: "10.1037/a0026304",
      url: "https://doi.org/10.1037/a0026304",
      year: 2012,
      design: "RCT",
      country: "IE",
      summary:
        "Gerandomiseerd onderzoek (2:1) in Ierland: 103 gezinnen in de interventiegroep en 46 in de controlegroep (gerandomiseerd). ECBI-probleemschaal na 6 maanden: effectgrootte 0,75 (intensiteitsschaal 0,7), p < .001. Cijfers zoals weergegeven op sparrho.com (item 63d67f).",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "ECBI problem scale at 6 months",
          measure: "SMD",
          inputForm: "COHENS_D",
          inputs: { d: 0.75, n1: 103, n2: 46 },
          reportedEstimate: 0.75,
          reportedText:
            "ECBI problem effect size 0.75 (intensity 0.7), p < .001, at 6 months; 103 intervention / 46 control randomised",
          higherIsBetter: true,
          verified: true,
          note: `Bron: samenvatting op sparrho.com (item 63d67f). De bron rapporteert het effect als verbetering in de interventiegroep; daarom higherIsBetter = waar. De groepsgroottes zijn gerandomiseerde aantallen; de geanalyseerde aantallen kunnen kleiner zijn. ${D_WITH_NS_NOTE}`,
        },
      ],
    },
    {
      key: "scott-2001-bmj",
      citation:
        "Scott, S. et al. (2001). Multicentre controlled trial of parenting groups for childhood antisocial behaviour in clinical practice. BMJ 323(7306):194.",
      doi: "10.1136/bmj.323.7306.194",
      url: SCOTT_URL,
      year: 2001,
      design: "QUASI_EXPERIMENTAL",
      country: "UK",
      summary:
        "Gecontroleerd onderzoek van de basisoudercursus (Webster-Stratton) in vier Britse GGZ-instellingen voor kinderen en jongeren, met toewijzing op verwijsdatum (quasi-gerandomiseerd). 90 kinderen toegewezen aan de oudergroepen en 51 aan de wachtlijst; 31 vielen uit. " +
        "Effect op antisociaal gedrag bij de kinderen die het onderzoek afmaakten: 1,06 SD (95%-BI 0,71 tot 1,41).",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "antisocial behaviour (completers)",
          measure: "SMD",
          inputForm: "ESTIMATE_CI",
          inputs: { estimate: 1.06, ciLower: 0.71, ciUpper: 1.41 },
          reportedEstimate: 1.06,
          reportedCiLower: 0.71,
          reportedCiUpper: 1.41,
          reportedText:
            "effect size between groups 1.06 SD (95% CI 0.71 to 1.41); 90 allocated to parenting groups / 51 waiting list, 31 lost to follow-up",
          higherIsBetter: true,
          sourceUrl: SCOTT_URL,
          verified: true,
          note: "Quasi-gerandomiseerd (toewijzing op verwijsdatum) en alleen de kinderen die het onderzoek afmaakten zijn geanalyseerd; daardoor kan het effect te gunstig zijn. De bron rapporteert het effect als afname van antisociaal gedrag; daarom higherIsBetter = waar.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep, dosering en begeleiders: Early Intervention Foundation " +
    EIF_URL +
    " en Foundations (foundations.org.uk, pagina over Incredible Years Preschool: gepubliceerd april 2025, laatst beoordeeld juli 2016; de beoordeling zelf is daar niet vastgelegd en staat daarom niet als beoordeling opgenomen). " +
    "Nederlandse erkenning: " +
    NJI_URL +
    " en de NJi-interventiebeschrijving (Matthys, oktober 2019, via fdocuments.nl). De PSC heeft het programma op de lijst voor een latere beoordeling staan; een beoordeling is niet gevonden. " +
    "Onderzoek: Menting e.a. 2013 (kopie op vdocuments); Hutchings e.a. 2007 (" +
    HUTCHINGS_URL +
    "); McGilloway e.a. 2012 (sparrho.com, item 63d67f); Scott e.a. 2001 (" +
    SCOTT_URL +
    ").",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders die zich zorgen maken over het gedrag van hun kind (geïndiceerde preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents concerned about their child's behaviour (indicated prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: ouders die zich zorgen maken over het gedrag van hun kind zijn ingedeeld bij ouders die zelf om steun vragen; geen bron koppelt het programma aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: parents concerned about their child's behaviour are classed as parents who ask for support themselves; no source links the programme to a target group of Health Council advice 2018/11.",
    },
    {
      path: "targetGroups.1.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: kinderen met ODD/CD of ernstige gedragsproblemen (geïndiceerde preventie tot zorg); de bron noemt geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: children with ODD/CD or serious behaviour problems (indicated prevention to care); the source does not state a prevention level.",
    },
    {
      path: "targetGroups.1.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: ouders van kinderen met ernstige gedragsproblemen die hulp zoeken zijn ingedeeld bij ouders die zelf om steun vragen; de bron koppelt het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: parents of children with serious behaviour problems who seek help are classed as parents who ask for support themselves; the source does not link the programme to a target group of Health Council advice 2018/11.",
    },
    {
      path: "availabilityNl",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de Nederlandse erkenning (2019): het NJi beoordeelt alleen interventies die in Nederland worden uitgevoerd; de actuele beschikbaarheid is niet gevonden in de geraadpleegde bronnen.",
      reasonEn:
        "Inferred from the Dutch recognition (2019): NJi assesses only interventions carried out in the Netherlands; current availability was not found in the sources consulted.",
      sourceUrl: NJI_PROCEDURE_URL,
    },
  ],
};
