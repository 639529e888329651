import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "./locale-actions";
import { signOutAction } from "./account/actions";
import { getViewer } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { Suspense } from "react";
import { AlertsBadge } from "@/components/decision/alerts-badge";
import { WritesPausedNotice } from "@/components/ui/writes-paused-notice";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Effectwijzer", template: "%s · Effectwijzer" },
  description: "Databank van jeugd- en gezinsinterventies met bewijsniveau en effectgroottes",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("app");
  const ta = await getTranslations("account.nav");
  const tal = await getTranslations("alerts");
  const viewer = await getViewer();
  const navLink = "text-white underline-offset-4 hover:underline";
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <header className="no-print border-b border-slate-200 bg-brand-800 text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-white no-underline">
              {t("name")}
              <span className="ml-2 hidden text-sm font-normal sm:inline">{t("tagline")}</span>
            </Link>
            <nav aria-label="Hoofdmenu / Main">
              <ul className="flex flex-wrap items-center gap-4 text-sm">
                <li>
                  <Link className="text-white underline-offset-4 hover:underline" href="/interventions">
                    {t("nav.interventions")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white underline-offset-4 hover:underline" href="/compare">
                    {t("nav.compare")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white underline-offset-4 hover:underline" href="/keuzehulp">
                    {t("nav.decisionAid")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white underline-offset-4 hover:underline" href="/bewijskaart">
                    {t("nav.evidenceMap")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white underline-offset-4 hover:underline" href="/api-docs">
                    {t("nav.api")}
                  </Link>
                </li>
                {viewer ? (
                  <>
                    <li>
                      <Link className={navLink} href="/shortlists">
                        {tal("nav.shortlists")}
                      </Link>
                    </li>
                    <li>
                      <Suspense fallback={null}>
                        <AlertsBadge className={navLink} />
                      </Suspense>
                    </li>
                    {hasPermission(viewer.role, "create", "submission", "own") && (
                      <li>
                        <Link className={navLink} href="/researcher">
                          {ta("submissions")}
                        </Link>
                      </li>
                    )}
                    {hasPermission(viewer.role, "review", "submission", "any") && (
                      <li>
                        <Link className={navLink} href="/admin">
                          {ta("admin")}
                        </Link>
                      </li>
                    )}
                    <li>
                      <Link className={navLink} href="/account" title={viewer.email}>
                        {ta("account")}
                      </Link>
                    </li>
                    <li>
                      <form action={signOutAction}>
                        <button type="submit" className={navLink}>
                          {ta("signOut")}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <Link className={navLink} href="/sign-in">
                      {ta("signIn")}
                    </Link>
                  </li>
                )}
                <li>
                  <form action={setLocaleAction}>
                    <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
                    <button
                      type="submit"
                      lang={locale === "nl" ? "en" : "nl"}
                      aria-label={t("switchToLabel")}
                      className="rounded border border-white px-2 py-1 text-white hover:bg-white hover:text-brand-800"
                    >
                      {t("switchTo")}
                    </button>
                  </form>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        {viewer && <WritesPausedNotice />}
        {/* No NextIntlClientProvider: client components get their texts translated from the server, so the
            browser loads no message parser and no message catalogue (see bench:ui). */}
        <main id="content" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-6xl border-t border-slate-200 px-4 py-6 text-sm text-slate-700">
          {t("footer")}
        </footer>
      </body>
    </html>
  );
}
