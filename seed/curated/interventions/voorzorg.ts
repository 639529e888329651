import type { CuratedIntervention } from "../types";
import { NJI_COMMITTEE } from "./common";

const NJI_NEWS_2015_URL = "https://www.nji.nl/nl/2015/Erkenningscommissie-erkent-drie-interventies";
const LGL_URL = "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1401047";
const MEJDOUBI_2015_URL = "https://pmc.ncbi.nlm.nih.gov/articles/PMC4382107";

export const voorzorg: CuratedIntervention = {
  slug: "voorzorg",
  nameNl: "VoorZorg",
  nameEn: "VoorZorg (Dutch Nurse-Family Partnership)",
  summaryNl:
    "Huisbezoekprogramma van de jeugdgezondheidszorg (JGZ) voor jonge vrouwen die voor het eerst zwanger zijn en bij wie risico's zich opstapelen. Een VoorZorg-verpleegkundige komt op huisbezoek vanaf de zwangerschap tot het kind 2 jaar is.",
  summaryEn:
    "Home-visiting programme of Dutch youth health care (JGZ) for young first-time pregnant women with accumulated risks. A VoorZorg nurse visits from pregnancy until the child is 2.",
  descriptionNl:
    "VoorZorg is de Nederlandse versie van Nurse-Family Partnership. Volgens de NJi-beschrijving is het programma voor vrouwen die hoogstens 28 weken zwanger zijn, 25 jaar of jonger zijn en een laag opleidingsniveau hebben. " +
    "In het gerandomiseerde onderzoek (Mejdoubi e.a. 2015) waren de deelnemers jonger dan 26 jaar. Er zijn handleidingen voor 64 huisbezoeken; in één regio zijn het 40 tot 60 bezoeken in ongeveer 2,5 jaar.",
  descriptionEn:
    "VoorZorg is the Dutch version of Nurse-Family Partnership. According to the NJi description it is for women who are at most 28 weeks pregnant, aged 25 or younger, with a low level of education. " +
    "In the randomised trial (Mejdoubi et al. 2015) participants were younger than 26. There are manuals for 64 visits; one region reports 40–60 visits over about 2.5 years.",
  providerNl: "VoorZorg-verpleegkundige van de JGZ",
  providerEn: "JGZ VoorZorg nurse (Dutch youth health care)",
  intensityNl:
    "Huisbezoeken van de zwangerschap tot het kind 2 jaar is; handleidingen voor 64 bezoeken. In één regio: 40–60 bezoeken in ongeveer 2,5 jaar.",
  intensityEn:
    "Home visits from pregnancy until the child is 2; manuals for 64 visits. In one region: 40–60 visits over about 2.5 years.",
  availabilityNl: "AVAILABLE",
  availabilityNote: "Uitgevoerd door JGZ-organisaties; voorbeeld van één regio: trendbreukzuidlimburg.nl.",
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
      adviceGroups: ["RISK_FACTORS"],
    },
  ],
  ratingHistory: [
    {
      status: "ERKEND",
      toLevel: "GOEDE_AANWIJZINGEN",
      decidedOn: "2015-10-01",
      decidedBy: NJI_COMMITTEE,
      justification:
        "NJi-nieuwsbericht 'Erkenningscommissie erkent drie interventies' (2015): VoorZorg is erkend als effectief volgens goede aanwijzingen. " +
        "De datum komt van Loket Gezond Leven ('Goede aanwijzingen voor effectiviteit', erkend 01-10-2015, " +
        LGL_URL +
        "). De deelcommissie is niet gevonden in de geraadpleegde bronnen.",
      sourceUrl: NJI_NEWS_2015_URL,
      verified: true,
    },
  ],
  externalRatings: [
    {
      clearinghouse: "lgl",
      level: "Goede aanwijzingen voor effectiviteit",
      ratedOn: "2015-10-01",
      url: LGL_URL,
      verified: true,
      note: "Eigen vermelding in de interventiedatabank van Loket Gezond Leven (RIVM); dezelfde erkenning als in de beoordelingsgeschiedenis.",
    },
  ],
  studies: [
    {
      key: "mejdoubi-2015-plos-one",
      citation:
        "Mejdoubi, J. et al. (2015). The effect of VoorZorg, the Dutch Nurse-Family Partnership, on child maltreatment and development: a randomized controlled trial. PLoS One 10(4):e0120182. Trialregister NTR854.",
      doi: "10.1371/journal.pone.0120182",
      url: MEJDOUBI_2015_URL,
      year: 2015,
      design: "RCT",
      country: "NL",
      sampleSize: 460,
      summary:
        "Gerandomiseerd onderzoek van VoorZorg: 460 vrouwen (237 VoorZorg / 223 controle). Meldingen bij een kinderbeschermingsinstantie (CPS) tot 3 jaar, internaliserend en externaliserend gedrag op 24 maanden en de thuisomgeving (IT-HOME) op 24 maanden. " +
        "De samenvatting noemt 11% tegen 19% CPS-meldingen naast 'relative risk 0.91, p = 0.04'; die getallen lijken niet met elkaar te kloppen. Controleer de volledige tekst.",
      verified: true,
      effects: [
        {
          outcome: "maltreatment",
          outcomeLabel: "CPS report by age 3",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            'CPS report by age 3: 11% (VoorZorg) vs 19% (control), reported as "relative risk 0.91, p = 0.04"',
          higherIsBetter: false,
          sourceUrl: MEJDOUBI_2015_URL,
          verified: false,
          note: "De primaire uitkomst is een melding over het kind bij een kinderbeschermingsinstantie; het artikel gebruikt die als maat voor kindermishandeling, daarom ingedeeld bij kindermishandeling (meldingen). De samenvatting noemt 11% tegen 19% naast 'relative risk 0.91'; die getallen lijken niet met elkaar te kloppen, daarom alleen als tekst opgeslagen en niet geverifieerd. Minder meldingen is beter.",
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
          sourceUrl: MEJDOUBI_2015_URL,
          verified: true,
          note: "Een relatief risico onder 1 betekent minder internaliserende problemen in de VoorZorg-groep; lager is beter.",
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
          sourceUrl: MEJDOUBI_2015_URL,
          verified: true,
          note: "Een relatief risico onder 1 betekent minder externaliserende problemen; lager is beter. Niet significant.",
        },
        {
          outcome: "home-environment",
          outcomeLabel: "IT-HOME at 24 months",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText: "IT-HOME better at 24 months (value not found in the sources consulted)",
          higherIsBetter: true,
          sourceUrl: MEJDOUBI_2015_URL,
          verified: true,
          note: "Geen getal opgeslagen: de waarde is niet gevonden in de geraadpleegde bronnen.",
        },
      ],
    },
    {
      key: "mejdoubi-2013-plos-one-ipv",
      citation:
        "Mejdoubi, J. et al. (2013). Effect of Nurse Home Visits vs. Usual Care on Reducing Intimate Partner Violence in Young High-Risk Pregnant Women: A Randomized Controlled Trial. PLoS One.",
      doi: "10.1371/journal.pone.0078185",
      url: "https://doi.org/10.1371/journal.pone.0078185",
      year: 2013,
      design: "RCT",
      country: "NL",
      summary:
        "Artikel over partnergeweld in het VoorZorg-onderzoek. De resultaten zijn niet gevonden in de geraadpleegde bronnen; daarom is geen getal opgeslagen.",
      verified: false,
      effects: [
        {
          outcome: "partner-violence",
          outcomeLabel: "intimate partner violence (IPV)",
          measure: "GENERIC",
          inputForm: "REPORTED",
          inputs: {},
          reportedText:
            "Effect of nurse home visits on intimate partner violence reported in this article; numbers not found in the sources consulted",
          higherIsBetter: false,
          sourceUrl: "https://doi.org/10.1371/journal.pone.0078185",
          verified: false,
          note: "Alleen het bestaan en de titel van het artikel zijn gecontroleerd; de resultaten zijn niet gevonden in de geraadpleegde bronnen. Minder partnergeweld is beter.",
        },
      ],
    },
  ],
  sourceNote:
    "Doelgroep en handleidingen voor 64 huisbezoeken: NJi-interventiebeschrijving van VoorZorg (via 5dok.net). 40–60 bezoeken in ongeveer 2,5 jaar in één regio: trendbreukzuidlimburg.nl. " +
    "Erkenning: " +
    NJI_NEWS_2015_URL +
    " en Loket Gezond Leven " +
    LGL_URL +
    " (erkend 01-10-2015). Onderzoek: Mejdoubi e.a. 2015, " +
    MEJDOUBI_2015_URL +
    ". Let op: de samenvatting van dat artikel noemt 11% tegen 19% CPS-meldingen naast 'relative risk 0.91, p = 0.04'; die getallen lijken niet met elkaar te kloppen, dus dat resultaat staat alleen als tekst en niet geverifieerd. " +
    "Het artikel over partnergeweld (Mejdoubi e.a. 2013, doi 10.1371/journal.pone.0078185) bestaat; de cijfers zijn niet gevonden in de geraadpleegde bronnen. " +
    "De risicofactor 'jonge ouder' staat voor 25 jaar of jonger.",
  provenance: [
    {
      path: "targetGroups.0.preventionLevel",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid uit de doelgroep: jonge, laagopgeleide vrouwen die voor het eerst zwanger zijn en bij wie risico's zich opstapelen (selectieve preventie); de bronnen noemen geen preventieniveau.",
      reasonEn:
        "Inferred from the target group: young first-time pregnant women with low education and accumulated risks (selective prevention); the sources do not state a prevention level.",
    },
    {
      path: "targetGroups.0.adviceGroups",
      kind: "INFERRED",
      reasonNl:
        "Afgeleid: vrouwen met opgestapelde risico's, in een programma dat kindermishandeling wil voorkomen (Mejdoubi e.a. 2015); de bronnen koppelen VoorZorg niet aan een doelgroep uit het Gezondheidsraadadvies 2018/11.",
      reasonEn:
        "Inferred: women with accumulated risks, in a programme that aims to prevent child maltreatment (Mejdoubi et al. 2015); the sources do not link VoorZorg to a target group of Health Council advice 2018/11.",
    },
  ],
};
