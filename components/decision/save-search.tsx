/**
 * "Save this search" for the catalogue: only for a signed-in user (a visitor sees nothing). The query is
 * the catalogue's own, checked again by the data layer when it is saved.
 */
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { NAME_MAX } from "@/lib/decision/shortlists-schemas";
import { saveSearchAction } from "@/app/saved-searches/actions";
import { AlertsForm } from "./alerts-form";

export async function SaveSearch({ query }: { query: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const t = await getTranslations("alerts.searches");
  return (
    <details className="no-print mt-2 rounded border border-slate-300 p-2 text-sm" data-testid="save-search">
      <summary className="cursor-pointer font-medium text-brand-800">{t("saveTitle")}</summary>
      <AlertsForm
        id="save-search"
        action={saveSearchAction}
        className="mt-2"
        inline
        fields={[
          { kind: "hidden", name: "query", value: query },
          { kind: "text", name: "name", label: t("saveName"), maxLength: NAME_MAX, required: true },
        ]}
        submitLabel={t("save")}
      />
    </details>
  );
}
