import type { CuratedIntervention } from "../types";

export const childParentPsychotherapy: CuratedIntervention = {
  slug: "child-parent-psychotherapy",
  nameNl: "Child-Parent Psychotherapy (CPP)",
  nameEn: "Child-Parent Psychotherapy (CPP)",
  summaryNl:
    "Psychotherapie voor kinderen van 0 tot en met 5 jaar die iets traumatisch hebben meegemaakt, samen met hun verzorger, in wekelijkse sessies met ouder en kind samen.",
  summaryEn:
    "Psychotherapy for children aged 0–5 who experienced trauma, together with their caregivers, in weekly dyadic sessions.",
  descriptionNl:
    "Foundations noemt 32 sessies in 26 tot 52 weken, gegeven door een therapeut met een masteropleiding, en baseert zich op onderzoek bij kinderen van 3 tot en met 5 jaar. " +
    "In het gerandomiseerde onderzoek van Lieberman e.a. (2005) waren de kinderen getuige geweest van partnergeweld tussen hun ouders.",
  descriptionEn:
    "Foundations describes 32 sessions over 26–52 weeks, delivered by a master's-level clinician, and bases this on research with children aged 3–5. " +
    "In the randomised trial by Lieberman et al. (2005) the children had been exposed to marital violence.",
  providerNl: "Therapeut met een masteropleiding (Foundations)",
  providerEn: "Master's-level clinician (Foundations)",
  intensityNl: "Wekelijkse sessies met ouder en kind samen; Foundations: 32 sessies in 26–52 weken.",
  intensityEn: "Weekly dyadic sessions; Foundations: 32 sessions over 26–52 weeks.",
  sessionsMin: 32,
  sessionsMax: 32,
  durationWeeksMin: 26,
  durationWeeksMax: 52,
  availabilityNl: "UNKNOWN",
  deliveryModes: ["parent-child-therapy"],
  targetGroups: [
    {
      preventionLevel: "CARE",
      ageMinMonths: 0,
      ageMaxMonths: 71,
      descriptionNl:
        "Kinderen van 0 tot en met 5 jaar die iets traumatisch hebben meegemaakt, en hun verzorgers; in het onderzoek (Lieberman e.a. 2005): kleuters die getuige waren van partnergeweld. Zoals onderzocht (Foundations): 3 tot en met 5 jaar.",
      descriptionEn:
        "Children aged 0–5 after trauma and their caregivers; in the trial (Lieberman et al. 2005): preschoolers exposed to marital violence. As evaluated (Foundations): 3–5.",
      riskFactors: ["trauma-exposure", "domestic-violence"],
      adviceGroups: ["MALTREATMENT_OCCURS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "psc",
      level: "Promising",
      verified: false,
      note: "Secundaire bron: samenvatting op earlysuccess.org; niet gecontroleerd op de PSC-pagina.",
    },
  ],
  studies: [
    {
      key: "lieberman-2005-jaacap",
      citation:
        "Lieberman, A. F., Van Horn, P. & Ghosh Ippen, C. (2005). Journal of the American Academy of Child & Adolescent Psychiatry 44(12):1241–1248.",
      year: 2005,
      design: "RCT",
      sampleSize: 75,
      summary:
        "Gerandomiseerd onderzoek met 75 ouder-kindparen; de kleuters waren getuige geweest van partnergeweld. Significante groep × tijd-effecten op het totaal aan gedragsproblemen, traumatische stressklachten en de diagnostische status. " +
        "Effectgroottes zijn niet gevonden in de geraadpleegde bronnen. De diagnostische status staat niet bij een uitkomst, omdat niet bekend is om welke diagnose het gaat.",
      verified: true,
      effects: [
        {
          outcome: "child-behaviour-problems",
          outcomeLabel: "total behaviour problems",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "significant group × time effect on total behaviour problems (effect size not found in the sources consulted)",
          higherIsBetter: false,
          verified: true,
          note: "Geen getal opgeslagen: de effectgrootte is niet gevonden. Minder problemen is beter.",
        },
        {
          outcome: "child-trauma-symptoms",
          outcomeLabel: "traumatic stress symptoms",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "significant group × time effect on traumatic stress symptoms (effect size not found in the sources consulted)",
          higherIsBetter: false,
          verified: true,
          note: "Geen getal opgeslagen: de effectgrootte is niet gevonden. Minder klachten is beter.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep: kinderen van 0 tot en met 5 jaar na trauma. Foundations (pagina gepubliceerd april 2025, laatst beoordeeld juli 2016; de beoordeling zelf is daar niet vastgelegd en staat daarom niet als beoordeling opgenomen): 3 tot en met 5 jaar zoals onderzocht, 32 sessies in 26–52 weken, therapeut met een masteropleiding. " +
    "PSC 'Promising' komt uit een secundaire samenvatting (earlysuccess.org). Onderzoek: Lieberman, Van Horn & Ghosh Ippen 2005. Een Nederlandse beoordeling is niet gevonden in de geraadpleegde bronnen.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: psychotherapie voor jonge kinderen na trauma (zorg); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: psychotherapy for young children after trauma (care); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: getuige zijn van partnergeweld (Lieberman e.a. 2005) is een vorm van kindermishandeling; daarom ingedeeld bij gezinnen waar mishandeling voorkomt. De bronnen koppelen CPP niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: witnessing partner violence (Lieberman et al. 2005) is a form of child maltreatment, hence classed as families where maltreatment occurs. The sources do not link CPP to a target group of Health Council advice 2018/11.",
    },
  ],
};
