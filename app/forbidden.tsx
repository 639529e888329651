import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResearcherForbidden } from "@/components/researcher/researcher-forbidden";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("researcher.forbidden"))("title") };
}

/** A signed-in user whose role may not open the page (forbidden() in the page): served with HTTP 403. */
export default function Forbidden() {
  return <ResearcherForbidden />;
}
