import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/session";
import { AuthForm } from "@/components/account/auth-form";
import { changePasswordAction, signOutAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("nav.account") };
}

export default async function AccountPage() {
  const viewer = await requirePageViewer("/account");
  const t = await getTranslations("account");
  const button = "rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-700 hover:text-white";
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold text-brand-800">{t("nav.account")}</h1>
      <section aria-labelledby="details">
        <h2 id="details" className="text-xl font-semibold">
          {t("page.details")}
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("fields.name")}</dt>
          <dd>{viewer.name}</dd>
          <dt className="font-semibold">{t("fields.email")}</dt>
          <dd>{viewer.email}</dd>
          <dt className="font-semibold">{t("page.role")}</dt>
          <dd data-testid="account-role">{t(`roles.${viewer.role}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="change-password-title" className="space-y-2">
        <h2 id="change-password-title" className="text-xl font-semibold">
          {t("page.changePassword")}
        </h2>
        <p className="text-slate-700">{t("page.changePasswordIntro")}</p>
        <AuthForm
          id="change-password"
          action={changePasswordAction}
          submitLabel={t("page.changePasswordSubmit")}
          fields={[
            {
              name: "currentPassword",
              label: t("fields.currentPassword"),
              type: "password",
              autoComplete: "current-password",
            },
            {
              name: "newPassword",
              label: t("fields.newPassword"),
              type: "password",
              autoComplete: "new-password",
              hint: t("passwordHint"),
            },
          ]}
        />
      </section>
      <section aria-labelledby="sessions" className="space-y-2">
        <h2 id="sessions" className="text-xl font-semibold">
          {t("page.sessions")}
        </h2>
        <div className="flex flex-wrap gap-3">
          <form action={signOutAction}>
            <button type="submit" className={button}>
              {t("page.signOut")}
            </button>
          </form>
          <form action={signOutEverywhereAction} aria-describedby="sign-out-everywhere-intro">
            <button type="submit" className={button}>
              {t("page.signOutEverywhere")}
            </button>
          </form>
        </div>
        <p id="sign-out-everywhere-intro" className="text-slate-700">
          {t("page.signOutEverywhereIntro")}
        </p>
      </section>
    </div>
  );
}
