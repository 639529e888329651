"use client";
/**
 * One decision form of the review page (accept, reject, ask, retract): a reason field and a button. The
 * reason is kept in state so that a refused attempt does not empty it; its error sits beside it.
 */
import { useActionState, useState } from "react";
import type { ReviewActionState } from "@/lib/curation/review-form-state";

export type DecisionFormLabels = { title: string; intro?: string; reason: string; button: string; pending: string };

export function DecisionForm({
  action,
  entryId,
  name,
  labels,
  required,
  tone = "neutral",
}: {
  action: (state: ReviewActionState, form: FormData) => Promise<ReviewActionState>;
  entryId: number;
  /** Prefix of the field ids, unique on the page. */
  name: string;
  labels: DecisionFormLabels;
  required: boolean;
  tone?: "accept" | "reject" | "neutral";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? (state.fieldErrors.reason ?? []) : [];
  const field = `${name}-reason`;
  const button =
    tone === "accept"
      ? "bg-green-800 text-white hover:bg-green-700"
      : tone === "reject"
        ? "bg-red-800 text-white hover:bg-red-700"
        : "border border-brand-800 text-brand-800 hover:bg-brand-50";
  return (
    <form
      action={formAction}
      className="rounded border border-slate-300 p-3"
      noValidate
      aria-labelledby={`${name}-title`}
    >
      <h3 id={`${name}-title`} className="font-semibold">
        {labels.title}
      </h3>
      {labels.intro && <p className="mt-1 text-sm text-slate-700">{labels.intro}</p>}
      <input type="hidden" name="id" value={entryId} />
      <label htmlFor={field} className="mt-2 block text-sm font-medium">
        {labels.reason}
      </label>
      <textarea
        id={field}
        name="reason"
        rows={3}
        maxLength={4000}
        required={required}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={`${field}-error`}
        className="mt-1 w-full rounded border border-slate-400 px-2 py-1"
      />
      <p id={`${field}-error`} aria-live="polite" className="text-sm text-red-800">
        {errors.join(" ")}
      </p>
      {state && !state.ok && state.formError && (
        <p role="alert" className="mt-1 text-red-800">
          {state.formError}
        </p>
      )}
      <button type="submit" disabled={pending} className={`mt-2 rounded px-4 py-2 disabled:opacity-60 ${button}`}>
        {pending ? labels.pending : labels.button}
      </button>
    </form>
  );
}
