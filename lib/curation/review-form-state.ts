/**
 * What the editors' review forms share with the browser, without zod: the one result shape of their server
 * actions, and the slug suggested from a name. Browser-safe and pure.
 */

/** Field errors beside their fields (by path, e.g. "targetGroup.adviceGroups"), or one error above the form. */
export type ReviewActionState = { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

/** A slug suggested from a name: "Stevig Ouderschap (SO)" → "stevig-ouderschap-so". */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
