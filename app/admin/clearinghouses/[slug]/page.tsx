import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getClearinghouse } from "@/lib/curation/crosswalk";
import { commonLevelSlugs } from "@/lib/intervention/api-schemas";
import { isAppError } from "@/lib/errors";
import { CurationForm, SelectField, TextArea, TextField } from "@/components/admin/ratings/form-kit";
import { ConfirmButton } from "@/components/researcher/confirm-button";
import { adminPageViewer } from "../../access";
import {
  addScaleLevelAction,
  deleteClearinghouseAction,
  moveScaleLevelAction,
  removeScaleLevelAction,
  updateClearinghouseAction,
  updateScaleLevelAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES = ["created", "saved", "moved", "level-removed", "in-use", "sign-in", "forbidden", "not-found"] as const;
const GOOD = new Set(["created", "saved", "moved", "level-removed"]);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `${(await params).slug} · ${(await getTranslations("admin.ratings.clearinghouses"))("title")}` };
}

export default async function ClearinghousePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const viewer = await adminPageViewer(`/admin/clearinghouses/${slug}`, "manage", "clearinghouse");
  const clearinghouse = await getClearinghouse({ viewer, slug }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("admin.ratings.clearinghouses");
  const tn = await getTranslations("admin.ratings.notices");
  const tcl = await getTranslations("commonLevels");
  const query = await searchParams;
  const notice = NOTICES.find((value) => value === query.notice);
  const commonOptions = [
    ...commonLevelSlugs.map((value) => ({ value, label: tcl(value) })),
    { value: "none", label: t("commonNone") },
  ];
  const small =
    "rounded border border-brand-800 px-2 py-0.5 text-sm text-brand-800 hover:bg-brand-50 disabled:opacity-40";

  return (
    <div className="max-w-5xl">
      <p className="text-sm">
        <Link href="/admin/clearinghouses" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{clearinghouse.name}</h1>
      {notice && (
        <p
          role={GOOD.has(notice) ? "status" : "alert"}
          className={`mt-3 rounded border px-3 py-2 ${GOOD.has(notice) ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-800"}`}
        >
          {tn(notice)}
        </p>
      )}

      <section aria-labelledby="scale-title" id="scale" className="mt-6">
        <h2 id="scale-title" className="text-lg font-semibold">
          {t("scale")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("scaleIntro")}</p>
        {clearinghouse.levels.length === 0 ? (
          <p className="mt-2">{t("empty")}</p>
        ) : (
          <ol className="mt-3 space-y-3" aria-labelledby="scale-title">
            {clearinghouse.levels.map((l, index) => (
              <li key={l.level} className="rounded border border-slate-300 p-3" data-testid="scale-level">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    <span className="font-semibold">
                      {t("position")} {index + 1}: {l.level}
                    </span>{" "}
                    — {tcl(l.commonLevel ?? "none")}{" "}
                    <span className="text-sm text-slate-700">({t("inUse", { count: l.ratings })})</span>
                  </p>
                  <div className="flex gap-2">
                    {(["up", "down"] as const).map((direction) => (
                      <form key={direction} action={moveScaleLevelAction}>
                        <input type="hidden" name="slug" value={slug} />
                        <input type="hidden" name="level" value={l.level} />
                        <input type="hidden" name="direction" value={direction} />
                        <button
                          type="submit"
                          className={small}
                          disabled={direction === "up" ? index === 0 : index === clearinghouse.levels.length - 1}
                          aria-label={t(direction === "up" ? "moveUp" : "moveDown", { level: l.level })}
                        >
                          {t(direction)}
                        </button>
                      </form>
                    ))}
                  </div>
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700 underline">
                    {t("editLevel", { level: l.level })}
                  </summary>
                  <div className="mt-2">
                    <CurationForm
                      id={`level-${index}`}
                      action={updateScaleLevelAction.bind(null, slug, l.level)}
                      submitLabel={t("save")}
                    >
                      <TextField name="level" label={t("level")} initial={l.level} />
                      <SelectField
                        name="commonLevel"
                        label={t("commonLevel")}
                        initial={l.commonLevel ?? "none"}
                        options={commonOptions}
                      />
                      <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} />
                    </CurationForm>
                  </div>
                </details>
                <details className="mt-2">
                  <summary className="cursor-pointer text-red-800 underline">
                    {t("removeLevelTitle", { level: l.level })}
                  </summary>
                  <div className="mt-2">
                    <CurationForm
                      id={`remove-level-${index}`}
                      action={removeScaleLevelAction.bind(null, slug, l.level)}
                      submitLabel={t("removeLevel")}
                      submitClassName="rounded border border-red-800 px-3 py-1 text-red-800 hover:bg-red-50"
                    >
                      <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} />
                    </CurationForm>
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
        <div className="mt-4 rounded border border-slate-300 p-4">
          <h3 className="font-semibold">{t("addLevel")}</h3>
          <p className="text-sm text-slate-700">{t("addLevelHint")}</p>
          <div className="mt-2">
            <CurationForm
              id="new-level"
              action={addScaleLevelAction.bind(null, slug)}
              submitLabel={t("addLevelButton")}
            >
              <TextField name="level" label={t("level")} />
              <SelectField name="commonLevel" label={t("commonLevel")} initial="none" options={commonOptions} />
              <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} />
            </CurationForm>
          </div>
        </div>
      </section>

      <section aria-labelledby="details" className="mt-6 rounded border border-slate-300 p-4">
        <h2 id="details" className="text-lg font-semibold">
          {t("edit")}
        </h2>
        <div className="mt-3">
          <CurationForm id="clearinghouse" action={updateClearinghouseAction.bind(null, slug)} submitLabel={t("save")}>
            <TextField name="name" label={t("name")} initial={clearinghouse.name} />
            <TextField name="slug" label={t("slug")} hint={t("slugHint")} initial={clearinghouse.slug} />
            <TextField name="country" label={t("country")} hint={t("countryHint")} initial={clearinghouse.country} />
            <TextField name="website" label={t("website")} type="url" inputMode="url" initial={clearinghouse.website} />
          </CurationForm>
        </div>
      </section>

      <section className="mt-6">
        {clearinghouse.ratings > 0 ? (
          <p className="text-sm text-slate-700">{t("removeBlocked")}</p>
        ) : (
          <form action={deleteClearinghouseAction}>
            <input type="hidden" name="slug" value={slug} />
            <ConfirmButton
              confirm={t("removeConfirm")}
              className="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
            >
              {t("remove")}
            </ConfirmButton>
          </form>
        )}
      </section>
    </div>
  );
}
