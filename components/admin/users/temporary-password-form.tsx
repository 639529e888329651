"use client";
/**
 * "Temporary password" for one user: asks first, then shows the new password once, in the page only (it
 * never appears in a URL or a log).
 */
import { useActionState } from "react";

export type TemporaryPasswordState = { ok: true; password: string } | { ok: false; error?: string };

export function TemporaryPasswordForm({
  userId,
  action,
  labels,
}: {
  userId: string;
  action: (state: TemporaryPasswordState, formData: FormData) => Promise<TemporaryPasswordState>;
  labels: { button: string; buttonLabel: string; confirm: string; shown: string; once: string; failed: string };
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={labels.buttonLabel}
        className="rounded border border-brand-800 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50 disabled:opacity-60"
        onClick={(event) => {
          if (!window.confirm(labels.confirm)) event.preventDefault();
        }}
      >
        {labels.button}
      </button>
      <div aria-live="polite">
        {state.ok && (
          <p role="status" className="mt-2 rounded border border-green-700 bg-green-50 p-2 text-sm text-green-900">
            {labels.shown}{" "}
            <code data-testid="temporary-password" className="rounded bg-white px-1 font-mono text-base">
              {state.password}
            </code>
            <br />
            {labels.once}
          </p>
        )}
        {!state.ok && state.error && (
          <p role="alert" className="mt-2 text-sm text-red-800">
            {labels.failed.replace("{reason}", state.error)}
          </p>
        )}
      </div>
    </form>
  );
}
