import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { requirePageViewer } from "@/lib/auth/session";
import { getShortlistReport } from "@/lib/decision/report";
import { ReportView } from "@/components/decision/report-html";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decision.report"))("title") };
}

/** /report/shortlist/{id}: the municipal report of the officer's own shortlist; anyone else's is not found. */
export default async function ShortlistReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/report/shortlist/${encodeURIComponent(id)}`);
  let data;
  try {
    data = await getShortlistReport(await db(), { viewer, shortlistId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const base = `/shortlists/${encodeURIComponent(id)}`;
  return <ReportView data={data} pdfHref={`${base}/report.pdf`} backHref={base} />;
}
