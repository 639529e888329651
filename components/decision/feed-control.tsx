/**
 * A list's private feed address: make one (shown once), make a new one (the old stops working), revoke it.
 */
import { getTranslations } from "next-intl/server";
import type { AlertsActionState } from "./alerts-form-state";
import { AlertsForm } from "./alerts-form";

type Action = (state: AlertsActionState, formData: FormData) => Promise<AlertsActionState>;

export async function FeedControl({
  id,
  hasFeed,
  renew,
  revoke,
}: {
  id: string;
  hasFeed: boolean;
  renew: Action;
  revoke: Action;
}) {
  const t = await getTranslations("alerts.common");
  const secondary = "rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50";
  return (
    <section aria-labelledby={`feed-${id}`} className="mt-4 rounded border border-slate-300 p-3">
      <h3 id={`feed-${id}`} className="font-semibold">
        {t("feedTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("feedIntro")}</p>
      <p className="mt-1 text-sm">{hasFeed ? t("feedActive") : t("feedNone")}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <AlertsForm
          id={`feed-renew-${id}`}
          action={renew}
          fields={[{ kind: "hidden", name: "id", value: id }]}
          submitLabel={hasFeed ? t("feedRenew") : t("feedCreate")}
          buttonClassName={secondary}
        />
        {hasFeed && (
          <AlertsForm
            id={`feed-revoke-${id}`}
            action={revoke}
            fields={[{ kind: "hidden", name: "id", value: id }]}
            submitLabel={t("feedRevoke")}
            buttonClassName={secondary}
          />
        )}
      </div>
    </section>
  );
}
