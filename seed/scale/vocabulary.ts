/**
 * Word lists for the synthetic (isDemo) interventions of the scale generator. Every slug refers to
 * seed/curated/taxonomy.ts. Names come out as e.g. "Video-feedback voor ouders van peuters" /
 * "Video feedback for parents of toddlers", optionally behind a programme name ("Samen Sterk: …").
 * Organisations and journals are invented; instrument names in outcome labels are real instruments.
 */
import type { AdviceGroup, EvidenceLevel, PreventionLevel } from "../../generated/prisma/enums";

export type Bilingual = readonly [nl: string, en: string];

export type Audience = {
  nl: string;
  en: string;
  /** Typical child age range in months (negative = pregnancy). */
  ages: readonly [number, number];
  /** Risk factors that define this audience (always added to its selective/indicated target groups). */
  riskFactors?: readonly string[];
};

export const audiences = {
  expectant: { nl: "aanstaande ouders", en: "expectant parents", ages: [-9, 6] },
  youngMothers: { nl: "jonge moeders", en: "young mothers", ages: [-6, 24], riskFactors: ["teenage-parent"] },
  infants: { nl: "ouders van baby's", en: "parents of babies", ages: [0, 12] },
  toddlers: { nl: "ouders van peuters", en: "parents of toddlers", ages: [12, 48] },
  youngChildren: { nl: "ouders van jonge kinderen", en: "parents of young children", ages: [0, 72] },
  preschool: { nl: "ouders van kleuters", en: "parents of preschoolers", ages: [36, 84] },
  schoolAge: { nl: "ouders van schoolkinderen", en: "parents of primary-school children", ages: [48, 144] },
  teens: { nl: "ouders van tieners", en: "parents of teenagers", ages: [144, 216] },
  multiProblem: { nl: "gezinnen met meervoudige problemen", en: "families with multiple problems", ages: [0, 216] },
  separated: { nl: "gescheiden ouders", en: "separated parents", ages: [0, 216], riskFactors: ["parental-divorce"] },
  foster: {
    nl: "pleeg- en adoptieouders",
    en: "foster and adoptive parents",
    ages: [0, 216],
    riskFactors: ["foster-care"],
  },
  childrenAndParents: { nl: "kinderen en hun ouders", en: "children and their parents", ages: [48, 216] },
  childrenOfSeparated: {
    nl: "kinderen van gescheiden ouders",
    en: "children of separated parents",
    ages: [72, 168],
    riskFactors: ["parental-divorce"],
  },
  childrenOfMentalIllness: {
    nl: "kinderen van ouders met psychische problemen",
    en: "children of parents with a mental illness",
    ages: [72, 216],
    riskFactors: ["parental-mental-illness"],
  },
  childrenOfPrisoners: {
    nl: "kinderen van gedetineerde ouders",
    en: "children of imprisoned parents",
    ages: [48, 216],
    riskFactors: ["parental-detention"],
  },
} satisfies Record<string, Audience>;

export type AudienceKey = keyof typeof audiences;

export type Provider = { nl: string; en: string };

export type Theme = {
  nl: string;
  en: string;
  /** Tail of "… waarin <provider> <activity>." / "… in which <provider> <activity>." */
  activityNl: string;
  activityEn: string;
  aimsNl: string;
  aimsEn: string;
  /** Delivery mode slugs, most typical first; the first is the primary mode. */
  delivery: readonly string[];
  /** Outcome domain slugs, most typical first. */
  outcomes: readonly string[];
  audiences: readonly AudienceKey[];
  providers: readonly Provider[];
  /** Risk factor slugs typical for the theme. */
  riskFactors: readonly string[];
  /** Typical number of sessions and weeks. */
  sessions: readonly [number, number];
  weeks: readonly [number, number];
  minutes: readonly number[];
};

const nurse = { nl: "een jeugdverpleegkundige", en: "a youth nurse" };
const familyCoach = { nl: "een gezinscoach", en: "a family coach" };
const psychologist = { nl: "een gz-psycholoog", en: "a clinical psychologist" };

export const themes: readonly Theme[] = [
  {
    nl: "Video-feedback",
    en: "Video feedback",
    activityNl:
      "ouders met korte video-opnames laat zien hoe hun kind signalen geeft en hoe zij daarop kunnen reageren",
    activityEn: "uses short video clips to show parents how their child signals needs and how they can respond",
    aimsNl: "De sensitiviteit van ouders vergroten en een veilige gehechtheid van het kind bevorderen.",
    aimsEn: "Increase parental sensitivity and promote secure attachment of the child.",
    delivery: ["video-feedback", "home-visits", "live-coaching", "individual-sessions"],
    outcomes: [
      "parental-sensitivity",
      "attachment-security",
      "positive-parenting",
      "child-behaviour-problems",
      "parenting-stress",
    ],
    audiences: ["infants", "toddlers", "youngChildren", "foster", "youngMothers"],
    providers: [nurse, { nl: "een pedagogisch hulpverlener", en: "a parenting support worker" }, familyCoach],
    riskFactors: [
      "insecure-attachment-risk",
      "parental-mental-illness",
      "preterm-birth",
      "first-time-parent",
      "early-adversity",
    ],
    sessions: [4, 8],
    weeks: [6, 16],
    minutes: [60, 90],
  },
  {
    nl: "Huisbezoekprogramma",
    en: "Home visiting programme",
    activityNl: "het gezin thuis ondersteunt bij de zorg voor het kind en bij het opbouwen van een sociaal netwerk",
    activityEn: "supports the family at home in caring for the child and in building a social network",
    aimsNl:
      "Kindermishandeling voorkomen en de ontwikkeling van het kind en de gezondheid van moeder en kind bevorderen.",
    aimsEn: "Prevent child maltreatment and promote child development and the health of mother and child.",
    delivery: ["home-visits", "volunteer-support", "screening"],
    outcomes: [
      "maltreatment",
      "child-development",
      "home-environment",
      "maternal-wellbeing",
      "child-health",
      "positive-parenting",
    ],
    audiences: ["expectant", "youngMothers", "infants", "youngChildren"],
    providers: [nurse, { nl: "een verloskundige", en: "a midwife" }, familyCoach],
    riskFactors: [
      "teenage-parent",
      "first-time-parent",
      "poverty",
      "low-education",
      "social-isolation",
      "parental-substance-use",
      "parental-adverse-history",
      "domestic-violence",
    ],
    sessions: [10, 60],
    weeks: [26, 130],
    minutes: [60, 75, 90],
  },
  {
    nl: "Oudercursus",
    en: "Parenting course",
    activityNl: "ouders in groepsbijeenkomsten leert positief op te voeden en duidelijke grenzen te stellen",
    activityEn: "teaches parents in group sessions to use positive parenting and to set clear limits",
    aimsNl: "Positief opvoedgedrag versterken en gedragsproblemen van het kind verminderen.",
    aimsEn: "Strengthen positive parenting and reduce child behaviour problems.",
    delivery: ["group-course", "online", "individual-sessions"],
    outcomes: [
      "positive-parenting",
      "harsh-discipline",
      "child-behaviour-problems",
      "parenting-stress",
      "parenting-problems",
      "parenting-attitudes",
    ],
    audiences: ["toddlers", "preschool", "schoolAge", "teens", "youngChildren", "separated"],
    providers: [
      { nl: "een getrainde groepsbegeleider", en: "a trained group facilitator" },
      { nl: "een orthopedagoog", en: "an educational psychologist" },
    ],
    riskFactors: ["child-behaviour-problems", "parental-divorce", "poverty", "social-isolation", "low-education"],
    sessions: [4, 14],
    weeks: [4, 14],
    minutes: [90, 120, 150],
  },
  {
    nl: "Ouder-kindinteractietherapie",
    en: "Parent-child interaction therapy",
    activityNl: "ouders via een oortje live coacht terwijl zij met hun kind spelen",
    activityEn: "coaches parents live through an earpiece while they play with their child",
    aimsNl: "De ouder-kindrelatie verbeteren en hardhandig straffen en gedragsproblemen verminderen.",
    aimsEn: "Improve the parent-child relationship and reduce harsh discipline and behaviour problems.",
    delivery: ["parent-child-therapy", "live-coaching", "individual-sessions"],
    outcomes: [
      "child-behaviour-problems",
      "harsh-discipline",
      "maltreatment",
      "positive-parenting",
      "parenting-stress",
    ],
    audiences: ["toddlers", "preschool", "schoolAge", "foster"],
    providers: [{ nl: "een gezinstherapeut", en: "a family therapist" }, psychologist],
    riskFactors: [
      "maltreatment-history",
      "physical-abuse",
      "child-behaviour-problems",
      "domestic-violence",
      "emotional-abuse",
    ],
    sessions: [12, 24],
    weeks: [12, 30],
    minutes: [60, 90],
  },
  {
    nl: "Traumabehandeling",
    en: "Trauma treatment",
    activityNl: "kind en ouder stap voor stap helpt om ingrijpende ervaringen te verwerken",
    activityEn: "helps child and parent to process adverse experiences step by step",
    aimsNl: "Traumaklachten van het kind verminderen en de ouder leren het kind daarbij te steunen.",
    aimsEn: "Reduce the child's trauma symptoms and teach the parent to support the child.",
    delivery: ["individual-sessions", "parent-child-therapy", "online"],
    outcomes: ["child-trauma-symptoms", "child-emotional-problems", "child-behaviour-problems", "parenting-stress"],
    audiences: ["childrenAndParents", "preschool", "schoolAge", "teens", "foster"],
    providers: [
      psychologist,
      { nl: "een kinder- en jeugdpsycholoog", en: "a child psychologist" },
      { nl: "een traumatherapeut", en: "a trauma therapist" },
    ],
    riskFactors: [
      "trauma-exposure",
      "domestic-violence",
      "physical-abuse",
      "emotional-abuse",
      "neglect",
      "early-adversity",
    ],
    sessions: [8, 20],
    weeks: [8, 24],
    minutes: [45, 60, 90],
  },
  {
    nl: "Intensieve gezinsbegeleiding",
    en: "Intensive family support",
    activityNl: "het gezin thuis begeleidt bij opvoedproblemen en bij praktische zorgen zoals schulden en huisvesting",
    activityEn: "supports the family at home with parenting problems and practical worries such as debt and housing",
    aimsNl: "Opvoedproblemen en opvoedstress verminderen en herhaling van kindermishandeling voorkomen.",
    aimsEn: "Reduce parenting problems and stress and prevent recurrence of child maltreatment.",
    delivery: ["home-visits", "individual-sessions", "live-coaching"],
    outcomes: [
      "parenting-problems",
      "parenting-stress",
      "maltreatment",
      "home-environment",
      "child-behaviour-problems",
    ],
    audiences: ["multiProblem", "youngChildren", "schoolAge", "teens"],
    providers: [
      familyCoach,
      { nl: "een jeugdhulpverlener", en: "a youth care worker" },
      { nl: "een maatschappelijk werker", en: "a social worker" },
    ],
    riskFactors: [
      "maltreatment-history",
      "neglect",
      "poverty",
      "parental-substance-use",
      "parental-mental-illness",
      "domestic-violence",
      "parental-detention",
    ],
    sessions: [12, 40],
    weeks: [12, 52],
    minutes: [60, 120],
  },
  {
    nl: "Online oudertraining",
    en: "Online parent training",
    activityNl: "ouders met filmpjes, oefeningen en chatbegeleiding helpt om rustiger op te voeden",
    activityEn: "helps parents to parent more calmly with videos, exercises and chat support",
    aimsNl: "Opvoedstress verminderen en het vertrouwen van ouders in hun eigen opvoeding vergroten.",
    aimsEn: "Reduce parenting stress and increase parents' confidence in their own parenting.",
    delivery: ["online", "individual-sessions"],
    outcomes: [
      "parenting-stress",
      "positive-parenting",
      "parenting-attitudes",
      "child-behaviour-problems",
      "maternal-wellbeing",
    ],
    audiences: ["infants", "toddlers", "schoolAge", "teens", "separated"],
    providers: [
      { nl: "een online coach", en: "an online coach" },
      { nl: "een pedagoog", en: "an educationalist" },
    ],
    riskFactors: ["parental-divorce", "first-time-parent", "social-isolation"],
    sessions: [5, 10],
    weeks: [5, 12],
    minutes: [20, 30, 45],
  },
  {
    nl: "Steun van ervaren ouders",
    en: "Support from experienced parents",
    activityNl: "het gezin wekelijks bezoekt en een luisterend oor en praktische hulp biedt",
    activityEn: "visits the family every week and offers a listening ear and practical help",
    aimsNl: "Sociale steun vergroten en opvoedstress en sociaal isolement verminderen.",
    aimsEn: "Increase social support and reduce parenting stress and social isolation.",
    delivery: ["volunteer-support", "home-visits"],
    outcomes: ["maternal-wellbeing", "parenting-stress", "home-environment", "positive-parenting"],
    audiences: ["infants", "youngMothers", "youngChildren", "expectant"],
    providers: [
      { nl: "een getrainde vrijwilliger", en: "a trained volunteer" },
      { nl: "een ervaringsdeskundige ouder", en: "a peer parent" },
    ],
    riskFactors: ["social-isolation", "first-time-parent", "teenage-parent", "parental-mental-illness", "poverty"],
    sessions: [10, 40],
    weeks: [12, 52],
    minutes: [90, 120],
  },
  {
    nl: "Taalstimulering",
    en: "Language stimulation",
    activityNl: "ouders thuis leert voor te lezen en met hun kind in gesprek te gaan",
    activityEn: "teaches parents at home to read aloud and to talk with their child",
    aimsNl: "De taalontwikkeling van het kind en een stimulerende thuisomgeving bevorderen.",
    aimsEn: "Promote the child's language development and a stimulating home environment.",
    delivery: ["home-visits", "group-course"],
    outcomes: ["child-language", "child-development", "home-environment", "positive-parenting"],
    audiences: ["toddlers", "preschool", "infants"],
    providers: [
      { nl: "een voorleesconsulent", en: "a reading consultant" },
      { nl: "een pedagogisch medewerker", en: "an early years practitioner" },
    ],
    riskFactors: ["low-education", "poverty", "social-isolation"],
    sessions: [6, 20],
    weeks: [10, 40],
    minutes: [30, 45, 60],
  },
  {
    nl: "Vroegsignalering",
    en: "Early identification",
    activityNl: "met een korte vragenlijst zorgen vroeg opspoort en het gezin doorverwijst naar passende hulp",
    activityEn: "uses a short questionnaire to spot concerns early and refers the family to suitable help",
    aimsNl: "Risico's op kindermishandeling vroeg signaleren en gezinnen tijdig naar hulp toeleiden.",
    aimsEn: "Identify risks of child maltreatment early and refer families to help in time.",
    delivery: ["screening", "home-visits"],
    outcomes: ["maltreatment", "child-health", "home-environment", "parenting-problems"],
    audiences: ["expectant", "infants", "youngChildren"],
    providers: [{ nl: "een jeugdarts", en: "a youth doctor" }, nurse, { nl: "een verloskundige", en: "a midwife" }],
    riskFactors: [
      "parental-adverse-history",
      "domestic-violence",
      "parental-substance-use",
      "parental-mental-illness",
      "teenage-parent",
    ],
    sessions: [2, 4],
    weeks: [2, 12],
    minutes: [20, 30],
  },
  {
    nl: "Weerbaarheidstraining",
    en: "Resilience training",
    activityNl: "kinderen in een groep leert gevoelens te herkennen en met tegenslag om te gaan",
    activityEn: "teaches children in a group to recognise feelings and to cope with setbacks",
    aimsNl: "Emotionele problemen verminderen en de sociale competentie van kinderen versterken.",
    aimsEn: "Reduce emotional problems and strengthen children's social competence.",
    delivery: ["group-course", "online"],
    outcomes: [
      "child-emotional-problems",
      "child-social-competence",
      "child-behaviour-problems",
      "child-trauma-symptoms",
    ],
    audiences: ["childrenOfSeparated", "childrenOfMentalIllness", "childrenOfPrisoners", "childrenAndParents"],
    providers: [
      { nl: "een groepstrainer", en: "a group trainer" },
      { nl: "een schoolmaatschappelijk werker", en: "a school social worker" },
    ],
    riskFactors: ["parental-divorce", "parental-mental-illness", "parental-detention", "domestic-violence"],
    sessions: [6, 12],
    weeks: [6, 12],
    minutes: [60, 90],
  },
];

/** Programme names put in front of some interventions ("Samen Sterk: video-feedback voor …"). */
export const brands: readonly Bilingual[] = [
  ["Samen Sterk", "Stronger Together"],
  ["Stevig Begin", "Steady Start"],
  ["Goed Begin", "Good Beginnings"],
  ["Kleine Stappen", "Small Steps"],
  ["Sterke Basis", "Strong Foundations"],
  ["Samen Groeien", "Growing Together"],
  ["Ouders Voorop", "Parents First"],
  ["Thuis op Koers", "Home on Track"],
  ["Kijk Mee", "Look Together"],
  ["Nieuwe Start", "New Start"],
  ["Hand in Hand", "Hand in Hand"],
  ["Sterk Gezin", "Strong Family"],
  ["Warm Nest", "Warm Nest"],
  ["Rust in Huis", "Calm at Home"],
  ["Met Elkaar", "With Each Other"],
  ["Dichtbij", "Close By"],
  ["Opgroeien met Vertrouwen", "Growing Up with Confidence"],
  ["Veilig Hechten", "Secure Bonds"],
  ["Zien en Doen", "See and Do"],
  ["Eerste Jaren", "First Years"],
];

/** Session nouns by primary delivery mode (plural). */
/** Parts of invented one-word programme names ("HechtKompas", "ThuisStap"), used as is in both languages. */
export const brandPrefixes: readonly string[] = [
  "Ouder",
  "Gezins",
  "Kind",
  "Thuis",
  "Opvoed",
  "Hecht",
  "Groei",
  "Samen",
  "Stevig",
  "Veilig",
  "Sterk",
  "Kiem",
  "Nest",
  "Basis",
  "Zorg",
  "Kijk",
  "Steun",
  "Licht",
  "Kern",
  "Wortel",
];
export const brandSuffixes: readonly string[] = [
  "Kracht",
  "Punt",
  "Lijn",
  "Wijzer",
  "Plan",
  "Kompas",
  "Stap",
  "Sprong",
  "Brug",
  "Cirkel",
  "Maatje",
  "Zicht",
  "Kring",
  "Baken",
  "Route",
  "Anker",
  "Bron",
  "Draad",
];

export const sessionWords: Record<string, Bilingual> = {
  "home-visits": ["huisbezoeken", "home visits"],
  "video-feedback": ["video-feedbacksessies", "video feedback sessions"],
  "group-course": ["groepsbijeenkomsten", "group sessions"],
  "individual-sessions": ["sessies", "sessions"],
  "parent-child-therapy": ["therapiesessies", "therapy sessions"],
  "live-coaching": ["coachingsessies", "coaching sessions"],
  "volunteer-support": ["bezoeken", "visits"],
  online: ["online modules", "online modules"],
  screening: ["contactmomenten", "contacts"],
};

export const organisationKinds: readonly string[] = ["Stichting", "Expertisecentrum", "Kenniscentrum", "Coöperatie"];
export const organisationTopics: readonly string[] = [
  "Jeugd & Gezin",
  "Opvoeden",
  "Ouder en Kind",
  "Gezinszorg",
  "Veilig Opgroeien",
  "Jonge Ouders",
];
export const regions: readonly string[] = [
  "Noord",
  "Oost",
  "Zuid",
  "West",
  "Midden",
  "Randstad",
  "Brabant",
  "Gelderland",
  "Limburg",
  "Friesland",
];

export const preventionLevelNames: Record<PreventionLevel, Bilingual> = {
  UNIVERSAL: ["Universele preventie", "Universal prevention"],
  SELECTIVE: ["Selectieve preventie", "Selective prevention"],
  INDICATED: ["Geïndiceerde preventie", "Indicated prevention"],
  CARE: ["Zorg", "Care"],
};

export const preventionLevelWeights: readonly (readonly [PreventionLevel, number])[] = [
  ["UNIVERSAL", 20],
  ["SELECTIVE", 40],
  ["INDICATED", 25],
  ["CARE", 15],
];

/** Most interventions in the Dutch databank are "goed beschreven" or "goed onderbouwd". */
export const evidenceLevelWeights: readonly (readonly [EvidenceLevel, number])[] = [
  ["NIET_BEOORDEELD", 6],
  ["NIET_EFFECTIEF", 3],
  ["GOED_BESCHREVEN", 38],
  ["GOED_ONDERBOUWD", 33],
  ["EERSTE_AANWIJZINGEN", 11],
  ["GOEDE_AANWIJZINGEN", 6],
  ["STERKE_AANWIJZINGEN", 3],
];

/** Relative amount of research per level: well-evidenced interventions have more studies. */
export const researchWeight: Record<EvidenceLevel, number> = {
  NIET_BEOORDEELD: 0.4,
  NIET_EFFECTIEF: 1.2,
  GOED_BESCHREVEN: 0.6,
  GOED_ONDERBOUWD: 0.8,
  EERSTE_AANWIJZINGEN: 1.6,
  GOEDE_AANWIJZINGEN: 2.4,
  STERKE_AANWIJZINGEN: 3.5,
};

/**
 * The Health Council's target groups (Gezondheidsraad 2018/11) a target group of each prevention level is
 * drawn from: universal offers are for all parents; selective ones for families with risk factors and/or
 * parents who ask for support; indicated ones mostly for families with risk factors, some for families where
 * maltreatment occurs; care mostly for families where maltreatment occurs. Each list is in the enum's order.
 */
export const adviceGroupWeights: Record<PreventionLevel, readonly (readonly [readonly AdviceGroup[], number])[]> = {
  UNIVERSAL: [[["UNIVERSAL"], 1]],
  SELECTIVE: [
    [["RISK_FACTORS"], 50],
    [["ASKS_FOR_SUPPORT"], 20],
    [["RISK_FACTORS", "ASKS_FOR_SUPPORT"], 30],
  ],
  INDICATED: [
    [["RISK_FACTORS"], 45],
    [["MALTREATMENT_OCCURS"], 20],
    [["RISK_FACTORS", "MALTREATMENT_OCCURS"], 20],
    [["RISK_FACTORS", "ASKS_FOR_SUPPORT"], 15],
  ],
  CARE: [
    [["MALTREATMENT_OCCURS"], 55],
    [["RISK_FACTORS", "MALTREATMENT_OCCURS"], 30],
    [["RISK_FACTORS"], 15],
  ],
};

/** Invented committee names for synthetic recognition decisions, marked as such. */
export const syntheticCommittees: readonly string[] = [
  "Synthetische deelcommissie jeugdgezondheidszorg en opvoedondersteuning (demo)",
  "Synthetische deelcommissie jeugdzorg en psychosociale preventie (demo)",
];

/** Appended to a synthetic decision's justification, by its recognition status and level. */
export const statusJustification = {
  ERKEND_EFFECTIEF: "Erkend als effectief (synthetisch).",
  ERKEND: "Erkend als goed onderbouwd (synthetisch).",
  IN_HERBEOORDELING: "Erkenning verlopen, in herbeoordeling (synthetisch).",
  NIET_ERKEND: "Niet erkend (synthetisch).",
} as const;

export const levelJustification: Record<EvidenceLevel, Bilingual> = {
  NIET_BEOORDEELD: ["", ""],
  NIET_EFFECTIEF: [
    "Synthetisch oordeel: onderzoek laat geen effect zien.",
    "Synthetic verdict: research shows no effect.",
  ],
  GOED_BESCHREVEN: [
    "Synthetisch oordeel: doel, doelgroep en aanpak zijn goed beschreven.",
    "Synthetic verdict: aims, target group and approach are well described.",
  ],
  GOED_ONDERBOUWD: [
    "Synthetisch oordeel: de werkzame elementen zijn theoretisch onderbouwd.",
    "Synthetic verdict: the active elements are theoretically grounded.",
  ],
  EERSTE_AANWIJZINGEN: [
    "Synthetisch oordeel: eerste aanwijzingen voor effectiviteit.",
    "Synthetic verdict: first indications of effectiveness.",
  ],
  GOEDE_AANWIJZINGEN: [
    "Synthetisch oordeel: goede aanwijzingen voor effectiviteit.",
    "Synthetic verdict: good indications of effectiveness.",
  ],
  STERKE_AANWIJZINGEN: [
    "Synthetisch oordeel: sterke aanwijzingen voor effectiviteit.",
    "Synthetic verdict: strong indications of effectiveness.",
  ],
};

/** Instruments per outcome domain, with a typical score mean and SD (direction follows the domain). */
export const instruments: Record<string, readonly { label: string; mean: number; sd: number }[]> = {
  "parental-sensitivity": [
    { label: "Emotional Availability Scales – sensitivity", mean: 5.2, sd: 1.1 },
    { label: "Ainsworth Sensitivity Scale", mean: 4.6, sd: 1.6 },
  ],
  "positive-parenting": [
    { label: "Alabama Parenting Questionnaire – positive parenting", mean: 24.5, sd: 3.8 },
    { label: "Observed positive parenting (DPICS)", mean: 14.0, sd: 6.5 },
  ],
  "parenting-attitudes": [{ label: "Adult-Adolescent Parenting Inventory (AAPI-2)", mean: 48.0, sd: 9.0 }],
  "attachment-security": [
    { label: "Attachment Q-Sort security score", mean: 0.28, sd: 0.2 },
    { label: "Strange Situation security rating", mean: 4.8, sd: 1.9 },
  ],
  maltreatment: [
    { label: "CTSPC physical assault (parent report)", mean: 6.5, sd: 8.2 },
    { label: "Child Abuse Potential Inventory – abuse scale", mean: 120.0, sd: 85.0 },
  ],
  "harsh-discipline": [
    { label: "Parenting Scale – overreactivity", mean: 3.1, sd: 0.9 },
    { label: "CTSPC psychological aggression", mean: 12.0, sd: 9.5 },
  ],
  "child-behaviour-problems": [
    { label: "CBCL externalising (T score)", mean: 58.0, sd: 10.0 },
    { label: "Eyberg Child Behavior Inventory – intensity", mean: 128.0, sd: 32.0 },
  ],
  "child-emotional-problems": [
    { label: "CBCL internalising (T score)", mean: 56.0, sd: 10.0 },
    { label: "SDQ emotional symptoms", mean: 3.6, sd: 2.4 },
  ],
  "child-social-competence": [{ label: "SDQ prosocial behaviour", mean: 7.8, sd: 1.9 }],
  "parenting-stress": [
    { label: "Parenting Stress Index – total", mean: 82.0, sd: 18.0 },
    { label: "NOSI-K total", mean: 62.0, sd: 15.0 },
  ],
  "parenting-problems": [{ label: "Parenting Scale – total", mean: 3.0, sd: 0.6 }],
  "child-development": [
    { label: "Bayley-III cognitive composite", mean: 98.0, sd: 14.0 },
    { label: "Ages & Stages Questionnaire total", mean: 245.0, sd: 35.0 },
  ],
  "child-language": [
    { label: "Reynell language comprehension", mean: 97.0, sd: 15.0 },
    { label: "MacArthur-Bates CDI vocabulary", mean: 180.0, sd: 95.0 },
  ],
  "home-environment": [{ label: "HOME Inventory total", mean: 36.0, sd: 5.5 }],
  "maternal-wellbeing": [{ label: "WHO-5 Well-Being Index", mean: 58.0, sd: 19.0 }],
  "child-health": [{ label: "Child health (parent-rated, 1–5)", mean: 3.9, sd: 0.8 }],
  "child-trauma-symptoms": [
    { label: "CRIES-13 total", mean: 32.0, sd: 13.0 },
    { label: "TSCYC posttraumatic stress", mean: 55.0, sd: 12.0 },
  ],
};

export const dutchSurnames: readonly string[] = [
  "Jansen",
  "de Vries",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
  "van der Meer",
  "Kok",
  "Jacobs",
  "de Haan",
  "Vermeulen",
  "van den Heuvel",
  "van der Veen",
  "van den Broek",
  "de Bruijn",
  "Schouten",
  "van Beek",
  "Willems",
  "van Dijk",
  "Hoekstra",
  "Verhoeven",
  "Koster",
  "Prins",
  "Huisman",
  "Peeters",
  "Maes",
  "Claes",
  "Wouters",
  "Goossens",
];
export const otherSurnames: readonly string[] = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Taylor",
  "Davies",
  "Wilson",
  "Evans",
  "Thomas",
  "Roberts",
  "Miller",
  "Anderson",
  "Garcia",
  "Martinez",
  "Nguyen",
  "Müller",
  "Schmidt",
  "Andersson",
  "Johansson",
  "Hansen",
  "Olsen",
];
export const initials = "ABCDEFGHIJKLMNPRSTVW";

export const countries: readonly (readonly [string, number])[] = [
  ["NL", 55],
  ["BE", 8],
  ["US", 17],
  ["UK", 8],
  ["DE", 4],
  ["SE", 4],
  ["NO", 4],
];

/** Invented journal names: the synthetic citations must not look like real papers. */
export const journals: readonly string[] = [
  "Tijdschrift voor Jeugdinterventies",
  "Journal of Child and Family Intervention Research",
  "Family Support Studies",
  "Early Parenting Review",
  "Nordic Journal of Family Programmes",
  "Child Maltreatment Prevention Quarterly",
];

export const designTitle: Record<"RCT" | "QUASI_EXPERIMENTAL" | "PRE_POST" | "META_ANALYSIS", string> = {
  RCT: "a randomised controlled trial",
  QUASI_EXPERIMENTAL: "a quasi-experimental study",
  PRE_POST: "a pre-post evaluation",
  META_ANALYSIS: "a meta-analysis",
};
