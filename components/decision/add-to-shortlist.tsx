/**
 * "Put on a shortlist" for an intervention's page: only for a signed-in user (a visitor sees nothing), with
 * the user's shortlists to choose from or the name of a new one, and an optional note.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { findShortlistChoices } from "@/lib/decision/shortlists";
import { NAME_MAX, NOTE_MAX } from "@/lib/decision/shortlists-schemas";
import { addToShortlistAction } from "@/app/shortlists/actions";
import { AlertsForm } from "./alerts-form";

export async function AddToShortlist({ slug }: { slug: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const t = await getTranslations("alerts.shortlists");
  const choices = await findShortlistChoices({ viewer, slug });
  const on = choices.filter((c) => c.hasIntervention);
  const open = choices.filter((c) => !c.hasIntervention);
  return (
    <details className="no-print mt-3 max-w-xl rounded border border-slate-300 p-3" data-testid="add-to-shortlist">
      <summary className="cursor-pointer font-medium text-brand-800">{t("add.title")}</summary>
      {on.length > 0 && (
        <p className="mt-2 text-sm">
          {t("add.onLists", { names: "" })}
          {on.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ", "}
              <Link href={`/shortlists/${c.id}`} className="text-brand-700 underline">
                {c.name}
              </Link>
            </span>
          ))}
        </p>
      )}
      <AlertsForm
        id={`add-to-shortlist-${slug}`}
        action={addToShortlistAction}
        className="mt-2"
        fields={[
          { kind: "hidden", name: "slug", value: slug },
          ...(open.length > 0
            ? [
                {
                  kind: "select" as const,
                  name: "shortlistId",
                  label: t("add.shortlist"),
                  options: [
                    ...open.map((c) => ({ value: c.id, label: c.name })),
                    { value: "new", label: t("add.newName") },
                  ],
                },
              ]
            : []),
          {
            kind: "text",
            name: "newShortlistName",
            label: open.length > 0 ? t("add.newName") : t("add.shortlist"),
            placeholder: t("add.newNamePlaceholder"),
            maxLength: NAME_MAX,
          },
          { kind: "textarea", name: "note", label: t("add.note"), maxLength: NOTE_MAX },
        ]}
        submitLabel={t("add.submit")}
      />
    </details>
  );
}
