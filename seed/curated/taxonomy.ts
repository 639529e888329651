/** Reference lists: risk factors (Gezondheidsraad 2018/11 ACEs and common risk factors), outcome domains,
 * delivery modes and the clearinghouses whose ratings are shown side by side. */

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
  /** Levels, best first, as the clearinghouse words them. */
  scale: string[];
};

export const clearinghouses: ClearinghouseEntry[] = [
  {
    slug: "nji",
    name: "NJi Databank Effectieve Jeugdinterventies",
    country: "NL",
    website: "https://www.nji.nl/interventies",
    scale: [
      "Effectief volgens sterke aanwijzingen",
      "Effectief volgens goede aanwijzingen",
      "Effectief volgens eerste aanwijzingen",
      "Goed onderbouwd",
      "Goed beschreven",
    ],
  },
  {
    slug: "lgl",
    name: "Loket Gezond Leven (RIVM)",
    country: "NL",
    website: "https://interventies.loketgezondleven.nl",
    scale: [
      "Sterke aanwijzingen voor effectiviteit",
      "Goede aanwijzingen voor effectiviteit",
      "Eerste aanwijzingen voor effectiviteit",
      "Goed onderbouwd",
      "Goed beschreven",
    ],
  },
  {
    slug: "blueprints",
    name: "Blueprints for Healthy Youth Development",
    country: "US",
    website: "https://www.blueprintsprograms.org",
    scale: ["Model Plus", "Model", "Promising"],
  },
  {
    slug: "cebc",
    name: "California Evidence-Based Clearinghouse for Child Welfare (CEBC)",
    country: "US",
    website: "https://www.cebc4cw.org",
    scale: [
      "1 Well-Supported by Research Evidence",
      "2 Supported by Research Evidence",
      "3 Promising Research Evidence",
      "4 Evidence Fails to Demonstrate Effect",
      "5 Concerning Practice",
      "NR Not able to be Rated",
    ],
  },
  {
    slug: "psc",
    name: "Title IV-E Prevention Services Clearinghouse",
    country: "US",
    website: "https://preventionservices.acf.hhs.gov",
    scale: ["Well-supported", "Supported", "Promising", "Does not currently meet criteria"],
  },
  {
    slug: "homvee",
    name: "Home Visiting Evidence of Effectiveness (HomVEE)",
    country: "US",
    website: "https://homvee.acf.hhs.gov",
    scale: ["Meets HHS criteria for an evidence-based model", "Does not meet HHS criteria"],
  },
  {
    slug: "eif",
    name: "Early Intervention Foundation Guidebook",
    country: "UK",
    website: "https://guidebook.eif.org.uk",
    scale: ["Evidence 4+", "Evidence 4", "Evidence 3+", "Evidence 3", "Evidence 2+", "Evidence 2", "NL2", "NE"],
  },
  {
    slug: "foundations",
    name: "Foundations Guidebook",
    country: "UK",
    website: "https://www.foundations.org.uk",
    scale: ["4+", "4", "3+", "3", "2+", "2"],
  },
  {
    slug: "crimesolutions",
    name: "CrimeSolutions (NIJ)",
    country: "US",
    website: "https://crimesolutions.ojp.gov",
    scale: ["Effective", "Promising", "No Effects"],
  },
  {
    slug: "other",
    name: "Other endorsement or guideline",
    country: "—",
    website: "",
    scale: [],
  },
];
