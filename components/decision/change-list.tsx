/**
 * A list of changes in the page's language: each names the intervention it is about (linked to its page)
 * and what changed, with the moment the data gives for it.
 */
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locale";
import type { ItemChange } from "@/lib/decision/shortlists";
import type { SearchChange } from "@/lib/decision/saved-searches";

export async function ChangeList({
  changes,
  showIntervention = true,
  label,
}: {
  changes: (ItemChange | SearchChange)[];
  showIntervention?: boolean;
  label?: string;
}) {
  const locale = toLocale(await getLocale());
  const format = await getFormatter();
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" aria-label={label}>
      {changes.map((change) => (
        <li key={change.key} data-change={change.kind}>
          {showIntervention && "intervention" in change && (
            <>
              <Link
                href={`/interventions/${change.intervention.slug}`}
                className="font-medium text-brand-700 underline"
              >
                {change.intervention.name[locale]}
              </Link>
              {": "}
            </>
          )}
          {change.text[locale]}{" "}
          <span className="text-slate-600">({format.dateTime(new Date(change.at), { dateStyle: "medium" })})</span>
        </li>
      ))}
    </ul>
  );
}
