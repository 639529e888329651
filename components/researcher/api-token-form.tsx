"use client";
/** Creates a token and shows it once, with a copy field; errors sit beside the name field. */
import { useActionState } from "react";
import type { ApiTokenActionState } from "@/lib/auth/api-token-schema";

export type ApiTokenFormLabels = {
  create: string;
  name: string;
  nameHint: string;
  createButton: string;
  createdTitle: string;
  createdNote: string;
};

export function ApiTokenForm({
  action,
  labels,
}: {
  action: (state: ApiTokenActionState, form: FormData) => Promise<ApiTokenActionState>;
  labels: ApiTokenFormLabels;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const nameErrors = state && !state.ok ? (state.fieldErrors.name ?? []) : [];
  return (
    <section aria-labelledby="new-token" className="mt-6 rounded border border-slate-300 p-4">
      <h2 id="new-token" className="text-lg font-semibold">
        {labels.create}
      </h2>
      <form action={formAction} className="mt-3 space-y-2" noValidate>
        <label htmlFor="token-name" className="block font-medium">
          {labels.name}
        </label>
        <p id="token-name-hint" className="text-sm text-slate-700">
          {labels.nameHint}
        </p>
        <input
          id="token-name"
          name="name"
          maxLength={100}
          className="w-full max-w-md rounded border border-slate-400 px-2 py-1"
          aria-invalid={nameErrors.length > 0}
          aria-describedby={`token-name-hint token-name-error`}
        />
        <p id="token-name-error" aria-live="polite" className="text-sm text-red-800">
          {nameErrors.join(" ")}
        </p>
        {state && !state.ok && state.formError && (
          <p role="alert" className="text-red-800">
            {state.formError}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-800 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {labels.createButton}
        </button>
      </form>
      {state?.ok && (
        <div role="status" className="mt-4 rounded border border-green-800 bg-green-50 p-3">
          <p className="font-semibold">
            {labels.createdTitle}: {state.name}
          </p>
          <input
            readOnly
            aria-label={labels.createdTitle}
            value={state.token}
            className="mt-2 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="mt-2 text-sm">{labels.createdNote}</p>
        </div>
      )}
    </section>
  );
}
