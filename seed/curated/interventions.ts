/**
 * The 17 curated interventions, transcribed from /work/shared/field-notes.md section 4 ("Seed-data facts").
 * Every number is copied exactly as the field notes give it, with its source. Anything the notes mark NV,
 * "(secondary)", "(thesis)" or flag is either left out or stored with `verified: false` and a note.
 * Age ranges are in months (negative = before birth); "up to 6 years" is stored as up to 83 months.
 */
import type { CuratedIntervention } from "./types";

export const curatedInterventions: CuratedIntervention[] = [
  // 1 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "vipp-sd",
    nameNl: "VIPP-SD",
    nameEn: "VIPP-SD",
    summaryNl:
      "Programma met huisbezoeken en video-feedback voor gezinnen met kinderen van 1 tot en met 6 jaar die een verhoogd risico hebben op gedragsproblemen.",
    summaryEn:
      "Home-visiting programme with video feedback for families with children aged 1–6 who are at increased risk of behaviour problems.",
    descriptionNl:
      "VIPP-SD komt uit Leiden. Tijdens de huisbezoeken krijgen ouders feedback op video-opnames van momenten met hun kind. " +
      "Er is ook een versie zonder SD (VIPP) voor baby's van 6 tot 12 maanden. " +
      "De Amerikaanse databank HomVEE beoordeelde alleen onderzoek bij kinderen van 1 tot en met 5 jaar; volgens HomVEE is het model bedoeld voor kinderen van 1 tot en met 7 jaar. " +
      "De Nederlandse richtlijn 'Problematische gehechtheid' noemt VIPP-SD 'bewezen effectief'.",
    descriptionEn:
      "VIPP-SD was developed in Leiden. During home visits, parents receive feedback on video recordings of moments with their child. " +
      "There is also a version without SD (VIPP) for infants aged 6–12 months. " +
      "The US clearinghouse HomVEE reviewed only research with children aged 1–5; according to HomVEE the model serves children aged 1–7. " +
      "The Dutch guideline 'Problematische gehechtheid' (problematic attachment) calls VIPP-SD 'bewezen effectief' (proven effective).",
    intensityNl:
      "7 huisbezoeken van ongeveer 2 uur (ontwikkelaar). HomVEE: 6–7 bezoeken, 1 à 2 per maand, elk ongeveer 2 uur. In het onderzoek van Van Zeijl e.a. (2006): zes sessies van 1,5 uur.",
    intensityEn:
      "7 home visits of about 2 hours (developer). HomVEE: 6–7 visits, 1–2 per month, about 2 hours each. In Van Zeijl et al. (2006): six 1.5-hour sessions.",
    sessionsMin: 6,
    sessionsMax: 7,
    availabilityNl: "AVAILABLE",
    availabilityNote:
      "Developed in Leiden (NL); the Dutch guideline 'problematische gehechtheid' calls it 'bewezen effectief' (richtlijnenjeugdhulp.nl).",
    website: "https://www.vipp-sd-international.org",
    deliveryModes: ["home-visits", "video-feedback"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: 12,
        ageMaxMonths: 83,
        descriptionNl:
          "Gezinnen met kinderen van 1 tot en met 6 jaar met een verhoogd risico op gedragsproblemen. (HomVEE beoordeelde alleen 1 tot en met 5 jaar; het model is volgens HomVEE voor 1 tot en met 7 jaar.)",
        descriptionEn:
          "Families with children aged 1–6 at increased risk of behaviour problems. (HomVEE reviewed only ages 1–5; per HomVEE the model serves ages 1–7.)",
        riskFactors: ["child-behaviour-problems"],
      },
    ],
    // The NJi level "effectief volgens sterke aanwijzingen" is stated only by the developer and was not found
    // on nji.nl, so it is not part of the Dutch rating history (see externalRatings, verified: false).
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "homvee",
        level: "Meets HHS criteria",
        reviewedOn: "2023",
        verified: true,
        note: "Report last updated 2023. Favourable domains: child development & school readiness; positive parenting. HomVEE reviewed only ages 1–5 (model serves 1–7). Source: stage.homvee.net, VIPP-SD In Brief (full URL not recorded in the field notes).",
      },
      {
        clearinghouse: "nji",
        level: "Effectief volgens sterke aanwijzingen",
        url: "https://www.vipp-sd-international.org/onderzoek",
        verified: false,
        note: "Stated by the developer (vipp-sd-international.org/onderzoek); not verified on nji.nl. Not used as the Dutch level in Effectwijzer.",
      },
      {
        clearinghouse: "other",
        level: "Bewezen effectief",
        topic: "Richtlijn Problematische gehechtheid",
        verified: true,
        note: "Dutch youth-care guideline 'problematische gehechtheid' (richtlijnenjeugdhulp.nl; full URL not recorded in the field notes).",
      },
    ],
    studies: [
      {
        key: "van-ijzendoorn-2022-dev-psychopathol",
        citation: "van IJzendoorn et al. (2022). Development and Psychopathology.",
        doi: "10.1017/S0954579421001462",
        year: 2022,
        design: "META_ANALYSIS",
        studiesCount: 25,
        summary:
          "Meta-analysis of 25 RCTs of VIPP(-SD) with more than 2,000 parents. Combined effects on parenting behaviour, attitudes, attachment security and externalising; confidence intervals not found (NV). Values from the abstract as reproduced on tiltakshandboka.no.",
        verified: true,
        effects: [
          {
            outcome: "positive-parenting",
            outcomeLabel: "parenting behaviour",
            measure: "COR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.18 },
            reportedEstimate: 0.18,
            reportedText: "combined r = .18 (parenting behaviour); CI not found",
            higherIsBetter: true,
            verified: true,
            note: "Source: abstract on tiltakshandboka.no. Positive r taken as favouring VIPP(-SD).",
          },
          {
            outcome: "parenting-attitudes",
            outcomeLabel: "parenting attitudes",
            measure: "COR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.16 },
            reportedEstimate: 0.16,
            reportedText: "combined r = .16 (attitudes); CI not found",
            higherIsBetter: true,
            verified: true,
            note: "Source: abstract on tiltakshandboka.no. Positive r taken as favouring VIPP(-SD).",
          },
          {
            outcome: "attachment-security",
            outcomeLabel: "attachment security",
            measure: "COR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.23 },
            reportedEstimate: 0.23,
            reportedText: "combined r = .23 (attachment security); CI not found",
            higherIsBetter: true,
            verified: true,
            note: "Source: abstract on tiltakshandboka.no. Positive r taken as favouring VIPP(-SD).",
          },
          {
            outcome: "child-behaviour-problems",
            outcomeLabel: "externalising",
            measure: "COR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.07 },
            reportedEstimate: 0.07,
            reportedText: "combined r = .07 (externalising; not substantial); CI not found",
            higherIsBetter: true,
            verified: true,
            note: "Source: abstract on tiltakshandboka.no. The combined effects are reported as positive values in favour of the intervention, so a positive r here is read as fewer externalising problems (higherIsBetter: true), although the outcome itself is a problem score. Check the full text.",
          },
        ],
      },
      {
        key: "juffer-2017a-vipp",
        citation: "Juffer et al. (2017a), as cited by the VIPP-SD developer.",
        year: 2017,
        design: "META_ANALYSIS",
        studiesCount: 12,
        sampleSize: 1116,
        summary:
          "12 studies, 1,116 caregivers; significant increase in sensitivity (value not found). Known only from the developer's site.",
        verified: false,
        effects: [
          {
            outcome: "parental-sensitivity",
            outcomeLabel: "sensitivity",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "significant increase in sensitivity (effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: false,
            note: "Stated by the developer; value not verified (NV).",
          },
        ],
      },
      {
        key: "van-zeijl-2006-jccp",
        citation: "Van Zeijl et al. (2006). Journal of Consulting and Clinical Psychology 74(6):994–1005.",
        year: 2006,
        design: "RCT",
        sampleSize: 237,
        summary:
          "RCT with children aged 1–3 scoring above the 75th percentile on CBCL externalising. Improved sensitive discipline (effect size not found). HomVEE rated this study High. Sessions in this trial: six of 1.5 hours.",
        verified: true,
        effects: [
          {
            outcome: "positive-parenting",
            outcomeLabel: "sensitive discipline",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "improved sensitive discipline (effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
            note: "Effect size NV in the field notes; no number stored. 'Sensitive discipline' filed under positive parenting (closest domain).",
          },
        ],
      },
    ],
    sourceNote:
      "Age ranges in months; 'up to 6 years' is stored as up to 83 months (so children '1–6' = 12–83 months, negative = before birth). " +
      "Target group and VIPP age: vipp-sd-international.org/vipp-sd-1. Dosage: developer (7 visits of ~2 h); HomVEE VIPP-SD In Brief on stage.homvee.net (6–7 visits, 1–2 per month, ~2 h; report last updated 2023); Van Zeijl et al. 2006 (six 1.5-h sessions). " +
      "The NJi level 'effectief volgens sterke aanwijzingen' is stated by the developer (https://www.vipp-sd-international.org/onderzoek) and was not verified on nji.nl, so Effectwijzer treats VIPP-SD as not rated by the Dutch databank. " +
      "Dutch guideline 'problematische gehechtheid' ('bewezen effectief'): richtlijnenjeugdhulp.nl. CEBC and Blueprints ratings not found (NV).",
  },

  // 2 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "vipp",
    nameNl: "VIPP (babyversie)",
    nameEn: "VIPP (infant version)",
    summaryNl:
      "Versie van VIPP (zonder SD) voor moeders met een risico op een onveilige gehechtheid bij hun baby van 7 tot 10 maanden, met 4 tot 6 huisbezoeken.",
    summaryEn:
      "Version of VIPP (without SD) for mothers at risk of insecure attachment with their infant aged 7–10 months, delivered in 4–6 home visits.",
    descriptionNl:
      "VIPP is de babyversie van VIPP-SD. De ontwikkelaar noemt voor de versie zonder SD de leeftijd 6 tot 12 maanden; in het onderzoek uit 2005 waren de baby's 7 tot 10 maanden.",
    descriptionEn:
      "VIPP is the infant version of VIPP-SD. The developer gives 6–12 months as the age for the version without SD; in the 2005 study the infants were 7–10 months old.",
    intensityNl: "4–6 huisbezoeken.",
    intensityEn: "4–6 home visits.",
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
          "Moeders met een risico op een onveilige gehechtheid; baby's van 7 tot 10 maanden (de ontwikkelaar noemt 6 tot 12 maanden).",
        descriptionEn:
          "Mothers at risk of insecure attachment; infants aged 7–10 months (the developer gives 6–12 months).",
        riskFactors: ["insecure-attachment-risk"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "homvee",
        level: "Meets HHS criteria",
        verified: true,
        note: "Rated as part of the HomVEE VIPP-SD report (stage.homvee.net, VIPP-SD In Brief).",
      },
    ],
    studies: [
      {
        key: "klein-velderman-2005-vipp",
        citation: "Klein Velderman (2005). Thesis RCT of VIPP, as reported in a 2005 news item on opennieuwsbank.nl.",
        year: 2005,
        design: "RCT",
        summary:
          "RCT with more than 80 mothers: mothers became more sensitive; fewer externalising problems at kindergarten age (effect sizes not found). Known only from a news item about the thesis.",
        verified: false,
        effects: [
          {
            outcome: "parental-sensitivity",
            outcomeLabel: "maternal sensitivity",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "mothers more sensitive (effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: false,
            note: "Thesis reported via a news item (opennieuwsbank.nl, 2005); not checked against the thesis itself.",
          },
          {
            outcome: "child-behaviour-problems",
            outcomeLabel: "externalising problems at kindergarten age",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "fewer externalising problems at kindergarten age (effect size not reported in the sources consulted)",
            higherIsBetter: false,
            verified: false,
            note: "Thesis reported via a news item (opennieuwsbank.nl, 2005); not checked against the thesis itself. No number stored; higherIsBetter false because the outcome is a problem score (fewer = better).",
          },
        ],
      },
    ],
    sourceNote:
      "Target group (infants 7–10 months) and study: Klein Velderman thesis news, opennieuwsbank.nl 2005 (flagged 'thesis / news' in the field notes). " +
      "Version without SD for 6–12 months: vipp-sd-international.org/vipp-sd-1. Video feedback as the delivery mode follows the VIPP-SD description (VIPP is the version without SD). " +
      "HomVEE: meets HHS criteria as part of the VIPP-SD report.",
  },

  // 3 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "voorzorg",
    nameNl: "VoorZorg",
    nameEn: "VoorZorg (Dutch Nurse-Family Partnership)",
    summaryNl:
      "Huisbezoekprogramma van de jeugdgezondheidszorg (JGZ) voor jonge vrouwen die voor het eerst zwanger zijn en bij wie risico's zich opstapelen. Een VoorZorg-verpleegkundige komt op huisbezoek vanaf de zwangerschap tot het kind 2 jaar is.",
    summaryEn:
      "Home-visiting programme of Dutch youth health care (JGZ) for young first-time pregnant women with accumulated risks. A VoorZorg nurse visits from pregnancy until the child is 2.",
    descriptionNl:
      "VoorZorg is de Nederlandse versie van Nurse-Family Partnership. Volgens de beschrijving is het programma voor vrouwen die hoogstens 28 weken zwanger zijn, 25 jaar of jonger zijn en een laag opleidingsniveau hebben. " +
      "In het gerandomiseerde onderzoek waren de deelnemers jonger dan 26 jaar. Er zijn handleidingen voor 64 huisbezoeken; in één regio zijn het 40 tot 60 bezoeken in ongeveer 2,5 jaar.",
    descriptionEn:
      "VoorZorg is the Dutch version of Nurse-Family Partnership. According to its description it is for women who are at most 28 weeks pregnant, aged 25 or younger, with a low level of education. " +
      "In the randomised trial participants were younger than 26. There are manuals for 64 visits; one region reports 40–60 visits over about 2.5 years.",
    providerNl: "VoorZorg-verpleegkundige van de JGZ",
    providerEn: "JGZ VoorZorg nurse (Dutch youth health care)",
    intensityNl:
      "Huisbezoeken van de zwangerschap tot het kind 2 jaar is; handleidingen voor 64 bezoeken. In één regio: 40–60 bezoeken in ongeveer 2,5 jaar.",
    intensityEn:
      "Home visits from pregnancy until the child is 2; manuals for 64 visits. In one region: 40–60 visits over about 2.5 years.",
    availabilityNl: "AVAILABLE",
    availabilityNote:
      "Delivered by JGZ organisations; the field notes cite one region's use (trendbreukzuidlimburg.nl).",
    deliveryModes: ["home-visits"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: -9,
        ageMaxMonths: 24,
        descriptionNl:
          "Vrouwen die voor het eerst zwanger zijn en bij wie risico's zich opstapelen: hoogstens 28 weken zwanger, 25 jaar of jonger, laag opgeleid (in het onderzoek: jonger dan 26 jaar). Kind van −9 maanden tot 2 jaar.",
        descriptionEn:
          "First-time pregnant women with accumulated risks: at most 28 weeks pregnant, aged 25 or younger, low education (in the trial: younger than 26). Child −9 months to 2 years.",
        riskFactors: ["first-time-parent", "young-parent", "low-education"],
      },
    ],
    ratingHistory: [
      {
        toLevel: "GOEDE_AANWIJZINGEN",
        recognised: true,
        decidedOn: "2015-10-01",
        decidedBy: "Loket Gezond Leven (committee not named in the source)",
        justification:
          'Loket Gezond Leven: "Goede aanwijzingen voor effectiviteit", erkend 01-10-2015 (interventies.loketgezondleven.nl/…/1401047).',
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "lgl",
        level: "Goede aanwijzingen voor effectiviteit",
        ratedOn: "2015-10-01",
        verified: true,
        note: "Erkend 01-10-2015. Source: interventies.loketgezondleven.nl/…/1401047 (full URL not recorded in the field notes).",
      },
    ],
    studies: [
      {
        key: "mejdoubi-2015-plos-one",
        citation: "Mejdoubi et al. (2015). PLoS One 10(4):e0120182. RCT, trial registration NTR854.",
        url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107",
        year: 2015,
        design: "RCT",
        country: "NL",
        sampleSize: 460,
        summary:
          "RCT of VoorZorg: n = 460 (237 VoorZorg / 223 control). CPS reports by age 3, internalising and externalising at 24 months, and IT-HOME at 24 months. The abstract's CPS figures (11% vs 19% next to 'relative risk 0.91, p = 0.04') look inconsistent; check the full text.",
        verified: true,
        effects: [
          {
            outcome: "maltreatment",
            outcomeLabel: "CPS report by age 3",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: 'CPS report by age 3: 11% vs 19%, reported as "relative risk 0.91, p = 0.04"',
            higherIsBetter: false,
            sourceUrl: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107",
            verified: false,
            note: "Source reports 11% vs 19% next to 'relative risk 0.91'; numbers look inconsistent, check the full text. Stored as source wording only, no estimate. Fewer CPS reports = better.",
          },
          {
            outcome: "child-emotional-problems",
            outcomeLabel: "internalising at 24 months",
            measure: "RR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.56 },
            reportedEstimate: 0.56,
            reportedText: "Internalising at 24 months: RR 0.56, p = 0.04",
            higherIsBetter: false,
            sourceUrl: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107",
            verified: true,
            note: "RR below 1 = lower risk of internalising problems in the VoorZorg group, so lower is better.",
          },
          {
            outcome: "child-behaviour-problems",
            outcomeLabel: "externalising at 24 months",
            measure: "RR",
            inputForm: "REPORTED",
            inputs: { estimate: 0.71 },
            reportedEstimate: 0.71,
            reportedText: "Externalising: RR 0.71, p = 0.12 (ns)",
            higherIsBetter: false,
            sourceUrl: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107",
            verified: true,
            note: "RR below 1 = lower risk of externalising problems, so lower is better. Not significant.",
          },
          {
            outcome: "home-environment",
            outcomeLabel: "IT-HOME at 24 months",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "IT-HOME better at 24 months (value not given in the sources consulted)",
            higherIsBetter: true,
            sourceUrl: "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107",
            verified: true,
          },
        ],
      },
      {
        key: "mejdoubi-2013-plos-one-ipv",
        citation: "Mejdoubi et al. (2013). Paper on intimate partner violence (IPV) in the VoorZorg programme.",
        doi: "10.1371/journal.pone.0078185",
        year: 2013,
        design: "OTHER",
        summary:
          "The IPV paper exists, but its design and numbers were not verified (NV), so no effects are stored. Design recorded as OTHER for that reason.",
        verified: false,
        effects: [],
      },
    ],
    sourceNote:
      "Target group and manuals for 64 visits: NJi description via 5dok. 40–60 visits over ~2.5 y in one region: trendbreukzuidlimburg.nl. " +
      "Rating: Loket Gezond Leven, interventies.loketgezondleven.nl/…/1401047 (full URL not recorded). Trial: Mejdoubi et al. 2015, https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107. " +
      "Flag: the 2015 abstract reports 11% vs 19% CPS reports next to 'relative risk 0.91, p = 0.04'; these look inconsistent, so that result is stored as source wording only and marked unverified. Check the full text. " +
      "The 2013 IPV paper (doi 10.1371/journal.pone.0078185) exists; its numbers are NV. " +
      "Risk factor 'young-parent' stands for 'young (≤25 y)'.",
  },

  // 4 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "nurse-family-partnership",
    nameNl: "Nurse-Family Partnership (VS) / Family Nurse Partnership (VK)",
    nameEn: "Nurse-Family Partnership (US) / Family Nurse Partnership (UK)",
    summaryNl:
      "Amerikaans huisbezoekprogramma door verpleegkundigen (in het Verenigd Koninkrijk: Family Nurse Partnership) voor jonge moeders met een laag inkomen die hun eerste kind krijgen, van de zwangerschap tot de tweede verjaardag van het kind. VoorZorg is de Nederlandse versie.",
    summaryEn:
      "US nurse home-visiting programme (in the UK: Family Nurse Partnership) for young, first-time, low-income mothers, from pregnancy to the child's second birthday. VoorZorg is the Dutch version.",
    descriptionNl:
      "Volgens de Amerikaanse Prevention Services Clearinghouse (PSC) zijn er ongeveer 60 huisbezoeken van 60 tot 75 minuten, eerst wekelijks en daarna om de week. Blueprints noemt bezoeken om de week van 60 tot 90 minuten. " +
      "In Engeland is het programma onderzocht in het Building Blocks-onderzoek met 1.645 zwangere tieners.",
    descriptionEn:
      "According to the US Prevention Services Clearinghouse (PSC) there are about 60 visits of 60–75 minutes, weekly at first and then every other week. Blueprints describes visits every other week of 60–90 minutes. " +
      "In England the programme was evaluated in the Building Blocks trial with 1,645 pregnant teenagers.",
    providerNl: "Verpleegkundige (family nurse)",
    providerEn: "Nurse (family nurse)",
    intensityNl:
      "Ongeveer 60 huisbezoeken van 60–75 minuten; eerst wekelijks, daarna om de week (PSC). Blueprints: om de week, 60–90 minuten.",
    intensityEn:
      "About 60 visits of 60–75 minutes; weekly at first, then every other week (PSC). Blueprints: every other week, 60–90 minutes.",
    availabilityNl: "UNKNOWN",
    availabilityNote: "The Dutch version is VoorZorg (see that entry).",
    deliveryModes: ["home-visits"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: null,
        ageMaxMonths: 24,
        descriptionNl:
          "Jonge moeders met een laag inkomen die hun eerste kind krijgen, vanaf de zwangerschap (begin niet nader aangegeven) tot de tweede verjaardag van het kind.",
        descriptionEn:
          "Young, first-time, low-income mothers, from pregnancy (start not specified) to the child's second birthday.",
        riskFactors: ["young-parent", "first-time-parent", "poverty"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "psc",
        level: "Well-supported",
        topic: "In-home parent skill-based",
        reviewedOn: "2019-06",
        url: "https://preventionservices.acf.hhs.gov/programs/8/show",
        verified: true,
        note: "Research reviewed Jun 2019; page updated Dec 2020. NFP has duplicate PSC pages: /8 and /676 (https://preventionservices.acf.hhs.gov/programs/676/show).",
      },
      {
        clearinghouse: "blueprints",
        level: "Model",
        url: "https://blueprintsprograms.com/factsheet/nurse-family-partnership",
        verified: true,
        note: "Level on the older Blueprints factsheet. Current Blueprints level NV; the criteria page https://www.blueprintsprograms.org/criteria lists NFP among 'Blueprints Model Programs'.",
      },
      {
        clearinghouse: "crimesolutions",
        level: "Effective",
        url: "https://blueprintsprograms.com/factsheet/nurse-family-partnership",
        verified: true,
        note: "As listed on the older Blueprints factsheet; not checked on crimesolutions.ojp.gov itself.",
      },
      {
        clearinghouse: "other",
        level: "Top Tier",
        topic: "Coalition for Evidence-Based Policy",
        url: "https://blueprintsprograms.com/factsheet/nurse-family-partnership",
        verified: true,
        note: 'Listed as Coalition "Top Tier" on the older Blueprints factsheet; not checked on the Coalition\'s own site.',
      },
      {
        clearinghouse: "other",
        level: "Effective",
        topic: "OJJDP",
        url: "https://blueprintsprograms.com/factsheet/nurse-family-partnership",
        verified: true,
        note: "As listed on the older Blueprints factsheet; not checked on the OJJDP site itself.",
      },
      {
        clearinghouse: "other",
        level: "3.2–3.5",
        topic: "SAMHSA",
        url: "https://blueprintsprograms.com/factsheet/nurse-family-partnership",
        verified: true,
        note: "As listed on the older Blueprints factsheet. SAMHSA's NREPP registry stopped updating in Jan 2018 and was offline by Aug 2018.",
      },
    ],
    studies: [
      {
        key: "building-blocks-fnp-england",
        citation:
          "Building Blocks trial: randomised controlled trial of the Family Nurse Partnership in England (pregnant teenagers recruited 2009–10), as summarised by Evidencing Home Visiting.",
        url: "https://evidencinghomevisiting.co.uk/building-blocks-trial/",
        design: "RCT",
        country: "UK",
        sampleSize: 1645,
        summary:
          "n = 1,645 pregnant teenagers (2009–10). Social-services involvement 14% FNP vs 8% usual care; mother-reported better child language.",
        verified: true,
        effects: [
          {
            outcome: "maltreatment",
            outcomeLabel: "social-services involvement",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "social-services involvement 14% FNP vs 8% usual care",
            higherIsBetter: false,
            sourceUrl: "https://evidencinghomevisiting.co.uk/building-blocks-trial/",
            verified: true,
            note: "Less social-services involvement is read as better (higherIsBetter false); the reported figure is higher in the FNP group. Filed under maltreatment (reports) as the closest outcome domain.",
          },
          {
            outcome: "child-language",
            outcomeLabel: "mother-reported child language",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "mother-reported better child language (value not given in the sources consulted)",
            higherIsBetter: true,
            sourceUrl: "https://evidencinghomevisiting.co.uk/building-blocks-trial/",
            verified: true,
          },
        ],
      },
      {
        key: "elmira-nfp-trial-secondary",
        citation:
          "Elmira trial of the Nurse-Family Partnership (primary reports: Olds 1986/1997), figures as summarised on decipher.uk.net.",
        design: "OTHER",
        summary:
          "Secondary summary only: verified abuse/neglect by age 2 19% vs 4%; 15-year maternal perpetration 0.29 vs 0.54 (p < .001). Design recorded as OTHER because the field notes do not state it. Verify against Olds 1986/1997.",
        verified: false,
        effects: [
          {
            outcome: "maltreatment",
            outcomeLabel: "verified abuse/neglect by age 2",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "verified abuse/neglect by age 2: 19% vs 4%",
            higherIsBetter: false,
            verified: false,
            note: "Secondary source (decipher.uk.net); verify against Olds 1986/1997. The field notes do not say which group had which figure.",
          },
          {
            outcome: "maltreatment",
            outcomeLabel: "15-year maternal perpetration",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "15-year maternal perpetration 0.29 vs 0.54 (p < .001)",
            higherIsBetter: false,
            verified: false,
            note: "Secondary source (decipher.uk.net); verify against Olds 1986/1997. The field notes do not say which group had which figure or what the unit is.",
          },
        ],
      },
      {
        key: "nfp-thesis-meta-analysis",
        citation:
          "Student thesis meta-analysis of Nurse-Family Partnership (12 manuscripts); author and title not recorded in the field notes.",
        design: "META_ANALYSIS",
        sampleSize: 64590,
        summary: "Thesis meta-analysis of 12 manuscripts, N = 64,590: maltreatment d = 0.087 (p = .417, ns).",
        verified: false,
        effects: [
          {
            outcome: "maltreatment",
            outcomeLabel: "maltreatment",
            measure: "SMD",
            inputForm: "REPORTED",
            inputs: { estimate: 0.087 },
            reportedEstimate: 0.087,
            reportedText: "maltreatment d = 0.087 (p = .417, ns)",
            sampleSize: 64590,
            higherIsBetter: true,
            verified: false,
            note: "Student thesis, low authority. Sign convention not stated; positive d assumed to favour NFP (less maltreatment). Not significant.",
          },
        ],
      },
    ],
    sourceNote:
      "Target group and dosage: PSC https://preventionservices.acf.hhs.gov/programs/8/show (NFP has duplicate PSC pages, /8 and /676); Blueprints older factsheet blueprintsprograms.com/factsheet/nurse-family-partnership (also the source of the Coalition, CrimeSolutions, OJJDP and SAMHSA listings); https://www.blueprintsprograms.org/criteria. " +
      "Current Blueprints level NV; HomVEE rating page NV (PSC cites HomVEE as one of its sources), so no HomVEE rating is stored. " +
      "Building Blocks: https://evidencinghomevisiting.co.uk/building-blocks-trial/. UK cost (FNP): ~£2,000 per child; return '6 to 1' (Aos 2004), EIF blog 18 Feb 2021; not stored as a cost figure. " +
      "Elmira figures are secondary (decipher.uk.net); verify against Olds 1986/1997. The thesis meta-analysis is a student thesis (low authority). " +
      "Start of the age range in pregnancy is not given, so ageMinMonths is left empty.",
  },

  // 5 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
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
    availabilityNote: "Licence via NCJ. 2017: 21 JGZ organisations in 125 gemeenten plus Aruba.",
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
      },
    ],
    ratingHistory: [
      {
        toLevel: "EERSTE_AANWIJZINGEN",
        recognised: true,
        decidedOn: "2017-09-14",
        decidedBy: "deelcommissie JGZ, preventie en gezondheidsbevordering",
        justification:
          'NJi/SEI: "Effectief volgens eerste aanwijzingen", 14 Sep 2017 (NJi description via fdocuments). Loket Gezond Leven lists the same date: "Eerste aanwijzingen voor effectiviteit", 14-09-2017 (interventies.loketgezondleven.nl/…/1401064).',
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "nji",
        level: "Effectief volgens eerste aanwijzingen",
        ratedOn: "2017-09-14",
        verified: true,
        note: "Deelcommissie JGZ, preventie en gezondheidsbevordering. Source: NJi description via fdocuments.",
      },
      {
        clearinghouse: "lgl",
        level: "Eerste aanwijzingen voor effectiviteit",
        ratedOn: "2017-09-14",
        verified: true,
        note: "Source: interventies.loketgezondleven.nl/…/1401064 (full URL not recorded in the field notes).",
      },
    ],
    studies: [
      {
        key: "ncj-stevig-ouderschap-500-families",
        citation:
          "NCJ, 'Stevig Ouderschap – effectiviteit': summary of a study of 500 families (primary study by Bouwmeester-Landweer not retrieved).",
        url: "https://www.ncj.nl/stevigouderschap/effectiviteit/",
        design: "OTHER",
        country: "NL",
        sampleSize: 500,
        summary:
          "Risk of serious parenting problems reduced in 22% of visited vs 8% of comparable unvisited families, half a year after the visits; parents rated the programme 8.2. Design and CI not found (NV); design recorded as OTHER for that reason.",
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
            sourceUrl: "https://www.ncj.nl/stevigouderschap/effectiviteit/",
            verified: false,
            note: "Licence holder's (NCJ) summary; primary study (Bouwmeester-Landweer) not retrieved; design and CI NV. The percentages are the share of families whose risk was reduced, so a higher share is better.",
          },
        ],
      },
    ],
    sourceNote:
      "Target group, dosage, licence and 2017 reach: NJi description via fdocuments and https://www.ncj.nl/stevigouderschap/effectiviteit/. " +
      "Ratings: NJi/SEI (NJi description via fdocuments); Loket Gezond Leven interventies.loketgezondleven.nl/…/1401064 (full URL not recorded). " +
      "The only outcome data come from the NCJ summary; the primary study (Bouwmeester-Landweer) was not retrieved, so it is marked unverified. " +
      "The notes name 'personal problems' and 'heavier parenting load' as criteria; there is no taxonomy slug for these.",
  },

  // 6 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "triple-p",
    nameNl: "Triple P (niveau 4/5; Triple P-systeem)",
    nameEn: "Triple P (levels 4/5; Triple P System)",
    summaryNl:
      "Opvoedprogramma voor ouders. Niveau 4 bestaat uit 8 tot 10 wekelijkse sessies, individueel of in een groep; niveau 5 voegt modules toe. In Nederland is niveau 4/5 bedoeld voor ouders van kinderen van 2 tot en met 16 jaar.",
    summaryEn:
      "Parenting programme. Level 4 consists of 8–10 weekly sessions, individual or in a group; level 5 adds modules. In the Netherlands, levels 4/5 are for parents of children aged 2–16.",
    descriptionNl:
      "Triple P is opgebouwd als een systeem van niveaus (het Triple P-systeem is voor ouders van kinderen van 0 tot en met 12 jaar). Dit item gaat vooral over niveau 4 en 5.",
    descriptionEn:
      "Triple P is organised as a system of levels (the Triple P System is for parents of children aged 0–12). This entry is mainly about levels 4 and 5.",
    intensityNl: "Niveau 4: 8–10 wekelijkse sessies, individueel of in een groep. Niveau 5 voegt modules toe.",
    intensityEn: "Level 4: 8–10 weekly sessions, individual or group. Level 5 adds modules.",
    sessionsMin: 8,
    sessionsMax: 10,
    availabilityNl: "AVAILABLE",
    availabilityNote:
      "Levels 4/5 recognised by NJi/Loket Gezond Leven (2018) for parents of children aged 2–16 in the Netherlands.",
    deliveryModes: ["individual-sessions", "group-course"],
    targetGroups: [
      {
        preventionLevel: "INDICATED",
        ageMinMonths: 24,
        ageMaxMonths: 203,
        descriptionNl:
          "Ouders van kinderen van 2 tot en met 16 jaar (Nederlandse niveau 4/5). Het Triple P-systeem als geheel is voor ouders van kinderen van 0 tot en met 12 jaar.",
        descriptionEn:
          "Parents of children aged 2–16 (Dutch levels 4/5). The Triple P System as a whole is for parents of children aged 0–12.",
        riskFactors: [],
      },
    ],
    ratingHistory: [
      {
        toLevel: "GOED_ONDERBOUWD",
        recognised: false,
        decidedOn: "2012",
        decidedBy: "Not named in the source (reported by jeugdenco.nl)",
        justification: 'Level 4: "theoretisch goed onderbouwd" (2012), as reported by jeugdenco.nl.',
        verified: true,
      },
      {
        toLevel: "EERSTE_AANWIJZINGEN",
        recognised: true,
        decidedOn: "2018-12-14",
        decidedBy: "NJi / Loket Gezond Leven (committee not named in the source)",
        justification:
          'NJi/LGL: "Effectief volgens eerste aanwijzingen", 14 Dec 2018 (NJi description via fdocuments; Loket Gezond Leven /1800164).',
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "nji",
        level: "Effectief volgens eerste aanwijzingen",
        topic: "Niveau 4/5",
        ratedOn: "2018-12-14",
        verified: true,
        note: "Source: NJi description via fdocuments. Earlier: level 4 'theoretisch goed onderbouwd' (2012), see rating history.",
      },
      {
        clearinghouse: "lgl",
        level: "Effectief volgens eerste aanwijzingen",
        topic: "Niveau 4/5",
        ratedOn: "2018-12-14",
        verified: true,
        note: "Wording as given jointly for NJi/LGL in the field notes (LGL's own scale says 'Eerste aanwijzingen voor effectiviteit'). Source: Loket Gezond Leven /1800164 (full URL not recorded).",
      },
      {
        clearinghouse: "blueprints",
        level: "Promising",
        topic: "Triple P System",
        url: "https://blueprintsprograms.org/programs/463999999/triple-p-system",
        verified: true,
      },
      {
        clearinghouse: "cebc",
        level: "Highest level (as stated by Results for America)",
        verified: false,
        note: "Secondary: Results for America says Triple P has the 'highest level' at CEBC; the CEBC page itself was not found (NV).",
      },
    ],
    studies: [
      {
        key: "wilson-2012-bmc-med",
        citation: "Wilson et al. (2012). BMC Medicine 10:130.",
        year: 2012,
        design: "META_ANALYSIS",
        studiesCount: 33,
        summary:
          "33 studies, 23 pooled. Maternal-report ES 0.61 (95% CI 0.42–0.79); paternal ES 0.42 (−0.02 to 0.87), not significant.",
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
            note: "The field notes do not name the outcome; filed under child behaviour problems as the closest domain, check the full text. Positive ES read as favouring Triple P.",
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
            note: "The field notes do not name the outcome; filed under child behaviour problems as the closest domain, check the full text. Positive ES read as favouring Triple P. Not significant.",
          },
        ],
      },
      {
        key: "li-2021-front-psychol",
        citation: "Li et al. (2021). Frontiers in Psychology.",
        year: 2021,
        design: "META_ANALYSIS",
        studiesCount: 37,
        summary: "37 studies published 2013–2020. Confidence intervals not recorded in the field notes.",
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
            note: "Positive SMD = more social competence.",
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
            note: "Negative SMD = fewer emotional problems, so lower is better.",
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
            note: "Negative SMD = fewer behavioural problems, so lower is better.",
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
            note: "Negative SMD = less negative parenting, so lower is better. Filed under parenting problems as the closest domain.",
          },
        ],
      },
      {
        key: "nowak-heinrichs-2008-triple-p",
        citation: "Nowak & Heinrichs (2008). Meta-analysis of Triple P (journal not recorded in the field notes).",
        year: 2008,
        design: "META_ANALYSIS",
        studiesCount: 55,
        summary: '55 studies; effects described as "small to moderate" (no values recorded).',
        verified: true,
        effects: [],
      },
      {
        key: "sanders-2014-triple-p",
        citation: "Sanders et al. (2014). Meta-analysis of Triple P (journal not recorded in the field notes).",
        year: 2014,
        design: "META_ANALYSIS",
        studiesCount: 116,
        summary: "116 studies; values not found (NV).",
        verified: true,
        effects: [],
      },
    ],
    sourceNote:
      "Dosage: Loket Gezond Leven. Target groups: 0–12 (Triple P System), 2–16 (NL levels 4/5). Ratings: NJi description via fdocuments; LGL /1800164; jeugdenco.nl (2012 level); https://blueprintsprograms.org/programs/463999999/triple-p-system. " +
      "Results for America says Triple P has the 'highest level' at CEBC (secondary; CEBC page NV), stored unverified. " +
      "The prevention level (indicated) is Effectwijzer's classification of levels 4/5; the field notes do not state it. " +
      "Age ranges: 2–16 years stored as 24–203 months.",
  },

  // 7 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "incredible-years-preschool",
    nameNl: "Incredible Years Preschool BASIC (oudercursus)",
    nameEn: "Incredible Years Preschool BASIC (parent programme)",
    summaryNl:
      "Groepscursus voor ouders die zich zorgen maken over het gedrag van hun kind van 3 tot en met 6 jaar. Er zijn 18 tot 20 wekelijkse bijeenkomsten van 2 uur, met groepen van maximaal 12 ouders.",
    summaryEn:
      "Group programme for parents concerned about the behaviour of their child aged 3–6. There are 18–20 weekly 2-hour sessions with groups of up to 12.",
    descriptionNl:
      "De cursus wordt gegeven door twee getrainde begeleiders (Brits kwalificatieniveau QCF-7/8). In het onderzoek dat Foundations beoordeelde, waren de kinderen 2 tot en met 9 jaar. Een beoordeling door de Nederlandse databank is niet gevonden.",
    descriptionEn:
      "The programme is run by two trained facilitators (UK qualification level QCF-7/8). In the research reviewed by Foundations the children were aged 2–9. No rating by the Dutch databank was found.",
    providerNl: "Twee getrainde groepsbegeleiders (QCF-niveau 7/8)",
    providerEn: "Two trained facilitators (QCF level 7/8)",
    intensityNl: "18–20 wekelijkse groepsbijeenkomsten van 2 uur; groepen van maximaal 12.",
    intensityEn: "18–20 weekly 2-hour group sessions; groups of up to 12.",
    sessionsMin: 18,
    sessionsMax: 20,
    availabilityNl: "UNKNOWN",
    deliveryModes: ["group-course"],
    targetGroups: [
      {
        preventionLevel: "INDICATED",
        ageMinMonths: 36,
        ageMaxMonths: 83,
        descriptionNl:
          "Ouders die zich zorgen maken over het gedrag van hun kind van 3 tot en met 6 jaar (EIF). Zoals onderzocht (Foundations): 2 tot en met 9 jaar.",
        descriptionEn:
          "Parents concerned about the behaviour of a child aged 3–6 (EIF). As evaluated (Foundations): 2–9.",
        riskFactors: ["child-behaviour-problems"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "eif",
        level: "Evidence 4",
        reviewedOn: "2016-07",
        url: "https://guidebook.eif.org.uk/programme/incredible-years-preschool",
        verified: true,
        note: "Cost 2 (£100–499). Review 'Foundations for Life', July 2016.",
      },
      {
        clearinghouse: "foundations",
        level: "Rating not recorded",
        reviewedOn: "2016-07",
        verified: false,
        note: "Foundations page: published Apr 2025, last reviewed Jul 2016; the rating value was not recorded in the field notes. Source: foundations.org.uk/…/incredible-years-preschool (full URL not recorded).",
      },
    ],
    studies: [
      {
        key: "menting-2013-clin-psychol-rev",
        citation: "Menting, Orobio de Castro & Matthys (2013). Clinical Psychology Review.",
        year: 2013,
        design: "META_ANALYSIS",
        studiesCount: 50,
        summary:
          "50 studies. Disruptive behaviour d = .27 across informants; parent report: treatment d = .50, indicated d = .20, selective d = .13. Values from a vdocuments mirror.",
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
            note: "Positive d read as a reduction in disruptive behaviour (favouring Incredible Years). Source: vdocuments mirror.",
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
            note: "Positive d read as a reduction in disruptive behaviour (favouring Incredible Years). Source: vdocuments mirror.",
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
            note: "Positive d read as a reduction in disruptive behaviour (favouring Incredible Years). Source: vdocuments mirror.",
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
            note: "Positive d read as a reduction in disruptive behaviour (favouring Incredible Years). Source: vdocuments mirror.",
          },
        ],
      },
    ],
    sourceNote:
      "Target group, dosage and facilitators: EIF https://guidebook.eif.org.uk/programme/incredible-years-preschool and Foundations foundations.org.uk/…/incredible-years-preschool (published Apr 2025, last reviewed Jul 2016). " +
      "PSC: on the planned-review list, rating NV (not stored). NJi rating NV. Meta-analysis values from a vdocuments mirror of Menting et al. 2013.",
  },

  // 8 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
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
    availabilityNote: "Used in the Netherlands (NL average duration 20 weeks) and rated by NJi.",
    deliveryModes: ["parent-child-therapy", "live-coaching"],
    targetGroups: [
      {
        preventionLevel: "CARE",
        ageMinMonths: 24,
        ageMaxMonths: 95,
        descriptionNl:
          "Kinderen van 2 tot en met 7 jaar met (ernstige) gedragsproblemen en hun ouders; ook pleeggezinnen en gezinnen waar lichamelijke mishandeling speelt. NJi (huidige pagina): 2 tot en met 6 jaar.",
        descriptionEn:
          "Children aged 2–7 with (serious) behaviour problems and their parents; also foster families and families with physical abuse. NJi (current page): ages 2 to 6 inclusive.",
        riskFactors: ["child-behaviour-problems", "foster-care", "physical-abuse"],
      },
    ],
    ratingHistory: [
      {
        toLevel: "EERSTE_AANWIJZINGEN",
        recognised: true,
        decidedBy: "NJi (committee not named in the source)",
        justification:
          'Earlier snapshot of the NJi page: "eerste aanwijzingen… in herbeoordeling" (recognition being re-assessed). Date NV.',
        sourceUrl: "https://nji.nl/interventies/parent-child-interaction-therapy-pcit",
        verified: true,
      },
      {
        toLevel: "GOEDE_AANWIJZINGEN",
        recognised: true,
        decidedBy: "NJi (committee not named in the source)",
        justification:
          'Current NJi page: "Effectief volgens goede aanwijzingen", age 2 t/m 6, target group widened. Date NV.',
        sourceUrl: "https://nji.nl/interventies/parent-child-interaction-therapy-pcit",
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "nji",
        level: "Effectief volgens goede aanwijzingen",
        url: "https://nji.nl/interventies/parent-child-interaction-therapy-pcit",
        verified: true,
        note: "Current NJi page; age 2 t/m 6, target group widened. Date NV. An earlier snapshot said 'eerste aanwijzingen… in herbeoordeling'.",
      },
      {
        clearinghouse: "psc",
        level: "Well-supported",
        topic: "Mental Health",
        reviewedOn: "2020-02",
        url: "https://preventionservices.acf.hhs.gov/programs/258/show",
        verified: true,
        note: "Research reviewed Feb 2020.",
      },
    ],
    studies: [
      {
        key: "helander-2024-child-psychiatry-hum-dev",
        citation: "Helander et al. (2024). Child Psychiatry & Human Development.",
        year: 2024,
        design: "META_ANALYSIS",
        studiesCount: 25,
        summary: "25 RCTs of PCIT for clinical disruptive behaviour, children aged 2–13.",
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
            note: "Positive g read as a reduction in disruptive behaviour compared with waitlist (favouring PCIT).",
          },
        ],
      },
    ],
    sourceNote:
      "Target group and delivery: PSC https://preventionservices.acf.hhs.gov/programs/258/show (12–20 one-hour sessions) and the NJi page https://nji.nl/interventies/parent-child-interaction-therapy-pcit (NL average 20 weeks; age 2 t/m 6). " +
      "NJi history: an earlier snapshot said 'eerste aanwijzingen… in herbeoordeling', the current page 'Effectief volgens goede aanwijzingen'; dates NV, so no decision dates are stored. CEBC rating NV.",
  },

  // 9 ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "abc",
    nameNl: "Attachment and Biobehavioral Catch-up (ABC)",
    nameEn: "Attachment and Biobehavioral Catch-up (ABC)",
    summaryNl:
      "Programma voor verzorgers van baby's van 6 tot 24 maanden die vroege ingrijpende ervaringen hebben meegemaakt. Tien wekelijkse huisbezoeken van ongeveer 60 minuten, met directe feedback en video-feedback.",
    summaryEn:
      "Programme for caregivers of infants aged 6–24 months who experienced early adversity. Ten weekly home sessions of about 60 minutes, with in-the-moment and video feedback.",
    descriptionNl:
      "Er is ook een peuterversie voor kinderen van 24 tot 48 maanden. In 2020 werkten volgens het NHVRC 60 organisaties in 16 Amerikaanse staten en het District of Columbia met ABC.",
    descriptionEn:
      "There is also a toddler version for children aged 24–48 months. According to NHVRC, 60 agencies in 16 US states plus DC used ABC in 2020.",
    intensityNl:
      "10 wekelijkse huisbezoeken van ongeveer 60 minuten; directe feedback tijdens de sessie en video-feedback.",
    intensityEn: "10 weekly home sessions of about 60 minutes; in-the-moment and video feedback.",
    sessionsMin: 10,
    sessionsMax: 10,
    availabilityNl: "UNKNOWN",
    deliveryModes: ["home-visits", "video-feedback"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: 6,
        ageMaxMonths: 24,
        descriptionNl:
          "Verzorgers van baby's van 6 tot 24 maanden die vroege ingrijpende ervaringen hebben meegemaakt (de peuterversie is voor 24 tot 48 maanden).",
        descriptionEn:
          "Caregivers of infants aged 6–24 months who experienced early adversity (the toddler version is for 24–48 months).",
        riskFactors: ["early-adversity"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "cebc",
        level: "1 Well-supported",
        topic: "Infant & Toddler Mental Health (0–3)",
        url: "https://cebc4cw.org/program/attachment-and-biobehavioral-catch-up/detailed",
        verified: true,
        note: "Child-welfare relevance: High.",
      },
      {
        clearinghouse: "psc",
        level: "Well-supported",
        topic: "ABC-Infant",
        ratedOn: "2020-12",
        reviewedOn: "2025-03",
        url: "https://preventionservices.acf.hhs.gov/programs/734/show",
        verified: true,
        note: "Last reviewed Mar 2025 (Handbook v2.0); originally Dec 2020 (Handbook v1.0).",
      },
    ],
    studies: [],
    sourceNote:
      "Target group and dosage: Costello, Roben & Dozier chapter; PSC https://preventionservices.acf.hhs.gov/programs/734/show. CEBC: https://cebc4cw.org/program/attachment-and-biobehavioral-catch-up/detailed. " +
      "Reach: NHVRC 2020 (60 agencies in 16 states + DC). No effect sizes retrieved (NV).",
  },

  // 10 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
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
    intensityNl:
      "8 videohoofdstukken; wekelijks ongeveer 90 minuten gedurende 8–10 weken; in een groep of individueel.",
    intensityEn: "8 video chapters; about 90 minutes weekly for 8–10 weeks; group or individual.",
    durationWeeksMin: 8,
    durationWeeksMax: 10,
    availabilityNl: "UNKNOWN",
    deliveryModes: ["group-course", "individual-sessions"],
    targetGroups: [
      {
        preventionLevel: "UNIVERSAL",
        ageMinMonths: 4,
        ageMaxMonths: 83,
        descriptionNl:
          "Verzorgers van kinderen van ongeveer 4 maanden tot en met 6 jaar (NHS Scotland); AIFS noemt 0 tot en met 6 jaar.",
        descriptionEn:
          "Caregivers of children aged about 4 months to 6 years (NHS Scotland framework); AIFS gives 0–6.",
        riskFactors: [],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "psc",
        level: "Does not currently meet criteria",
        topic: "In-home parent skill-based",
        reviewedOn: "2021-10",
        url: "https://preventionservices.acf.hhs.gov/programs/630/show",
        verified: true,
        note: "Reviewed Oct 2021.",
      },
    ],
    studies: [
      {
        key: "hoffman-2006-circle-of-security",
        citation: "Hoffman et al. (2006), as summarised by AIFS CFCA.",
        year: 2006,
        design: "QUASI_EXPERIMENTAL",
        sampleSize: 75,
        summary:
          "Quasi-experimental study with 75 dyads: positive impact on attachment–caregiving patterns (effect size not found).",
        verified: true,
        effects: [
          {
            outcome: "attachment-security",
            outcomeLabel: "attachment–caregiving patterns",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "positive impact on attachment–caregiving patterns (effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
            note: "Source: AIFS CFCA summary. Effect size NV; no number stored.",
          },
        ],
      },
      {
        key: "maxwell-2020-circle-of-security",
        citation: "Maxwell et al. (2020).",
        year: 2020,
        design: "OTHER",
        summary:
          'Describes the evidence as "very limited… small samples… mixed". Design not recorded in the field notes.',
        verified: true,
        effects: [],
      },
    ],
    sourceNote:
      "Age: NHS Scotland framework (about 4 months to 6 years) and AIFS (0–6). Rating: PSC https://preventionservices.acf.hhs.gov/programs/630/show. Study summaries: AIFS CFCA; Maxwell et al. 2020. " +
      "The field notes give no selection criteria, so the prevention level is set to universal from the description only.",
  },

  // 11 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "family-check-up",
    nameNl: "Family Check-Up",
    nameEn: "Family Check-Up",
    summaryNl:
      "Korte gezinsinterventie die uitgaat van sterke kanten, voor gezinnen met kinderen van 2 tot en met 17 jaar, met 6 tot 9 huisbezoeken.",
    summaryEn: "Brief, strengths-based family intervention for families with children aged 2–17, with 6–9 home visits.",
    descriptionNl: "Volgens het NHVRC schrijven gezinnen zich in voordat het kind 8 jaar wordt.",
    descriptionEn: "According to NHVRC, families enrol before the child turns 8.",
    intensityNl: "Kort; 6–9 huisbezoeken (NHVRC).",
    intensityEn: "Brief; 6–9 home visits (NHVRC).",
    sessionsMin: 6,
    sessionsMax: 9,
    availabilityNl: "UNKNOWN",
    deliveryModes: ["home-visits"],
    targetGroups: [
      {
        preventionLevel: "UNIVERSAL",
        ageMinMonths: 24,
        ageMaxMonths: 215,
        descriptionNl:
          "Gezinnen met kinderen van 2 tot en met 17 jaar (PSC-aankondiging); volgens het NHVRC instromen voordat het kind 8 jaar wordt.",
        descriptionEn:
          "Families with children aged 2–17 (PSC announcement); per NHVRC, families enrol before the child turns 8.",
        riskFactors: [],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "psc",
        level: "Well-supported",
        ratedOn: "2021-02-10",
        url: "https://www.cwla.org/new-family-first-clearinghouse-ratings-released-in-2021/",
        verified: false,
        note: "Secondary: announced 10 Feb 2021 (CWLA); the PSC page itself was not found (NV). Date is the announcement date.",
      },
    ],
    studies: [],
    sourceNote:
      "Age 2–17: PSC announcement via https://www.cwla.org/new-family-first-clearinghouse-ratings-released-in-2021/ (secondary; PSC page NV). Enrolment before age 8 and 6–9 home visits: NHVRC. No effect sizes found (NV). " +
      "The field notes give no selection criteria, so the prevention level is set to universal from the description only.",
  },

  // 12 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
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
        descriptionNl: "Ouders met een risico op verwaarlozing of mishandeling; kinderen van 0 tot en met 5 jaar.",
        descriptionEn: "Parents at risk of neglect or abuse; children aged 0–5.",
        riskFactors: [],
      },
      {
        preventionLevel: "CARE",
        ageMinMonths: 0,
        ageMaxMonths: 71,
        descriptionNl:
          "Ouders met een voorgeschiedenis van verwaarlozing of mishandeling; kinderen van 0 tot en met 5 jaar.",
        descriptionEn: "Parents with a history of neglect or abuse; children aged 0–5.",
        riskFactors: ["maltreatment-history", "neglect"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "cebc",
        level: "3 Promising",
        topic: "Home Visiting for Child Well-Being",
        url: "https://cebc4cw.org/program/safecare-home-visiting-for-child-well-being/detailed",
        verified: true,
      },
      {
        clearinghouse: "cebc",
        level: "2 Supported",
        topic: "Home Visiting for Prevention of Child Abuse and Neglect",
        verified: false,
        note: "Secondary ('HV for Prevention of CAN'); not checked on the CEBC topic page.",
      },
      {
        clearinghouse: "cebc",
        level: "2 Supported",
        topic: "Interventions for Neglect",
        verified: false,
        note: "Secondary; not checked on the CEBC topic page.",
      },
      {
        clearinghouse: "cebc",
        level: "2 Supported",
        topic: "Parent Training (Child Abuse and Neglect)",
        verified: false,
        note: "Secondary ('Parent Training (CAN)'); not checked on the CEBC topic page.",
      },
      {
        clearinghouse: "cebc",
        level: "2 Supported",
        topic: "Prevention of Child Abuse and Neglect",
        verified: false,
        note: "Secondary ('Prevention of CAN'); not checked on the CEBC topic page.",
      },
    ],
    studies: [],
    sourceNote:
      "Modules and dosage: practicenotes.org. CEBC: https://cebc4cw.org/program/safecare-home-visiting-for-child-well-being/detailed ('3 Promising' in Home Visiting for Child Well-Being; the four '2 Supported' topic ratings are secondary). " +
      "Illustrates per-topic ratings. PSC: on the planned-review list, rating NV (not stored). No effect sizes found (NV).",
  },

  // 13 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "home-start",
    nameNl: "Home-Start",
    nameEn: "Home-Start",
    summaryNl:
      "Getrainde vrijwilligers ondersteunen ouders thuis, minstens één dagdeel per week, met begeleiding door een coördinator. De Nederlandse erkenning geldt voor ouders met minstens één kind van 6 jaar of jonger.",
    summaryEn:
      "Trained volunteers support parents at home for at least one half-day a week, supported by a coordinator. The Dutch recognition covers parents with at least one child aged 6 or younger.",
    descriptionNl: "Het Nederlandse programma biedt inmiddels ondersteuning aan gezinnen met kinderen tot 17 jaar.",
    descriptionEn: "The Dutch programme now offers support for families with children up to 17.",
    providerNl: "Getrainde vrijwilligers, begeleid door een coördinator",
    providerEn: "Trained volunteers, supported by a coordinator",
    intensityNl: "Minstens één dagdeel per week aan huis.",
    intensityEn: "At least one half-day (dagdeel) per week at home.",
    availabilityNl: "AVAILABLE",
    availabilityNote:
      "Offered in the Netherlands (home-start.nl); the Dutch programme now offers support up to age 17.",
    deliveryModes: ["volunteer-support", "home-visits"],
    targetGroups: [
      {
        preventionLevel: "UNIVERSAL",
        ageMinMonths: 0,
        ageMaxMonths: 83,
        descriptionNl:
          "Ouders met minstens één kind van 6 jaar of jonger (Nederlandse erkenning). Het Nederlandse programma biedt inmiddels ondersteuning tot 17 jaar.",
        descriptionEn:
          "Parents with at least one child aged 6 or younger (Dutch recognition). The Dutch programme now offers support up to 17.",
        riskFactors: [],
      },
    ],
    ratingHistory: [
      {
        toLevel: "GOED_ONDERBOUWD",
        recognised: false,
        decidedOn: "2006-06-10",
        decidedBy: "Panel JGZ en Preventie",
        justification:
          'NJi: "Goed onderbouwd", 10 Jun 2006 (Panel JGZ en Preventie). Sources: nji.nl Home-Start page; NJi description via fdocuments.',
        verified: true,
      },
      {
        toLevel: "GOEDE_AANWIJZINGEN",
        recognised: true,
        decidedOn: "2019-04-08",
        decidedBy: "deelcommissie Jeugdzorg en psychosociale/pedagogische preventie",
        justification:
          'NJi: "Effectief volgens goede aanwijzingen", 8 Apr 2019 (deelcommissie Jeugdzorg en psychosociale/pedagogische preventie). Sources: nji.nl Home-Start page; NJi description via fdocuments; home-start.nl.',
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "nji",
        level: "Effectief volgens goede aanwijzingen",
        ratedOn: "2019-04-08",
        verified: true,
        note: "Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie. Earlier: 'Goed onderbouwd', 10 Jun 2006 (Panel JGZ en Preventie), see rating history. Sources: nji.nl Home-Start page; NJi description via fdocuments; home-start.nl.",
      },
      {
        clearinghouse: "other",
        level: "Best practice",
        topic: "EPIC",
        ratedOn: "2014",
        url: "https://homestartworldwide.org/research",
        verified: true,
        note: "EPIC best practice 2014, as listed by Home-Start Worldwide.",
      },
    ],
    studies: [
      {
        key: "asscher-2005-home-start",
        citation: "Asscher (2005). Dutch study of Home-Start, as described on the NJi page.",
        year: 2005,
        design: "OTHER",
        country: "NL",
        summary:
          "Narrative results: maternal depressive mood down, parenting competence up, trend towards more sensitivity (effect sizes not found). Design not recorded in the field notes.",
        verified: true,
        effects: [
          {
            outcome: "maternal-wellbeing",
            outcomeLabel: "maternal depressive mood",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "maternal depressive mood down (narrative; effect size not reported in the sources consulted)",
            higherIsBetter: false,
            verified: true,
            note: "Source: NJi page. No number stored; the reported measure is depressive mood, so lower is better.",
          },
          {
            outcome: "positive-parenting",
            outcomeLabel: "parenting competence",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "parenting competence up (narrative; effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
            note: "Source: NJi page. No number stored. Filed under positive parenting as the closest domain (no 'parenting competence' domain).",
          },
          {
            outcome: "parental-sensitivity",
            outcomeLabel: "sensitivity",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "trend towards more sensitivity (narrative; effect size not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
            note: "Source: NJi page. A trend only; no number stored.",
          },
        ],
      },
      {
        key: "uk-volunteer-home-visiting-2012-cdr",
        citation:
          "UK neighbourhood-randomised study of proactive volunteer home-visiting schemes, Child Development Research 2012, article 728104 (hindawi cdr/2012/728104).",
        year: 2012,
        design: "RCT",
        country: "UK",
        summary:
          "No significant difference in infant cognitive development at 12 months. Home-Start is not named in the excerpt consulted, so the link to Home-Start is unverified.",
        verified: false,
        effects: [
          {
            outcome: "child-development",
            outcomeLabel: "infant cognitive development at 12 months",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "no significant difference in infant cognitive development at 12 months",
            higherIsBetter: true,
            verified: false,
            note: "Study of proactive volunteer home-visiting schemes; Home-Start not named in the excerpt.",
          },
        ],
      },
      {
        key: "homvee-wwhv004250-home-start-uk-rct",
        citation: "UK RCT of Home-Start reviewed by HomVEE (study record wwhv004250).",
        url: "https://stage.homvee.net/studies/wwhv004250",
        design: "RCT",
        country: "UK",
        sampleSize: 527,
        summary: "527 women; high attrition. No results recorded in the field notes.",
        verified: true,
        effects: [],
      },
    ],
    sourceNote:
      "Target group, delivery and ratings: nji.nl Home-Start page; NJi description via fdocuments; home-start.nl. EPIC best practice 2014: https://homestartworldwide.org/research. " +
      "Good example of rating history (Goed onderbouwd 2006 → Effectief volgens goede aanwijzingen 2019). " +
      "The UK volunteer home-visiting study (hindawi cdr/2012/728104) does not name Home-Start in the excerpt, so it is marked unverified. " +
      "The field notes give no selection criteria beyond the child's age, so the prevention level is set to universal from the description only.",
  },

  // 14 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "minding-the-baby",
    nameNl: "Minding the Baby",
    nameEn: "Minding the Baby",
    summaryNl:
      "Huisbezoekprogramma van een verpleegkundige en een maatschappelijk werker samen, voor jonge moeders met een laag inkomen die hun eerste kind krijgen, vanaf de zwangerschap. Wekelijkse bezoeken tot het kind 1 jaar is, daarna om de week tot 2 jaar (27 maanden).",
    summaryEn:
      "Home-visiting programme by a nurse and a social worker together, for young, first-time, low-income mothers, from pregnancy. Weekly visits until the child is 1, then every other week until age 2 (27 months).",
    descriptionNl:
      "Een team heeft een caseload van maximaal 25. In 2020 werkten volgens het NHVRC 2 organisaties in 1 Amerikaanse staat en in Denemarken met het programma.",
    descriptionEn:
      "Caseload is at most 25. According to NHVRC, 2 agencies in 1 US state plus Denmark used the programme in 2020.",
    providerNl: "Verpleegkundige en maatschappelijk werker",
    providerEn: "Nurse plus social worker",
    intensityNl:
      "Wekelijkse bezoeken tot het kind 1 jaar is, daarna om de week tot 2 jaar (27 maanden); caseload maximaal 25.",
    intensityEn: "Weekly visits to age 1, then every other week to age 2 (27 months); caseload at most 25.",
    availabilityNl: "UNKNOWN",
    deliveryModes: ["home-visits"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: null,
        ageMaxMonths: 24,
        descriptionNl:
          "Jonge moeders met een laag inkomen die hun eerste kind krijgen, vanaf de zwangerschap (begin niet nader aangegeven) tot het kind 2 jaar is.",
        descriptionEn:
          "Young, first-time, low-income mothers, from pregnancy (start not specified) until the child is 2.",
        riskFactors: ["young-parent", "first-time-parent", "poverty"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "homvee",
        level: "Meets HHS criteria",
        url: "https://stage.homvee.net/models/minding-babyr-home-visiting-mtb-hv",
        verified: true,
        note: '"Evidence-based model", not MIECHV-eligible. Favourable domains: child health, maternal health. 1 high/moderate impact study of 11 manuscripts.',
      },
    ],
    studies: [],
    sourceNote:
      "Target group, dosage and rating: HomVEE https://stage.homvee.net/models/minding-babyr-home-visiting-mtb-hv. Reach: NHVRC 2020 (2 agencies in 1 US state + Denmark). No effect sizes found (NV). " +
      "Start of the age range in pregnancy is not given, so ageMinMonths is left empty.",
  },

  // 15 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "child-parent-psychotherapy",
    nameNl: "Child-Parent Psychotherapy (CPP)",
    nameEn: "Child-Parent Psychotherapy (CPP)",
    summaryNl:
      "Psychotherapie voor kinderen van 0 tot en met 5 jaar die iets traumatisch hebben meegemaakt, samen met hun verzorger, in wekelijkse sessies met ouder en kind samen.",
    summaryEn:
      "Psychotherapy for children aged 0–5 who experienced trauma, together with their caregivers, in weekly dyadic sessions.",
    descriptionNl:
      "Foundations noemt 32 sessies in 26 tot 52 weken, gegeven door een therapeut met een masteropleiding, en baseert zich op onderzoek bij kinderen van 3 tot en met 5 jaar.",
    descriptionEn:
      "Foundations describes 32 sessions over 26–52 weeks, delivered by a master's-level clinician, and bases this on research with children aged 3–5.",
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
          "Kinderen van 0 tot en met 5 jaar die iets traumatisch hebben meegemaakt, en hun verzorgers. Zoals onderzocht (Foundations): 3 tot en met 5 jaar.",
        descriptionEn: "Children aged 0–5 after trauma and their caregivers. As evaluated (Foundations): 3–5.",
        riskFactors: ["trauma-exposure"],
      },
    ],
    ratingHistory: [],
    externalRatings: [
      {
        clearinghouse: "psc",
        level: "Promising",
        verified: false,
        note: "Secondary: earlysuccess.org summary; not checked on the PSC page.",
      },
      {
        clearinghouse: "foundations",
        level: "Rating not recorded",
        reviewedOn: "2016-07",
        verified: false,
        note: "Foundations page: published Apr 2025, last reviewed Jul 2016; rating value NV.",
      },
    ],
    studies: [
      {
        key: "lieberman-2005-jaacap",
        citation:
          "Lieberman, Van Horn & Ghosh Ippen (2005). Journal of the American Academy of Child & Adolescent Psychiatry 44(12):1241–1248.",
        year: 2005,
        design: "RCT",
        sampleSize: 75,
        summary:
          "RCT with 75 preschool dyads exposed to marital violence: significant group × time effects on total behaviour problems, traumatic stress symptoms and diagnostic status (effect sizes not found).",
        verified: true,
        effects: [
          {
            outcome: "child-behaviour-problems",
            outcomeLabel: "total behaviour problems",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "significant group × time effect on total behaviour problems (effect size not reported in the sources consulted)",
            higherIsBetter: false,
            verified: true,
            note: "Effect size NV; no number stored. Outcome is a problem score, so lower is better.",
          },
          {
            outcome: "child-trauma-symptoms",
            outcomeLabel: "traumatic stress symptoms",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "significant group × time effect on traumatic stress symptoms (effect size not reported in the sources consulted)",
            higherIsBetter: false,
            verified: true,
            note: "Effect size NV; no number stored. Outcome is a symptom score, so lower is better.",
          },
          {
            outcome: "child-trauma-symptoms",
            outcomeLabel: "diagnostic status",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              "significant group × time effect on diagnostic status (effect size not reported in the sources consulted)",
            higherIsBetter: false,
            verified: true,
            note: "Effect size NV; no number stored. Filed under trauma symptoms as the closest domain (the notes do not say which diagnosis). Fewer diagnoses = better.",
          },
        ],
      },
    ],
    sourceNote:
      "Target group: children 0–5 after trauma; Foundations (page published Apr 2025, last reviewed Jul 2016; rating value NV): 3–5 as evaluated, 32 sessions over 26–52 weeks, master's-level clinician. " +
      "PSC 'Promising' is secondary (earlysuccess.org summary).",
  },

  // 16 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    slug: "video-interaction-guidance",
    nameNl: "Video-interactiebegeleiding / video-feedback (inclusief K-VHT)",
    nameEn: "Video Interaction Guidance / video feedback (incl. Dutch K-VHT)",
    summaryNl:
      "Korte reeks huisbezoeken met video-feedback voor ouders van jonge kinderen met een risico op een minder goede gehechtheid. De Nederlandse variant K-VHT is bedoeld voor ouders van kinderen van 0 tot en met 4 jaar.",
    summaryEn:
      "Short home-based series of video-feedback sessions for parents of young children at risk of poor attachment. The Dutch variant K-VHT is for parents of children aged 0–4.",
    descriptionNl:
      "In de Cochrane-review gaat het om ouders van kinderen jonger dan 5 jaar met een risico op een minder goede gehechtheid. Voor video-interactiebegeleiding zelf is geen beoordeling door een buitenlandse databank gevonden.",
    descriptionEn:
      "The Cochrane review covers parents of children under 5 at risk of poor attachment. No clearinghouse rating specific to Video Interaction Guidance was found.",
    intensityNl: "Korte reeks sessies met video-feedback aan huis.",
    intensityEn: "Short home-based video-feedback series.",
    availabilityNl: "AVAILABLE",
    availabilityNote: "The Dutch variant K-VHT is rated by NJi (Goed onderbouwd, 2017).",
    deliveryModes: ["video-feedback", "home-visits"],
    targetGroups: [
      {
        preventionLevel: "SELECTIVE",
        ageMinMonths: 0,
        ageMaxMonths: 59,
        descriptionNl:
          "Ouders van kinderen jonger dan 5 jaar met een risico op een minder goede gehechtheid (Cochrane). K-VHT: ouders van kinderen van 0 tot en met 4 jaar.",
        descriptionEn:
          "Parents of children under 5 at risk of poor attachment (Cochrane). K-VHT: parents of children aged 0–4.",
        riskFactors: ["insecure-attachment-risk"],
      },
    ],
    ratingHistory: [
      {
        toLevel: "GOED_ONDERBOUWD",
        recognised: false,
        decidedOn: "2017-12-16",
        decidedBy: "NJi (committee not named in the source)",
        justification: 'NJi: K-VHT "Goed onderbouwd", 16 Dec 2017 (NJi description via fdocuments).',
        verified: true,
      },
    ],
    externalRatings: [
      {
        clearinghouse: "nji",
        level: "Goed onderbouwd",
        topic: "K-VHT",
        ratedOn: "2017-12-16",
        verified: true,
        note: "Source: NJi description via fdocuments. A VIG-specific clearinghouse rating was not found (NV).",
      },
    ],
    studies: [
      {
        key: "ohara-2019-cochrane-cd012348",
        citation: "O'Hara et al. (2019). Cochrane Database of Systematic Reviews, CD012348.",
        year: 2019,
        design: "SYSTEMATIC_REVIEW",
        studiesCount: 22,
        sampleSize: 1889,
        summary:
          'Cochrane review of video feedback: 22 studies, 1,889 dyads. Sensitivity pooled over 20 studies/1,757 dyads: "improvement" (value not found). Child behaviour SMD 0.04 (95% CI −0.33 to 0.42), very low certainty. Attachment: mixed. Sources: cochrane.org; dokumen.tips.',
        verified: true,
        effects: [
          {
            outcome: "parental-sensitivity",
            outcomeLabel: "sensitivity",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText:
              'sensitivity pooled over 20 studies/1,757 dyads: "improvement" (value not reported in the sources consulted)',
            sampleSize: 1757,
            higherIsBetter: true,
            verified: true,
            note: "Value NV; no number stored.",
          },
          {
            outcome: "child-behaviour-problems",
            outcomeLabel: "child behaviour",
            measure: "SMD",
            inputForm: "ESTIMATE_CI",
            inputs: { estimate: 0.04, ciLower: -0.33, ciUpper: 0.42 },
            reportedEstimate: 0.04,
            reportedCiLower: -0.33,
            reportedCiUpper: 0.42,
            reportedText: "child behaviour SMD 0.04 (95% CI −0.33 to 0.42), very low certainty",
            higherIsBetter: true,
            verified: true,
            note: "The field notes do not give the sign convention; positive SMD assumed to favour video feedback. The CI includes zero either way. Very low certainty.",
          },
          {
            outcome: "attachment-security",
            outcomeLabel: "attachment",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "attachment mixed",
            higherIsBetter: true,
            verified: true,
          },
        ],
      },
      {
        key: "fukkink-2008-clin-psychol-rev",
        citation: "Fukkink (2008). Clinical Psychology Review 28:904–916.",
        year: 2008,
        design: "META_ANALYSIS",
        studiesCount: 29,
        sampleSize: 1844,
        summary:
          "29 studies, n = 1,844 families: positive effects on parenting behaviour, attitudes and child development; shorter programmes more effective (values not found).",
        verified: true,
        effects: [
          {
            outcome: "positive-parenting",
            outcomeLabel: "parenting behaviour",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "positive effects on parenting behaviour (values not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
          },
          {
            outcome: "parenting-attitudes",
            outcomeLabel: "parenting attitudes",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "positive effects on attitudes (values not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
          },
          {
            outcome: "child-development",
            outcomeLabel: "child development",
            measure: "GENERIC",
            inputForm: "REPORTED",
            inputs: {},
            reportedText: "positive effects on child development (values not reported in the sources consulted)",
            higherIsBetter: true,
            verified: true,
          },
        ],
      },
    ],
    sourceNote:
      "Target groups: Cochrane review O'Hara et al. 2019 (CD012348; cochrane.org, dokumen.tips) and the NJi description of K-VHT via fdocuments (0–4). Ages under 5 and 0–4 both stored as 0–59 months. " +
      "K-VHT 'Goed onderbouwd' 16 Dec 2017 (NJi description via fdocuments). VIG-specific clearinghouse rating NV. " +
      "The Dutch guideline 'problematische gehechtheid' cites Bakermans-Kranenburg et al. 2003 for short video-feedback interventions (see the context studies).",
  },

  // 17 ─────────────────────────────────────────────────────────────────────────────────────────────
  {
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
      },
    ],
    ratingHistory: [],
    externalRatings: [],
    studies: [
      {
        key: "theraplay-systematic-review-ifp-nyu",
        citation:
          "Systematic review of Theraplay, as summarised on ifp.nyu.edu (authors and year not recorded in the field notes).",
        design: "SYSTEMATIC_REVIEW",
        studiesCount: 6,
        summary: 'Only 6 eligible studies; "lack of rigorous evidence".',
        verified: false,
        effects: [],
      },
    ],
    sourceNote:
      "No clearinghouse rating found: shown as 'no rating'. Target group and evidence: systematic review as summarised on ifp.nyu.edu (the review itself not identified, so marked unverified). " +
      "Delivery and dosage not given in the field notes. Prevention level (care) is Effectwijzer's reading of 'various presentations'. Age '≤12' stored as 0–155 months.",
  },
];
