"use client";
/**
 * One account form (sign-in, sign-up, password forms): fields with their errors beside them, tied by
 * aria-describedby and announced through aria-live; texts arrive translated from the server page.
 */
import { useActionState } from "react";
import { initialAuthFormState, type AuthFormState } from "@/lib/auth/schemas";

export type AuthField = {
  name: string;
  label: string;
  type: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
};

export function AuthForm({
  id,
  action,
  fields,
  submitLabel,
  hidden = {},
}: {
  id: string;
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  fields: AuthField[];
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialAuthFormState);
  return (
    <form id={id} action={formAction} noValidate className="max-w-md space-y-4" aria-describedby={`${id}-status`}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div id={`${id}-status`} aria-live="polite">
        {state.formError && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
            {state.formError}
          </p>
        )}
        {state.notice && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {state.notice}
          </p>
        )}
      </div>
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        const errors = state.fieldErrors[field.name] ?? [];
        const describedBy = [field.hint ? `${inputId}-hint` : null, `${inputId}-error`].filter(Boolean).join(" ");
        return (
          <div key={field.name}>
            <label htmlFor={inputId} className="block font-semibold">
              {field.label}
            </label>
            {field.hint && (
              <p id={`${inputId}-hint`} className="text-sm text-slate-700">
                {field.hint}
              </p>
            )}
            <input
              id={inputId}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required
              defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={describedBy}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-1"
            />
            <div id={`${inputId}-error`} aria-live="polite" className="text-sm text-red-800">
              {errors.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {submitLabel}
      </button>
    </form>
  );
}
