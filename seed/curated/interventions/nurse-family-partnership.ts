import type { CuratedIntervention } from "../types";

const PSC_URL = "https://preventionservices.acf.hhs.gov/programs/8/show";
const PSC_DUPLICATE_URL = "https://preventionservices.acf.hhs.gov/programs/676/show";
const BLUEPRINTS_FACTSHEET_URL = "https://blueprintsprograms.com/factsheet/nurse-family-partnership";
const BUILDING_BLOCKS_URL = "https://evidencinghomevisiting.co.uk/building-blocks-trial/";
const KITZMAN_1997_URL = "https://pubmed.ncbi.nlm.nih.gov/9272896/";

export const nurseFamilyPartnership: CuratedIntervention = {
  slug: "nurse-family-partnership",
  nameNl: "Nurse-Family Partnership (VS) / Family Nurse Partnership (VK)",
  nameEn: "Nurse-Family Partnership (US) / Family Nurse Partnership (UK)",
  summaryNl:
    "Amerikaans huisbezoekprogramma door verpleegkundigen (in het Verenigd Koninkrijk: Family Nurse Partnership) voor jonge moeders met een laag inkomen die hun eerste kind krijgen, van de zwangerschap tot de tweede verjaardag van het kind. VoorZorg is de Nederlandse versie.",
  summaryEn:
    "US nurse home-visiting programme (in the UK: Family Nurse Partnership) for young, first-time, low-income mothers, from pregnancy to the child's second birthday. VoorZorg is the Dutch version.",
  descriptionNl:
    "Volgens de Amerikaanse Prevention Services Clearinghouse (PSC) zijn er ongeveer 60 huisbezoeken van 60 tot 75 minuten, eerst wekelijks en daarna om de week. Blueprints noemt bezoeken om de week van 60 tot 90 minuten. " +
    "In Engeland is het programma onderzocht in het Building Blocks-onderzoek met 1.645 zwangere tieners; in de VS onder meer in Memphis (Kitzman e.a. 1997).",
  descriptionEn:
    "According to the US Prevention Services Clearinghouse (PSC) there are about 60 visits of 60–75 minutes, weekly at first and then every other week. Blueprints describes visits every other week of 60–90 minutes. " +
    "In England the programme was evaluated in the Building Blocks trial with 1,645 pregnant teenagers; in the US among others in Memphis (Kitzman et al. 1997).",
  providerNl: "Verpleegkundige (family nurse)",
  providerEn: "Nurse (family nurse)",
  intensityNl:
    "Ongeveer 60 huisbezoeken van 60–75 minuten; eerst wekelijks, daarna om de week (PSC). Blueprints: om de week, 60–90 minuten.",
  intensityEn:
    "About 60 visits of 60–75 minutes; weekly at first, then every other week (PSC). Blueprints: every other week, 60–90 minutes.",
  availabilityNl: "UNKNOWN",
  availabilityNote: "De Nederlandse versie is VoorZorg (zie die interventie).",
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
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [],
  externalRatings: [
    {
      clearinghouse: "psc",
      level: "Well-supported",
      topic: "In-home parent skill-based",
      reviewedOn: "2019-06",
      url: PSC_URL,
      verified: true,
      note:
        "Onderzoek beoordeeld in juni 2019; pagina bijgewerkt in december 2020. NFP heeft twee PSC-pagina's: /8 en /676 (" +
        PSC_DUPLICATE_URL +
        ").",
    },
    {
      clearinghouse: "blueprints",
      level: "Model",
      url: BLUEPRINTS_FACTSHEET_URL,
      verified: true,
      note: "Niveau op de oudere Blueprints-factsheet. Het huidige Blueprints-niveau is niet gevonden in de geraadpleegde bronnen; de criteria-pagina https://www.blueprintsprograms.org/criteria noemt NFP bij de 'Blueprints Model Programs'.",
    },
    {
      clearinghouse: "crimesolutions",
      level: "Effective",
      url: BLUEPRINTS_FACTSHEET_URL,
      verified: false,
      note: "Vermeld op de oudere Blueprints-factsheet; niet gecontroleerd op crimesolutions.ojp.gov zelf.",
    },
  ],
  studies: [
    {
      key: "building-blocks-fnp-england",
      citation:
        "Building Blocks: gerandomiseerd onderzoek van de Family Nurse Partnership in Engeland (zwangere tieners, 2009–10), zoals samengevat door Evidencing Home Visiting.",
      url: BUILDING_BLOCKS_URL,
      design: "RCT",
      country: "UK",
      sampleSize: 1645,
      summary:
        "1.645 zwangere tieners (2009–10). Betrokkenheid van de sociale dienst (social services): 14% in de FNP-groep tegen 8% bij de gewone zorg; moeders meldden een betere taalontwikkeling van het kind.",
      verified: true,
      effects: [
        {
          outcome: "child-protection-involvement",
          outcomeLabel: "social-services involvement",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "social-services involvement 14% FNP vs 8% usual care",
          higherIsBetter: false,
          sourceUrl: BUILDING_BLOCKS_URL,
          verified: true,
          note: "Minder betrokkenheid van de sociale dienst geldt als beter; het gerapporteerde percentage is hoger in de FNP-groep. Geen aantallen gerapporteerd, dus geen effectgrootte berekend.",
        },
        {
          outcome: "child-language",
          outcomeLabel: "mother-reported child language",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "mother-reported better child language (value not found in the sources consulted)",
          higherIsBetter: true,
          sourceUrl: BUILDING_BLOCKS_URL,
          verified: true,
          note: "Geen getal opgeslagen: de waarde is niet gevonden in de geraadpleegde bronnen.",
        },
      ],
    },
    {
      key: "kitzman-1997-memphis",
      citation:
        "Kitzman, H., Olds, D. L. et al. (1997). Effect of prenatal and infancy home visitation by nurses on pregnancy outcomes, childhood injuries, and repeated childbearing: a randomized controlled trial. JAMA 278(8):644–652.",
      url: KITZMAN_1997_URL,
      year: 1997,
      design: "RCT",
      country: "US",
      summary:
        "Gerandomiseerd onderzoek in Memphis (VS) bij vrouwen zonder eerdere levend geboren kinderen. Tweede zwangerschap binnen 24 maanden na de bevalling: 36% bij de moeders met huisbezoeken van een verpleegkundige tegen 47% in de vergelijkingsgroep, P = .006 (PubMed 9272896). " +
        "De groepsgroottes bij 24 maanden (208 / 467) komen uit de HomVEE-studiebeschrijving (nid 50465), een andere bron dan het resultaat. " +
        "Er is geen uitkomstdomein voor 'volgende zwangerschap'; daarom staat dit resultaat niet bij een uitkomst en is er geen effectgrootte opgeslagen.",
      verified: true,
      effects: [],
    },
    {
      key: "elmira-nfp-trial-secondary",
      citation:
        "Elmira-onderzoek van Nurse-Family Partnership (primaire publicaties: Olds 1986 en 1997), cijfers zoals samengevat op decipher.uk.net.",
      design: "OTHER",
      summary:
        "Alleen een secundaire samenvatting (decipher.uk.net): vastgestelde mishandeling of verwaarlozing tot 2 jaar 19% tegen 4%; plegen van mishandeling door de moeder na 15 jaar 0,29 tegen 0,54 (p < .001). Opzet niet vermeld in de samenvatting, daarom als 'overig' opgeslagen. Nog te controleren in Olds 1986 en 1997.",
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
          note: "Secundaire bron (decipher.uk.net); nog te controleren in Olds 1986 en 1997. De samenvatting zegt niet welke groep welk percentage had.",
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
          note: "Secundaire bron (decipher.uk.net); nog te controleren in Olds 1986 en 1997. De samenvatting zegt niet welke groep welk getal had en in welke eenheid.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep en dosering: PSC " +
    PSC_URL +
    " (NFP heeft twee PSC-pagina's, /8 en /676); oudere Blueprints-factsheet " +
    BLUEPRINTS_FACTSHEET_URL +
    "; https://www.blueprintsprograms.org/criteria. " +
    "De oudere Blueprints-factsheet vermeldt ook Coalition for Evidence-Based Policy 'Top Tier', OJJDP 'Effective' en SAMHSA 3.2–3.5; die zijn niet bij de instanties zelf gecontroleerd en staan daarom niet als beoordeling opgenomen (SAMHSA's databank NREPP werd sinds januari 2018 niet meer bijgewerkt en was in augustus 2018 offline). " +
    "Het huidige Blueprints-niveau en een HomVEE-beoordelingspagina zijn niet gevonden in de geraadpleegde bronnen (de PSC noemt HomVEE als een van haar bronnen). " +
    "Building Blocks: " +
    BUILDING_BLOCKS_URL +
    ". Memphis: Kitzman e.a. 1997, " +
    KITZMAN_1997_URL +
    ". Kosten in het VK: ongeveer £2.000 per kind, opbrengst '6 tegen 1' (Aos 2004), volgens een blog van de Early Intervention Foundation (18 februari 2021); niet als kostenbedrag opgeslagen. " +
    "De Elmira-cijfers komen uit een secundaire samenvatting (decipher.uk.net). Het begin van de leeftijdsrange in de zwangerschap wordt niet genoemd.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: jonge moeders met een laag inkomen die hun eerste kind krijgen (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: young, first-time, low-income mothers (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: jong moederschap, een eerste kind en een laag inkomen zijn ingedeeld als risicofactoren; de bronnen koppelen het programma niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: young age, a first child and low income are classed as risk factors; the sources do not link the programme to a target group of Health Council advice 2018/11.",
    },
  ],
};
