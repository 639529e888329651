import type { SubmissionStatusSlug } from "@/lib/submission/status";

const TONE: Record<SubmissionStatusSlug, string> = {
  draft: "border-slate-400 bg-slate-50 text-slate-800",
  submitted: "border-brand-700 bg-brand-50 text-brand-800",
  "needs-changes": "border-amber-700 bg-amber-50 text-amber-900",
  accepted: "border-green-700 bg-green-50 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  withdrawn: "border-slate-400 bg-white text-slate-700",
  retracted: "border-red-700 bg-white text-red-900",
};

/** The status of an evidence entry, in words (colour only repeats them). */
export function SubmissionStatusBadge({ status, label }: { status: SubmissionStatusSlug; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>{label}</span>;
}
