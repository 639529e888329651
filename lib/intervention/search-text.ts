/**
 * Turns the visitor's search text into the words the database search takes (intervention_text_matches,
 * see the catalogue_facets migration). Browser-safe, pure.
 *
 * Every word is letters and digits only: each becomes a `word:*` prefix query, and nothing the visitor types
 * (quotes, &, |, !, :, *, parentheses, <->, backslashes) can reach the tsquery parser as syntax. Accents are
 * folded the way the search vector's unaccent() folds them, so "één" finds "een" and "Über" finds "uber".
 */

/** At most this many words are searched; the rest of a very long text is ignored. */
export const MAX_SEARCH_WORDS = 10;

/** Letters that Unicode decomposition does not fold but unaccent does. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** The distinct search words of a text, in order; empty when it has no letters or digits. */
export function searchWords(text: string | undefined): string[] {
  if (!text) return [];
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}
