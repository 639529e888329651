import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/account/auth-form";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.reset"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("reset.title")}</h1>
      {typeof token === "string" && token.length > 0 ? (
        <AuthForm
          id="reset-password"
          action={resetPasswordAction}
          hidden={{ token }}
          submitLabel={t("reset.submit")}
          fields={[
            {
              name: "password",
              label: t("fields.newPassword"),
              type: "password",
              autoComplete: "new-password",
              hint: t("passwordHint"),
            },
          ]}
        />
      ) : (
        <p role="alert">{t("reset.missingToken")}</p>
      )}
      <p>
        <Link href="/forgot-password">{t("reset.requestNew")}</Link>
      </p>
    </div>
  );
}
