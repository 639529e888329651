/**
 * The steps of an evidence entry's life, oldest first: what happened, when, and the editors' question or
 * reason. The researcher's entry page and the editors' review page show the same list (the editors' with
 * who acted). Texts come translated from the page.
 */
export type HistoryStep = { key: string; label: string; date: string; actor?: string | null; reason: string | null };

export function SubmissionHistory({
  title,
  steps,
  id = "history",
}: {
  title: string;
  steps: HistoryStep[];
  id?: string;
}) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4">
        {steps.map((step) => (
          <li key={step.key}>
            <p>
              <span className="font-medium">{step.label}</span>{" "}
              <span className="text-sm text-slate-700">
                {step.date}
                {step.actor && ` · ${step.actor}`}
              </span>
            </p>
            {step.reason && <p className="whitespace-pre-line rounded bg-slate-50 p-2 text-sm">{step.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
