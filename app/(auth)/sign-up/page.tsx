import Link from "next/link";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getViewer, safeNextPath } from "@/lib/auth/session";
import { AuthForm } from "@/components/account/auth-form";
import { signUpAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.signUp"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  if (await getViewer()) redirect(next);
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <AuthForm
        id="sign-up"
        action={signUpAction}
        hidden={{ next }}
        submitLabel={t("signUp.submit")}
        fields={[
          { name: "name", label: t("fields.name"), type: "text", autoComplete: "name" },
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
          {
            name: "password",
            label: t("fields.password"),
            type: "password",
            autoComplete: "new-password",
            hint: t("passwordHint"),
          },
        ]}
      />
      <p>
        {t("signUp.haveAccount")} <Link href="/sign-in">{t("signUp.signInLink")}</Link>
      </p>
    </div>
  );
}
