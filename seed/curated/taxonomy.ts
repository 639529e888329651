/** Reference lists: risk factors (Gezondheidsraad 2018/11 ACEs and common risk factors), outcome domains,
 * delivery modes and the clearinghouses whose ratings are shown side by side. */

import type { CommonLevel } from "../../generated/prisma/enums";
import type { CuratedClearinghouseLevel } from "./types";

export type TaxonomyEntry = { slug: string; nameNl: string; nameEn: string };

export const riskFactors: (TaxonomyEntry & { isAce: boolean })[] = [
  { slug: "emotional-abuse", nameNl: "Emotionele mishandeling", nameEn: "Emotional abuse", isAce: true },
  { slug: "physical-abuse", nameNl: "Lichamelijke mishandeling", nameEn: "Physical abuse", isAce: true },
  { slug: "neglect", nameNl: "Verwaarlozing", nameEn: "Neglect", isAce: true },
  {
    slug: "domestic-violence",
    nameNl: "Getuige van huiselijk geweld",
    nameEn: "Witnessing domestic violence",
    isAce: true,
  },
  { slug: "parental-divorce", nameNl: "Scheiding van ouders", nameEn: "Parental divorce", isAce: true },
  {
    slug: "parental-mental-illness",
    nameNl: "Psychische problemen van ouder",
    nameEn: "Parental mental illness",
    isAce: true,
  },
  { slug: "parental-detention", nameNl: "Detentie van ouder", nameEn: "Parental detention", isAce: true },
  { slug: "teenage-parent", nameNl: "Tienerouder", nameEn: "Teenage parent", isAce: false },
  { slug: "young-parent", nameNl: "Jonge ouder", nameEn: "Young parent", isAce: false },
  { slug: "first-time-parent", nameNl: "Eerste kind", nameEn: "First-time parent", isAce: false },
  { slug: "poverty", nameNl: "Armoede of laag inkomen", nameEn: "Poverty or low income", isAce: false },
  { slug: "low-education", nameNl: "Laag opleidingsniveau", nameEn: "Low education", isAce: false },
  {
    slug: "parental-substance-use",
    nameNl: "Middelengebruik van ouder",
    nameEn: "Parental substance use",
    isAce: false,
  },
  { slug: "preterm-birth", nameNl: "Vroeggeboorte", nameEn: "Preterm birth", isAce: false },
  { slug: "social-isolation", nameNl: "Weinig sociale steun", nameEn: "Little social support", isAce: false },
  {
    slug: "parental-adverse-history",
    nameNl: "Belaste voorgeschiedenis ouder",
    nameEn: "Parent's own adverse history",
    isAce: false,
  },
  {
    slug: "child-behaviour-problems",
    nameNl: "Gedragsproblemen van het kind",
    nameEn: "Child behaviour problems",
    isAce: false,
  },
  {
    slug: "insecure-attachment-risk",
    nameNl: "Risico op onveilige gehechtheid",
    nameEn: "Risk of insecure attachment",
    isAce: false,
  },
  { slug: "early-adversity", nameNl: "Vroege ingrijpende ervaringen", nameEn: "Early adversity", isAce: false },
  { slug: "trauma-exposure", nameNl: "Blootstelling aan trauma", nameEn: "Trauma exposure", isAce: false },
  { slug: "foster-care", nameNl: "Pleeg- of adoptiezorg", nameEn: "Foster or adoptive care", isAce: false },
  {
    slug: "maltreatment-history",
    nameNl: "Eerdere kindermishandeling in het gezin",
    nameEn: "History of maltreatment in the family",
    isAce: false,
  },
  {
    slug: "parental-intellectual-disability",
    nameNl: "Verstandelijke beperking van ouder",
    nameEn: "Parental intellectual disability",
    isAce: false,
  },
  {
    slug: "excessive-crying",
    nameNl: "Excessief huilen of moeilijk temperament",
    nameEn: "Excessive crying or a difficult temperament",
    isAce: false,
  },
];

export const outcomeDomains: (TaxonomyEntry & { higherIsBetter: boolean })[] = [
  {
    slug: "parental-sensitivity",
    nameNl: "Sensitiviteit van de ouder",
    nameEn: "Parental sensitivity",
    higherIsBetter: true,
  },
  { slug: "positive-parenting", nameNl: "Positief opvoedgedrag", nameEn: "Positive parenting", higherIsBetter: true },
  { slug: "parenting-attitudes", nameNl: "Opvoedattitudes", nameEn: "Parenting attitudes", higherIsBetter: true },
  {
    slug: "attachment-security",
    nameNl: "Gehechtheidsveiligheid",
    nameEn: "Attachment security",
    higherIsBetter: true,
  },
  {
    slug: "maltreatment",
    nameNl: "Kindermishandeling (meldingen / herhaling)",
    nameEn: "Maltreatment (reports / recurrence)",
    higherIsBetter: false,
  },
  { slug: "harsh-discipline", nameNl: "Hardhandig straffen", nameEn: "Harsh discipline", higherIsBetter: false },
  {
    slug: "child-behaviour-problems",
    nameNl: "Gedragsproblemen van het kind",
    nameEn: "Child behaviour problems",
    higherIsBetter: false,
  },
  {
    slug: "child-emotional-problems",
    nameNl: "Emotionele problemen van het kind",
    nameEn: "Child emotional problems",
    higherIsBetter: false,
  },
  {
    slug: "child-social-competence",
    nameNl: "Sociale competentie van het kind",
    nameEn: "Child social competence",
    higherIsBetter: true,
  },
  { slug: "parenting-stress", nameNl: "Opvoedstress", nameEn: "Parenting stress", higherIsBetter: false },
  { slug: "parenting-problems", nameNl: "Opvoedproblemen", nameEn: "Parenting problems", higherIsBetter: false },
  { slug: "child-development", nameNl: "Ontwikkeling van het kind", nameEn: "Child development", higherIsBetter: true },
  { slug: "child-language", nameNl: "Taalontwikkeling van het kind", nameEn: "Child language", higherIsBetter: true },
  { slug: "home-environment", nameNl: "Thuisomgeving", nameEn: "Home environment", higherIsBetter: true },
  { slug: "maternal-wellbeing", nameNl: "Welzijn van de moeder", nameEn: "Maternal wellbeing", higherIsBetter: true },
  { slug: "child-health", nameNl: "Gezondheid van het kind", nameEn: "Child health", higherIsBetter: true },
  {
    slug: "child-trauma-symptoms",
    nameNl: "Traumaklachten van het kind",
    nameEn: "Child trauma symptoms",
    higherIsBetter: false,
  },
  { slug: "parental-competence", nameNl: "Opvoedcompetentie", nameEn: "Parental competence", higherIsBetter: true },
  {
    slug: "parental-depression",
    nameNl: "Depressieve klachten van de ouder",
    nameEn: "Parental depression",
    higherIsBetter: false,
  },
  { slug: "partner-violence", nameNl: "Partnergeweld", nameEn: "Partner violence", higherIsBetter: false },
  {
    slug: "child-protection-involvement",
    nameNl: "Betrokkenheid van jeugdbescherming",
    nameEn: "Child-protection involvement",
    higherIsBetter: false,
  },
];

export const deliveryModes: TaxonomyEntry[] = [
  { slug: "home-visits", nameNl: "Huisbezoeken", nameEn: "Home visits" },
  { slug: "video-feedback", nameNl: "Video-feedback", nameEn: "Video feedback" },
  { slug: "group-course", nameNl: "Groepscursus", nameEn: "Group course" },
  { slug: "individual-sessions", nameNl: "Individuele sessies", nameEn: "Individual sessions" },
  { slug: "parent-child-therapy", nameNl: "Ouder-kindtherapie", nameEn: "Parent-child therapy" },
  { slug: "live-coaching", nameNl: "Live coaching", nameEn: "Live coaching" },
  { slug: "volunteer-support", nameNl: "Ondersteuning door vrijwilligers", nameEn: "Volunteer support" },
  { slug: "online", nameNl: "Online", nameEn: "Online" },
  { slug: "screening", nameNl: "Screening", nameEn: "Screening" },
];

export type ClearinghouseEntry = {
  slug: string;
  name: string;
  country: string;
  website: string;
  /**
   * Levels, best first, as the clearinghouse words them, each with its place on the common scale (design:
   * common scale). null: the level has no counterpart, or the clearinghouse has no agreed mapping yet.
   */
  scale: CuratedClearinghouseLevel[];
};

const level = (name: string, commonLevel: CommonLevel | null): CuratedClearinghouseLevel => ({
  level: name,
  commonLevel,
});

export const clearinghouses: ClearinghouseEntry[] = [
  {
    slug: "nji",
    name: "NJi Databank Effectieve Jeugdinterventies",
    country: "NL",
    website: "https://www.nji.nl/interventies",
    scale: [
      level("Effectief volgens sterke aanwijzingen", "WELL_SUPPORTED"),
      level("Effectief volgens goede aanwijzingen", "SUPPORTED"),
      level("Effectief volgens eerste aanwijzingen", "PROMISING"),
      level("Goed onderbouwd", "THEORY_ONLY"),
      level("Goed beschreven", "INSUFFICIENT"),
      level("Niet erkend", "DOES_NOT_MEET"),
    ],
  },
  {
    slug: "lgl",
    name: "Loket Gezond Leven (RIVM)",
    country: "NL",
    website: "https://interventies.loketgezondleven.nl",
    scale: [
      level("Sterke aanwijzingen voor effectiviteit", "WELL_SUPPORTED"),
      level("Goede aanwijzingen voor effectiviteit", "SUPPORTED"),
      level("Eerste aanwijzingen voor effectiviteit", "PROMISING"),
      level("Goed onderbouwd", "THEORY_ONLY"),
      level("Goed beschreven", "INSUFFICIENT"),
      level("Niet erkend", "DOES_NOT_MEET"),
    ],
  },
  {
    slug: "blueprints",
    name: "Blueprints for Healthy Youth Development",
    country: "US",
    website: "https://www.blueprintsprograms.org",
    scale: [level("Model Plus", "WELL_SUPPORTED"), level("Model", "WELL_SUPPORTED"), level("Promising", "PROMISING")],
  },
  {
    slug: "cebc",
    name: "California Evidence-Based Clearinghouse for Child Welfare (CEBC)",
    country: "US",
    website: "https://www.cebc4cw.org",
    scale: [
      level("1 Well-Supported by Research Evidence", "WELL_SUPPORTED"),
      level("2 Supported by Research Evidence", "SUPPORTED"),
      level("3 Promising Research Evidence", "PROMISING"),
      level("4 Evidence Fails to Demonstrate Effect", "DOES_NOT_MEET"),
      level("5 Concerning Practice", "DOES_NOT_MEET"),
      level("NR Not able to be Rated", "INSUFFICIENT"),
    ],
  },
  {
    slug: "psc",
    name: "Title IV-E Prevention Services Clearinghouse",
    country: "US",
    website: "https://preventionservices.acf.hhs.gov",
    scale: [
      level("Well-supported", "WELL_SUPPORTED"),
      level("Supported", "SUPPORTED"),
      level("Promising", "PROMISING"),
      level("Does not currently meet criteria", "DOES_NOT_MEET"),
    ],
  },
  {
    slug: "homvee",
    name: "Home Visiting Evidence of Effectiveness (HomVEE)",
    country: "US",
    website: "https://homvee.acf.hhs.gov",
    scale: [
      level("Meets HHS criteria for an evidence-based model", "SUPPORTED"),
      level("Does not meet HHS criteria", "DOES_NOT_MEET"),
    ],
  },
  {
    // EIF's evidence ratings: 4 well-supported, 3 supported, 2 preliminary, NL2 "not level 2" (theory
    // only), NE no effect; a "+" is the same level with stronger support.
    slug: "eif",
    name: "Early Intervention Foundation Guidebook",
    country: "UK",
    website: "https://guidebook.eif.org.uk",
    scale: [
      level("Evidence 4+", "WELL_SUPPORTED"),
      level("Evidence 4", "WELL_SUPPORTED"),
      level("Evidence 3+", "SUPPORTED"),
      level("Evidence 3", "SUPPORTED"),
      level("Evidence 2+", "PROMISING"),
      level("Evidence 2", "PROMISING"),
      level("NL2", "THEORY_ONLY"),
      level("NE", "DOES_NOT_MEET"),
    ],
  },
  {
    slug: "foundations",
    name: "Foundations Guidebook",
    country: "UK",
    website: "https://www.foundations.org.uk",
    scale: [
      level("4+", "WELL_SUPPORTED"),
      level("4", "WELL_SUPPORTED"),
      level("3+", "SUPPORTED"),
      level("3", "SUPPORTED"),
      level("2+", "PROMISING"),
      level("2", "PROMISING"),
      level("NL2", "THEORY_ONLY"),
      level("NE", "DOES_NOT_MEET"),
    ],
  },
  {
    // Not in the common-scale mapping yet: shown on its own scale only.
    slug: "crimesolutions",
    name: "CrimeSolutions (NIJ)",
    country: "US",
    website: "https://crimesolutions.ojp.gov",
    scale: [level("Effective", null), level("Promising", null), level("No Effects", null)],
  },
];
