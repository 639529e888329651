"use client";
/**
 * The editors' ratings and crosswalk forms: one server action per form (useActionState), fields with their
 * errors beside them (aria-describedby, announced through aria-live), the form's own error or notice above
 * the button. Texts arrive translated from the server page. After every answer the form is drawn afresh
 * from what the server kept (a refused form keeps what was typed) and the first field in error gets focus.
 */
import { createContext, useActionState, useContext, useEffect, useRef } from "react";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";

type Action = (state: RatingsFormState, form: FormData) => Promise<RatingsFormState>;

const FormContext = createContext<{ id: string; state: RatingsFormState }>({ id: "", state: null });

export function CurationForm({
  id,
  action,
  submitLabel,
  children,
  hidden = {},
  className = "space-y-3",
  submitClassName = "rounded bg-brand-800 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60",
}: {
  id: string;
  action: Action;
  submitLabel: string;
  children: React.ReactNode;
  hidden?: Record<string, string>;
  className?: string;
  submitClassName?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);
  return (
    <FormContext value={{ id, state }}>
      <form
        key={state?.stamp ?? 0}
        ref={formRef}
        id={id}
        action={formAction}
        noValidate
        className={className}
        aria-describedby={`${id}-status`}
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <div id={`${id}-status`} aria-live="polite">
          {state?.formError && (
            <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-red-800">
              {state.formError}
            </p>
          )}
          {state?.ok && state.notice && (
            <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
              {state.notice}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending} className={submitClassName}>
          {submitLabel}
        </button>
      </form>
    </FormContext>
  );
}

/** The value a field starts with: what the refused form held, else the record's current value. */
function useField(name: string, initial: string | undefined) {
  const { id, state } = useContext(FormContext);
  const errors = state?.ok === false ? (state.fieldErrors[name] ?? []) : [];
  const kept = state?.ok === false ? state.values?.[name] : undefined;
  return { inputId: `${id}-${name}`, errors, value: kept ?? initial ?? "" };
}

function Described({ inputId, hint, errors }: { inputId: string; hint?: string; errors: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div id={`${inputId}-error`} aria-live="polite" className="text-sm text-red-800">
        {errors.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </>
  );
}

const describedBy = (inputId: string, hint?: string) =>
  [hint ? `${inputId}-hint` : null, `${inputId}-error`].filter(Boolean).join(" ");

const inputClass = "mt-1 w-full max-w-xl rounded border border-slate-500 px-2 py-1";

export function TextField({
  name,
  label,
  hint,
  initial,
  type = "text",
  inputMode,
}: {
  name: string;
  label: string;
  hint?: string;
  initial?: string | null;
  type?: "text" | "url";
  inputMode?: "text" | "url" | "numeric";
}) {
  const { inputId, errors, value } = useField(name, initial ?? undefined);
  return (
    <div>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(inputId, hint)}
        className={inputClass}
      />
      <Described inputId={inputId} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea({
  name,
  label,
  hint,
  initial,
}: {
  name: string;
  label: string;
  hint?: string;
  initial?: string | null;
}) {
  const { inputId, errors, value } = useField(name, initial ?? undefined);
  return (
    <div>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={inputId}
        name={name}
        rows={3}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(inputId, hint)}
        className={inputClass}
      />
      <Described inputId={inputId} hint={hint} errors={errors} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  hint,
  initial,
  options,
  placeholder,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  initial?: string | null;
  options: Option[];
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  const { inputId, errors, value } = useField(name, initial ?? undefined);
  return (
    <div>
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <select
        id={inputId}
        name={name}
        defaultValue={value}
        onChange={onChange && ((event) => onChange(event.target.value))}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(inputId, hint)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Described inputId={inputId} hint={hint} errors={errors} />
    </div>
  );
}

/** A checkbox; `checked`/`onChange` make it controlled (the rating form keeps its flag in step with the level). */
export function CheckboxField({
  name,
  label,
  hint,
  initial,
  checked,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  initial?: boolean;
  checked?: boolean;
  disabled?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  const { inputId, errors, value } = useField(name, initial ? "on" : "");
  const control =
    checked === undefined
      ? { defaultChecked: value === "on" }
      : { checked, onChange: (event: React.ChangeEvent<HTMLInputElement>) => onChange?.(event.target.checked) };
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={inputId}
          name={name}
          type="checkbox"
          disabled={disabled}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy(inputId, hint)}
          className="h-4 w-4"
          {...control}
        />
        <label htmlFor={inputId} className="font-semibold">
          {label}
        </label>
      </div>
      <Described inputId={inputId} hint={hint} errors={errors} />
    </div>
  );
}

/** The value a controlled field starts with in this drawing of the form (kept after a refusal). */
export function useInitialValue(name: string, initial: string): string {
  return useField(name, initial).value;
}
