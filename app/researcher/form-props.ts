/** What the new and edit pages give the entry form: its texts and choices in the page's language. */
import "server-only";
import { getLocale } from "next-intl/server";
import { messages } from "@/lib/i18n/messages";
import { findSubmissionChoices } from "@/lib/submission/queries";
import { pick, toLocale } from "@/lib/i18n/locale";
import type { SubmissionFormLabels } from "@/components/evidence/submission-form";

export async function loadFormProps() {
  const locale = toLocale(await getLocale());
  const choices = await findSubmissionChoices();
  const named = (choice: { slug: string; name: { nl: string; en: string } }) => ({
    slug: choice.slug,
    name: pick(choice.name, locale) ?? choice.slug,
  });
  return {
    locale,
    // Raw texts: the form fills their {placeholders} itself, so no message parser goes to the browser.
    labels: messages[locale].researcher.form satisfies SubmissionFormLabels,
    interventions: choices.interventions.map(named),
    outcomes: choices.outcomes.map(named),
  };
}
