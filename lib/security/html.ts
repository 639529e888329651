/**
 * Text placed where HTML is expected outside React (which escapes by itself): the Atom feed's entries are
 * typed "html", so a feed reader renders their text as markup unless it is escaped first. Browser-safe.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The text with &, <, >, " and ' as entities: shown as the text it is, never read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
