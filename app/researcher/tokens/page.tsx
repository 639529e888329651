import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { findApiTokens } from "@/lib/auth/api-token";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePageViewer } from "@/lib/auth/session";
import { ConfirmButton } from "@/components/researcher/confirm-button";
import { ApiTokenForm } from "@/components/researcher/api-token-form";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

const NOTICES = ["sign-in", "forbidden", "not-found"] as const;
const NOTICE_TEXT = { "sign-in": "signIn", forbidden: "forbidden", "not-found": "notFound" } as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ApiTokensPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requirePageViewer("/researcher/tokens");
  if (!hasPermission(viewer.role, "create", "api-token", "own")) forbidden();
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const tokens = await findApiTokens({ viewer });
  const params = await searchParams;
  const notice = NOTICES.find((value) => value === params.notice);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/researcher" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {notice && (
        <p role="alert" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t(NOTICE_TEXT[notice])}
        </p>
      )}
      <ApiTokenForm
        action={createApiTokenAction}
        labels={{
          create: t("create"),
          name: t("name"),
          nameHint: t("nameHint"),
          createButton: t("createButton"),
          createdTitle: t("createdTitle"),
          createdNote: t("createdNote"),
        }}
      />
      <h2 className="mt-6 text-lg font-semibold">{t("list")}</h2>
      {tokens.length === 0 ? (
        <p className="mt-2">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {tokens.map((token) => (
            <li
              key={token.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-300 p-3"
            >
              <div>
                <p className="font-medium">{token.name}</p>
                <p className="text-sm text-slate-700">
                  {t("prefix")} <code>{token.prefix}…</code> · {t("createdOn", { date: date(token.createdAt) })} ·{" "}
                  {token.lastUsedAt ? t("lastUsed", { date: date(token.lastUsedAt) }) : t("neverUsed")}
                  {token.revokedAt && <> · {t("revokedOn", { date: date(token.revokedAt) })}</>}
                </p>
              </div>
              {!token.revokedAt && (
                <form action={revokeApiTokenAction}>
                  <input type="hidden" name="id" value={token.id} />
                  <ConfirmButton
                    confirm={t("revokeConfirm")}
                    label={t("revokeLabel", { name: token.name })}
                    className="rounded border border-red-800 px-3 py-1 text-sm text-red-800 hover:bg-red-50"
                  >
                    {t("revoke")}
                  </ConfirmButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
