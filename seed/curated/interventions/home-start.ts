import type { CuratedIntervention } from "../types";
import { DEELCOMMISSIE_JEUGDZORG } from "./common";

const NJI_URL = "https://www.nji.nl/nl/Databank/Effectieve-Jeugdinterventies/Interventies/Erkend/Home-Start";
const NJI_DESCRIPTION_URL =
  "https://fdocuments.nl/document/vrienden-nederlands-jeugdinstituut-vrienden-interventie-druk-in-de-klas-interventie.html";
const OVER_HOME_START_URL = "https://www.home-start.nl/over-home-start";
const HOME_START_NEWS_URL =
  "https://www.home-start.nl/nieuws/opvoedprogramma-home-start-opnieuw-erkend-erkenningscommissie-interventies";
const HOME_START_WORLDWIDE_URL = "https://homestartworldwide.org/research";
const CDR_2012_URL = "https://www.hindawi.com/journals/cdr/2012/728104/";
const HOMVEE_UK_RCT_URL = "https://stage.homvee.net/studies/wwhv004250";
const PANEL_2006 = "Panel JGZ en Preventie";

export const homeStart: CuratedIntervention = {
  slug: "home-start",
  nameNl: "Home-Start",
  nameEn: "Home-Start",
  summaryNl:
    "Getrainde vrijwilligers ondersteunen ouders met lichte, alledaagse opvoedvragen thuis, minstens één dagdeel per week, met begeleiding door een coördinator. De Nederlandse erkenning geldt voor ouders met minstens één kind van 6 jaar of jonger.",
  summaryEn:
    "Trained volunteers support parents with light, everyday parenting questions at home for at least one half-day a week, supported by a coordinator. The Dutch recognition covers parents with at least one child aged 6 or younger.",
  descriptionNl:
    "Home-Start is bedoeld voor ouders met lichte, alledaagse opvoedvragen (home-start.nl/over-home-start). Het Nederlandse programma biedt inmiddels ondersteuning aan gezinnen met kinderen tot 17 jaar. " +
    "In 2014 erkende het European Platform for Investing in Children (EPIC) Home-Start als 'best practice' (homestartworldwide.org/research; home-start.nl).",
  descriptionEn:
    "Home-Start is for parents with light, everyday parenting questions (home-start.nl/over-home-start). The Dutch programme now offers support for families with children up to 17. " +
    "In 2014 the European Platform for Investing in Children (EPIC) recognised Home-Start as a 'best practice' (homestartworldwide.org/research; home-start.nl).",
  providerNl: "Getrainde vrijwilligers, begeleid door een coördinator",
  providerEn: "Trained volunteers, supported by a coordinator",
  intensityNl: "Minstens één dagdeel per week aan huis.",
  intensityEn: "At least one half-day (dagdeel) per week at home.",
  availabilityNl: "AVAILABLE",
  availabilityNote:
    "Aangeboden in Nederland (home-start.nl); het Nederlandse programma biedt inmiddels ondersteuning tot 17 jaar.",
  website: "https://www.home-start.nl",
  deliveryModes: ["volunteer-support", "home-visits"],
  targetGroups: [
    {
      preventionLevel: "SELECTIVE",
      ageMinMonths: 0,
      ageMaxMonths: 83,
      descriptionNl:
        "Ouders met minstens één kind van 6 jaar of jonger die lichte, alledaagse opvoedvragen hebben (Nederlandse erkenning; home-start.nl/over-home-start). Volgens de NJi-pagina voelen zij zich niet voldoende competent in de opvoeding en ervaren ze weinig steun uit hun omgeving. Het Nederlandse programma biedt inmiddels ondersteuning tot 17 jaar.",
      descriptionEn:
        "Parents with at least one child aged 6 or younger who have light, everyday parenting questions (Dutch recognition; home-start.nl/over-home-start). According to the NJi page they feel insufficiently competent as parents and experience little support from those around them. The Dutch programme now offers support up to 17.",
      riskFactors: ["social-isolation"],
      adviceGroups: ["ASKS_FOR_SUPPORT"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "GOED_ONDERBOUWD",
      decidedOn: "2006-06-10",
      committee: PANEL_2006,
      decidedBy: PANEL_2006,
      justification:
        "Erkend als 'Goed onderbouwd' op 10 juni 2006 door het Panel JGZ en Preventie (NJi-pagina over Home-Start; NJi-interventiebeschrijving via fdocuments.nl). Goed onderbouwd is een erkenning, nog geen erkenning als effectief.",
      sourceUrl: NJI_URL,
      verified: true,
    },
    {
      status: "ERKEND",
      toLevel: "GOEDE_AANWIJZINGEN",
      decidedOn: "2019-04-08",
      committee: DEELCOMMISSIE_JEUGDZORG,
      decidedBy: DEELCOMMISSIE_JEUGDZORG,
      justification:
        "NJi Databank Effectieve Jeugdinterventies: 'Erkend als: Effectief volgens goede aanwijzingen', 8 april 2019, Deelcommissie Jeugdzorg en psychosociale/pedagogische preventie (ook in de NJi-interventiebeschrijving, " +
        NJI_DESCRIPTION_URL +
        "). Home-Start meldt dat de erkenning in principe vijf jaar geldig is (" +
        HOME_START_NEWS_URL +
        ").",
      sourceUrl: NJI_URL,
      verified: true,
    },
  ],
  externalRatings: [],
  studies: [
    {
      key: "asscher-2005-home-start",
      citation:
        "Asscher, J. J. (2005). Nederlands onderzoek naar Home-Start, zoals beschreven op de NJi-pagina over Home-Start.",
      year: 2005,
      design: "OTHER",
      country: "NL",
      summary:
        "Beschreven resultaten: minder depressieve gevoelens bij moeders, meer opvoedcompetentie en een trend naar meer sensitiviteit. Effectgroottes en de opzet van het onderzoek zijn niet gevonden in de geraadpleegde bronnen.",
      verified: true,
      effects: [
        {
          outcome: "parental-depression",
          outcomeLabel: "maternal depressive mood",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "maternal depressive mood down (narrative; effect size not found in the sources consulted)",
          higherIsBetter: false,
          sourceUrl: NJI_URL,
          verified: true,
          note: "Bron: NJi-pagina over Home-Start. Geen getal opgeslagen; minder depressieve gevoelens is beter.",
        },
        {
          outcome: "parental-competence",
          outcomeLabel: "parenting competence",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "parenting competence up (narrative; effect size not found in the sources consulted)",
          higherIsBetter: true,
          sourceUrl: NJI_URL,
          verified: true,
          note: "Bron: NJi-pagina over Home-Start. Geen getal opgeslagen.",
        },
        {
          outcome: "parental-sensitivity",
          outcomeLabel: "sensitivity",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "trend towards more sensitivity (narrative; effect size not found in the sources consulted)",
          higherIsBetter: true,
          sourceUrl: NJI_URL,
          verified: true,
          note: "Bron: NJi-pagina over Home-Start. Alleen een trend; geen getal opgeslagen.",
        },
      ],
    },
    {
      key: "uk-volunteer-home-visiting-2012-cdr",
      citation:
        "Brits onderzoek met randomisatie per wijk naar proactieve huisbezoeken door vrijwilligers. Child Development Research (2012), artikel 728104.",
      url: CDR_2012_URL,
      year: 2012,
      design: "RCT",
      country: "UK",
      summary:
        "Geen significant verschil in de cognitieve ontwikkeling van baby's op 12 maanden. Home-Start wordt in het geraadpleegde fragment niet genoemd; of het om Home-Start gaat, is dus niet geverifieerd.",
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
          sourceUrl: CDR_2012_URL,
          verified: false,
          note: "Onderzoek naar proactieve huisbezoeken door vrijwilligers; Home-Start wordt in het geraadpleegde fragment niet genoemd.",
        },
      ],
    },
    {
      key: "homvee-wwhv004250-home-start-uk-rct",
      citation: "Brits gerandomiseerd onderzoek van Home-Start, beoordeeld door HomVEE (studie wwhv004250).",
      url: HOMVEE_UK_RCT_URL,
      design: "RCT",
      country: "UK",
      sampleSize: 527,
      summary: "527 vrouwen; veel uitval. Resultaten niet vastgelegd in de geraadpleegde bronnen.",
      verified: true,
      effects: [],
    },
  ],
  sourceNote:
    "Doelgroep, uitvoering en erkenningen: NJi-pagina " +
    NJI_URL +
    "; NJi-interventiebeschrijving " +
    NJI_DESCRIPTION_URL +
    "; " +
    OVER_HOME_START_URL +
    "; " +
    HOME_START_NEWS_URL +
    ". EPIC best practice 2014: " +
    HOME_START_WORLDWIDE_URL +
    ". Een voorbeeld van een beoordelingsgeschiedenis: Goed onderbouwd (2006) en daarna Effectief volgens goede aanwijzingen (2019). " +
    "Het Britse onderzoek naar vrijwillige huisbezoeken (" +
    CDR_2012_URL +
    ") noemt Home-Start niet in het geraadpleegde fragment en is daarom niet geverifieerd.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: ouders met lichte, alledaagse opvoedvragen die weinig steun ervaren, niet alle ouders (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: parents with light, everyday parenting questions and little support, not all parents (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit home-start.nl/over-home-start: vrijwilligers steunen ouders met lichte, alledaagse opvoedvragen; dat zijn ouders die zelf om steun vragen, niet alle ouders.",
      reasonEn:
        "Inferred from home-start.nl/over-home-start: volunteers support parents with light, everyday parenting questions; these are parents who ask for support themselves, not all parents.",
      sourceUrl: OVER_HOME_START_URL,
    },
    {
      path: "targetGroups.0.riskFactors",
      kind: "UNVERIFIED",
      reasonNl:
        "'Weinig steun' staat in de doelgroepomschrijving op de NJi-pagina; niet vergeleken met de volledige interventiebeschrijving.",
      reasonEn:
        "'Little support' is taken from the target-group text on the NJi page; not compared with the full intervention description.",
      sourceUrl: NJI_URL,
    },
  ],
};
