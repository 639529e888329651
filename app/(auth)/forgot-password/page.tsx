import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { canMailPasswordResets } from "@/lib/auth/server";
import { AuthForm } from "@/components/account/auth-form";
import { forgotPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("forgot.title")}</h1>
      {canMailPasswordResets() ? (
        <>
          <p>{t("forgot.intro")}</p>
          <AuthForm
            id="forgot-password"
            action={forgotPasswordAction}
            submitLabel={t("forgot.submit")}
            fields={[{ name: "email", label: t("fields.email"), type: "email", autoComplete: "email" }]}
          />
        </>
      ) : (
        <p>{t("forgot.noMail")}</p>
      )}
      <p>
        <Link href="/sign-in">{t("signIn.title")}</Link>
      </p>
    </div>
  );
}
