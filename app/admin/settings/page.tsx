import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getReviewSettings } from "@/lib/curation/settings";
import { adminPageViewer } from "../access";
import { saveReviewSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.review.settings"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const NOTICES = { saved: "saved", forbidden: "forbidden", "sign-in": "signIn" } as const;

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminPageViewer("/admin/settings", "manage", "setting");
  const settings = await getReviewSettings({ viewer });
  const t = await getTranslations("admin.review.settings");
  const format = await getFormatter();
  const raw = (await searchParams).notice;
  const notice = typeof raw === "string" && raw in NOTICES ? NOTICES[raw as keyof typeof NOTICES] : null;
  const changed = settings.changed;

  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {notice && (
        <p
          role={notice === "saved" ? "status" : "alert"}
          className={`mt-4 rounded border p-3 ${notice === "saved" ? "border-green-800 bg-green-50 text-green-900" : "border-amber-700 bg-amber-50 text-amber-900"}`}
        >
          {t(notice)}
        </p>
      )}
      <form action={saveReviewSettingsAction} className="mt-6 rounded border border-slate-300 p-4">
        <fieldset>
          <legend className="text-lg font-semibold">{t("secondReviewTitle")}</legend>
          <p id="second-review-text" className="mt-1 text-sm text-slate-700">
            {t("secondReviewText")}
          </p>
          <p className="mt-3 flex items-center gap-2">
            <input
              id="second-review"
              type="checkbox"
              name="secondReview"
              defaultChecked={settings.secondReview}
              aria-describedby="second-review-text second-review-state"
              className="h-5 w-5"
            />
            <label htmlFor="second-review" className="font-medium">
              {t("secondReviewLabel")}
            </label>
          </p>
          <p id="second-review-state" className="mt-2 text-sm" data-testid="second-review-state">
            {settings.secondReview ? t("on") : t("off")}
            {changed &&
              ` · ${
                changed.by
                  ? t("changed", {
                      date: format.dateTime(new Date(changed.at), { dateStyle: "long", timeStyle: "short" }),
                      name: changed.by,
                    })
                  : t("changedUnknown", {
                      date: format.dateTime(new Date(changed.at), { dateStyle: "long", timeStyle: "short" }),
                    })
              }`}
          </p>
        </fieldset>
        <button type="submit" className="mt-4 rounded bg-brand-800 px-4 py-2 text-white hover:bg-brand-700">
          {t("save")}
        </button>
      </form>
    </div>
  );
}
