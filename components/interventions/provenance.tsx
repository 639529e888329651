import { useLocale, useTranslations } from "next-intl";
import type { InterventionDetail } from "@/lib/intervention/dto";
import { pick, toLocale } from "@/lib/i18n/locale";
import { ExternalLink } from "@/components/ui/external-link";

export type ProvenanceRecord = InterventionDetail["provenance"];
export type ProvenanceEntry = ProvenanceRecord[string];

/**
 * Looks up how the values at `paths` are known: the entry of each path itself and of any path below it
 * ("intensity" also finds "intensity.nl", and the column names "intensityNl" and "intensityEn"). Every path
 * found is added to `seen`, so a page can list the entries it did not show next to a value. Sourced fields
 * have no entry, so most lookups give [].
 */
export function provenanceOf(record: ProvenanceRecord, paths: string[], seen?: Set<string>): ProvenanceEntry[] {
  const found: ProvenanceEntry[] = [];
  for (const [path, entry] of Object.entries(record)) {
    if (!paths.some((p) => path === p || path.startsWith(`${p}.`) || path === `${p}Nl` || path === `${p}En`)) continue;
    seen?.add(path);
    const duplicate = found.some(
      (f) => f.kind === entry.kind && f.reason.nl === entry.reason.nl && f.reason.en === entry.reason.en,
    );
    if (!duplicate) found.push(entry);
  }
  return found;
}

/**
 * "Afgeleid" / "Niet geverifieerd" next to a value, as a visible label followed by the reason in the page's
 * language and the source when there is one: readable text, not a tooltip or a colour alone.
 */
export function ProvenanceNote({ entries }: { entries: ProvenanceEntry[] }) {
  const t = useTranslations("provenance");
  const locale = toLocale(useLocale());
  if (entries.length === 0) return null;
  return (
    <>
      {entries.map((entry, i) => (
        <span key={i} className="mt-0.5 block text-xs text-slate-800">
          <span className="mr-1 rounded border border-amber-700 bg-amber-50 px-1 font-medium text-amber-900">
            {t(entry.kind)}
          </span>
          <span className="sr-only">: </span>
          {pick(entry.reason, locale)}
          {entry.sourceUrl && (
            <>
              {" "}
              (<ExternalLink url={entry.sourceUrl}>{t("source")}</ExternalLink>)
            </>
          )}
        </span>
      ))}
    </>
  );
}
