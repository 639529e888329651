/**
 * The decision aid's order (issue "decision support"): recognised as effective first, then the Dutch level,
 * then the certainty of the headline effect on the chosen outcome, then the lower bound of its CI — so a
 * large but uncertain effect does not outrank a modest, certain one. Pure and browser-safe; each result
 * carries one sentence on why it ranks where it does and what is unknown, in Dutch and English.
 */
import type { CertaintyLevel, LocalText } from "../evidence/certainty";
import { CERTAINTY_LEVELS, CERTAINTY_WORDS } from "../evidence/certainty";
import { effectSizeWord, SIZE_TEXT } from "../evidence/effect-words";

/**
 * Dutch levels from best to worst (the API's slugs). Not assessed is an unknown, not a verdict, so it ranks
 * above "niet effectief", which is one.
 */
export const LEVEL_ORDER = [
  "sterke-aanwijzingen",
  "goede-aanwijzingen",
  "eerste-aanwijzingen",
  "goed-onderbouwd",
  "goed-beschreven",
  "niet-beoordeeld",
  "niet-effectief",
] as const;
export type LevelSlug = (typeof LEVEL_ORDER)[number];

const LEVEL_TEXT: Record<LevelSlug, LocalText> = {
  "sterke-aanwijzingen": { nl: "effectief volgens sterke aanwijzingen", en: "effective (strong evidence)" },
  "goede-aanwijzingen": { nl: "effectief volgens goede aanwijzingen", en: "effective (good evidence)" },
  "eerste-aanwijzingen": { nl: "effectief volgens eerste aanwijzingen", en: "effective (first evidence)" },
  "goed-onderbouwd": { nl: "goed onderbouwd", en: "well-founded" },
  "goed-beschreven": { nl: "goed beschreven", en: "well-described" },
  "niet-effectief": { nl: "niet effectief", en: "not effective" },
  "niet-beoordeeld": { nl: "niet beoordeeld", en: "not assessed" },
};

export type DecisionCandidate = {
  slug: string;
  isRecognised: boolean;
  evidenceLevel: LevelSlug;
  /** The headline effect on the chosen outcome, if any. */
  effect: { estimate: number; ciLower: number | null; ciUpper: number | null; certainty: CertaintyLevel | null } | null;
};

export type RankedCandidate<T extends DecisionCandidate> = {
  rank: number;
  item: T;
  why: LocalText;
  unknown: LocalText[];
};

const certaintyIndex = (level: CertaintyLevel | null | undefined) =>
  level ? CERTAINTY_LEVELS.indexOf(level) : CERTAINTY_LEVELS.length;

/** Negative when a ranks before b. */
export function compareCandidates(a: DecisionCandidate, b: DecisionCandidate): number {
  if (a.isRecognised !== b.isRecognised) return a.isRecognised ? -1 : 1;
  const level = LEVEL_ORDER.indexOf(a.evidenceLevel) - LEVEL_ORDER.indexOf(b.evidenceLevel);
  if (level !== 0) return level;
  const certainty = certaintyIndex(a.effect?.certainty) - certaintyIndex(b.effect?.certainty);
  if (certainty !== 0) return certainty;
  const lowerA = a.effect?.ciLower ?? Number.NEGATIVE_INFINITY;
  const lowerB = b.effect?.ciLower ?? Number.NEGATIVE_INFINITY;
  if (lowerA !== lowerB) return lowerB - lowerA;
  return a.slug.localeCompare(b.slug);
}

const fmt = (value: number, locale: "nl" | "en") =>
  new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

function whyText(c: DecisionCandidate, outcome: LocalText): LocalText {
  const level = LEVEL_TEXT[c.evidenceLevel];
  const parts = (locale: "nl" | "en") => {
    const first = c.isRecognised
      ? locale === "nl"
        ? `Erkend als ${level.nl}`
        : `Recognised as ${level.en}`
      : locale === "nl"
        ? `Niet erkend als effectief; Nederlands niveau: ${level.nl}`
        : `Not recognised as effective; Dutch level: ${level.en}`;
    if (!c.effect) {
      return locale === "nl"
        ? `${first}; geen effect bekend op ${outcome.nl}.`
        : `${first}; no effect known on ${outcome.en}.`;
    }
    const { estimate, ciLower, ciUpper, certainty } = c.effect;
    const ci = ciLower !== null && ciUpper !== null ? ` [${fmt(ciLower, locale)}; ${fmt(ciUpper, locale)}]` : "";
    const size = effectSizeWord(estimate);
    const sizeWord = SIZE_TEXT[size][locale];
    const sure = certainty ? `, ${CERTAINTY_WORDS[certainty][locale]}` : "";
    return locale === "nl"
      ? `${first}; ${sizeWord} effect op ${outcome.nl}: g = ${fmt(estimate, locale)}${ci}${sure}.`
      : `${first}; ${sizeWord} effect on ${outcome.en}: g = ${fmt(estimate, locale)}${ci}${sure}.`;
  };
  return { nl: parts("nl"), en: parts("en") };
}

function unknowns(c: DecisionCandidate, outcome: LocalText): LocalText[] {
  const out: LocalText[] = [];
  if (c.evidenceLevel === "niet-beoordeeld") {
    out.push({ nl: "Geen Nederlandse beoordeling bekend.", en: "No Dutch rating known." });
  }
  if (!c.effect) {
    out.push({ nl: `Geen gemeten effect op ${outcome.nl}.`, en: `No measured effect on ${outcome.en}.` });
  } else {
    if (!c.effect.certainty) out.push({ nl: "Zekerheid niet bepaald.", en: "Certainty not determined." });
    if (c.effect.ciLower === null) {
      out.push({ nl: "Geen betrouwbaarheidsinterval bekend.", en: "No confidence interval known." });
    }
  }
  return out;
}

/** Sorts by the decision order and explains each place. */
export function rankCandidates<T extends DecisionCandidate>(candidates: T[], outcome: LocalText): RankedCandidate<T>[] {
  return [...candidates]
    .sort(compareCandidates)
    .map((item, index) => ({ rank: index + 1, item, why: whyText(item, outcome), unknown: unknowns(item, outcome) }));
}
