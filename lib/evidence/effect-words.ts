/**
 * The size of an SMD in one word, joined with its certainty: "bescheiden effect, lage zekerheid". Light and
 * browser-safe (no statistics), for cards and tables. Bounds as Cohen's d, with the Health Council's
 * "bescheiden" for 0.2–0.5.
 */
import { CERTAINTY_WORDS, type CertaintyLevel, type LocalText } from "./certainty";

export const EFFECT_SIZE_WORDS = ["small", "modest", "medium", "large"] as const;
export type EffectSizeWord = (typeof EFFECT_SIZE_WORDS)[number];

export const SIZE_TEXT: Record<EffectSizeWord, LocalText> = {
  small: { nl: "klein", en: "small" },
  modest: { nl: "bescheiden", en: "modest" },
  medium: { nl: "middelgroot", en: "medium" },
  large: { nl: "groot", en: "large" },
};

export function effectSizeWord(g: number): EffectSizeWord {
  const size = Math.abs(g);
  if (size < 0.2) return "small";
  if (size < 0.5) return "modest";
  if (size < 0.8) return "medium";
  return "large";
}

/** "bescheiden effect, lage zekerheid" / "modest effect, low certainty"; a harmful effect says so. */
export function effectSentence(g: number, certainty: CertaintyLevel | null): LocalText {
  const size = SIZE_TEXT[effectSizeWord(g)];
  const direction = g < 0 ? { nl: " nadelig", en: " harmful" } : { nl: "", en: "" };
  return {
    nl: `${size.nl}${direction.nl} effect${certainty ? `, ${CERTAINTY_WORDS[certainty].nl}` : ""}`,
    en: `${size.en}${direction.en} effect${certainty ? `, ${CERTAINTY_WORDS[certainty].en}` : ""}`,
  };
}
