/**
 * The reviewers' decisions of one round, side by side (a disagreement is read at a glance), each with its
 * verdict in words, the reviewer, the date and the reason.
 */
import type { ReviewDecisionView } from "@/lib/curation/review-queries";

export type DecisionListLabels = {
  accept: string;
  reject: string;
  tiebreak: string;
  by: (name: string, date: string) => string;
};

export function DecisionList({
  decisions,
  labels,
  formatDate,
}: {
  decisions: ReviewDecisionView[];
  labels: DecisionListLabels;
  formatDate: (iso: string) => string;
}) {
  return (
    <ul className="mt-2 grid gap-3 sm:grid-cols-2" data-testid="decisions">
      {decisions.map((d, index) => (
        <li
          key={index}
          className={`rounded border p-3 ${d.verdict === "accept" ? "border-green-800 bg-green-50" : "border-red-800 bg-red-50"}`}
        >
          <p className="font-semibold">
            {d.verdict === "accept" ? labels.accept : labels.reject}
            {d.isTiebreak && <span className="font-normal"> ({labels.tiebreak})</span>}
          </p>
          <p className="text-sm">{labels.by(d.reviewerName, formatDate(d.decidedAt))}</p>
          {d.reason && <p className="mt-1 whitespace-pre-line text-sm">{d.reason}</p>}
        </li>
      ))}
    </ul>
  );
}
