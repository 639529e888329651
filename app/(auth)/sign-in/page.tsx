import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getViewer, safeNextPath } from "@/lib/auth/session";
import { AuthForm } from "@/components/account/auth-form";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.signIn"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  if (await getViewer()) redirect(next);
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("signIn.title")}</h1>
      {params.reset === "1" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {t("signIn.passwordReset")}
        </p>
      )}
      <AuthForm
        id="sign-in"
        action={signInAction}
        hidden={{ next }}
        submitLabel={t("signIn.submit")}
        fields={[
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
          { name: "password", label: t("fields.password"), type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        <Link href="/forgot-password">{t("signIn.forgot")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")}{" "}
        <Link href={next === "/account" ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`}>
          {t("signIn.signUpLink")}
        </Link>
      </p>
    </div>
  );
}
