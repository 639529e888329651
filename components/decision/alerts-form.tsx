"use client";
/**
 * A small form for the officer's lists: its fields, one submit button (optionally asking first), the result
 * in a live region, and each field's error beside it (aria-invalid, aria-describedby). Server actions give
 * the texts; this component has none of its own.
 */
import { useActionState } from "react";
import { initialAlertsState, type AlertsActionState } from "./alerts-form-state";

export type AlertsField =
  | { kind: "hidden"; name: string; value: string }
  | {
      kind: "text";
      name: string;
      label: string;
      defaultValue?: string;
      placeholder?: string;
      maxLength?: number;
      required?: boolean;
    }
  | { kind: "textarea"; name: string; label: string; defaultValue?: string; maxLength?: number; rows?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string };

type Action = (state: AlertsActionState, formData: FormData) => Promise<AlertsActionState>;

const input = "mt-1 block w-full rounded border border-slate-400 px-2 py-1";

export function AlertsForm({
  id,
  action,
  fields,
  submitLabel,
  confirm,
  className,
  buttonClassName = "rounded bg-brand-800 px-3 py-1 text-white hover:bg-brand-700",
  inline = false,
}: {
  id: string;
  action: Action;
  fields: AlertsField[];
  submitLabel: string;
  confirm?: string;
  className?: string;
  buttonClassName?: string;
  inline?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialAlertsState);
  const errorId = (name: string) => `${id}-${name}-error`;
  return (
    <form id={id} action={formAction} className={className} noValidate>
      <div className={inline ? "flex flex-wrap items-end gap-2" : "space-y-2"}>
        {fields.map((field) => {
          if (field.kind === "hidden")
            return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
          const errors = state.fieldErrors[field.name];
          const described = errors ? { "aria-invalid": true as const, "aria-describedby": errorId(field.name) } : {};
          const inputId = `${id}-${field.name}`;
          return (
            <div key={field.name} className={inline ? "min-w-48 flex-1" : undefined}>
              <label htmlFor={inputId} className="block text-sm font-medium">
                {field.label}
              </label>
              {field.kind === "text" && (
                <input
                  id={inputId}
                  name={field.name}
                  type="text"
                  defaultValue={field.defaultValue}
                  placeholder={field.placeholder}
                  maxLength={field.maxLength}
                  required={field.required}
                  className={input}
                  {...described}
                />
              )}
              {field.kind === "textarea" && (
                <textarea
                  id={inputId}
                  name={field.name}
                  defaultValue={field.defaultValue}
                  maxLength={field.maxLength}
                  rows={field.rows ?? 2}
                  className={input}
                  {...described}
                />
              )}
              {field.kind === "select" && (
                <select
                  id={inputId}
                  name={field.name}
                  defaultValue={field.defaultValue}
                  className={input}
                  {...described}
                >
                  {field.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
              {errors && (
                <p id={errorId(field.name)} className="mt-1 text-sm text-red-800">
                  {errors.join(" ")}
                </p>
              )}
            </div>
          );
        })}
        <div>
          <button
            type="submit"
            disabled={pending}
            className={buttonClassName}
            onClick={(event) => {
              if (confirm && !window.confirm(confirm)) event.preventDefault();
            }}
          >
            {submitLabel}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {state.formError && (
          <p role="alert" className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
            {state.formError}
          </p>
        )}
        {state.ok && state.message && (
          <div
            role="status"
            className="mt-2 rounded border border-emerald-700 bg-emerald-50 p-2 text-sm text-emerald-950"
          >
            <p>{state.message}</p>
            {state.secret && (
              <p className="mt-1 break-all font-mono" data-testid={`${id}-secret`}>
                {state.secret}
              </p>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
