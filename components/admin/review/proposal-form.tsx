"use client";
/**
 * Accepting a proposed intervention: the editor completes its catalogue record (prefilled from the
 * submitter's proposal; the slug follows the Dutch name until edited). The server action validates every
 * field with proposalRecordSchema; each error sits beside its field, and the first one gets the focus.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import { suggestSlug, type ReviewActionState } from "@/lib/curation/review-form-state";

export type ProposalFormValues = {
  slug: string;
  nameNl: string;
  nameEn: string;
  summaryNl: string;
  summaryEn: string;
  descriptionNl: string;
  descriptionEn: string;
  website: string;
  preventionLevel: string;
  ageMinMonths: string;
  ageMaxMonths: string;
  tgDescriptionNl: string;
  tgDescriptionEn: string;
  adviceGroups: string[];
  reason: string;
};

export type ProposalFormLabels = {
  title: string;
  intro: string;
  slug: string;
  slugHint: string;
  nameNl: string;
  nameEn: string;
  summaryNl: string;
  summaryEn: string;
  descriptionNl: string;
  descriptionEn: string;
  website: string;
  targetGroup: string;
  preventionLevel: string;
  choose: string;
  ageMin: string;
  ageMax: string;
  tgDescriptionNl: string;
  tgDescriptionEn: string;
  adviceGroups: string;
  note: string;
  button: string;
  pending: string;
  optional: string;
  errorSummary: string;
};

/** Form field → the path the schema names it by. */
const PATHS: Record<Exclude<keyof ProposalFormValues, "adviceGroups">, string> = {
  slug: "slug",
  nameNl: "nameNl",
  nameEn: "nameEn",
  summaryNl: "summaryNl",
  summaryEn: "summaryEn",
  descriptionNl: "descriptionNl",
  descriptionEn: "descriptionEn",
  website: "website",
  preventionLevel: "targetGroup.preventionLevel",
  ageMinMonths: "targetGroup.ageMinMonths",
  ageMaxMonths: "targetGroup.ageMaxMonths",
  tgDescriptionNl: "targetGroup.descriptionNl",
  tgDescriptionEn: "targetGroup.descriptionEn",
  reason: "reason",
};
const fieldId = (path: string) => `proposal-${path.replace(/\./g, "-")}`;

export function ProposalForm({
  action,
  entryId,
  initial,
  labels,
  preventionLevels,
  adviceGroups,
}: {
  action: (state: ReviewActionState, form: FormData) => Promise<ReviewActionState>;
  entryId: number;
  initial: ProposalFormValues;
  labels: ProposalFormLabels;
  preventionLevels: { value: string; label: string }[];
  adviceGroups: { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (!state || state.ok) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const set = (key: keyof ProposalFormValues, value: string) =>
    setValues((current) => ({
      ...current,
      [key]: value,
      ...(key === "nameNl" && !slugEdited ? { slug: suggestSlug(value) } : {}),
    }));

  const describedBy = (path: string, hint?: boolean) =>
    [hint ? `${fieldId(path)}-hint` : null, `${fieldId(path)}-error`].filter(Boolean).join(" ");
  const errorOf = (path: string) => (
    <p id={`${fieldId(path)}-error`} aria-live="polite" className="text-sm text-red-800">
      {(errors[path] ?? []).join(" ")}
    </p>
  );
  const input = (
    key: Exclude<keyof ProposalFormValues, "adviceGroups" | "preventionLevel">,
    label: string,
    options: { optional?: boolean; hint?: string; multiline?: boolean; type?: string } = {},
  ) => {
    const path = PATHS[key];
    const props = {
      id: fieldId(path),
      name: path,
      value: values[key],
      "aria-invalid": (errors[path]?.length ?? 0) > 0,
      "aria-describedby": describedBy(path, Boolean(options.hint)),
      className: "mt-1 w-full rounded border border-slate-400 px-2 py-1",
    };
    return (
      <div>
        <label htmlFor={props.id} className="block text-sm font-medium">
          {label}
          {options.optional && <span className="font-normal text-slate-700"> ({labels.optional})</span>}
        </label>
        {options.hint && (
          <p id={`${props.id}-hint`} className="text-sm text-slate-700">
            {options.hint}
          </p>
        )}
        {options.multiline ? (
          <textarea {...props} rows={3} onChange={(e) => set(key, e.target.value)} />
        ) : (
          <input
            {...props}
            type={options.type ?? "text"}
            onChange={(e) => {
              if (key === "slug") setSlugEdited(true);
              set(key, e.target.value);
            }}
          />
        )}
        {errorOf(path)}
      </div>
    );
  };

  const advicePath = "targetGroup.adviceGroups";
  const levelPath = PATHS.preventionLevel;
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-labelledby="proposal-form-title"
      className="space-y-3 rounded border border-green-800 p-4"
    >
      <h3 id="proposal-form-title" className="text-lg font-semibold">
        {labels.title}
      </h3>
      <p className="text-sm text-slate-700">{labels.intro}</p>
      <input type="hidden" name="id" value={entryId} />
      {errorCount > 0 && (
        <p role="alert" className="rounded border border-red-800 bg-red-50 p-2 text-red-900">
          {labels.errorSummary}
        </p>
      )}
      {state && !state.ok && state.formError && (
        <p role="alert" className="text-red-800">
          {state.formError}
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {input("nameNl", labels.nameNl)}
        {input("nameEn", labels.nameEn)}
      </div>
      {input("slug", labels.slug, { hint: labels.slugHint })}
      <div className="grid gap-3 md:grid-cols-2">
        {input("summaryNl", labels.summaryNl, { multiline: true })}
        {input("summaryEn", labels.summaryEn, { multiline: true })}
        {input("descriptionNl", labels.descriptionNl, { multiline: true, optional: true })}
        {input("descriptionEn", labels.descriptionEn, { multiline: true, optional: true })}
      </div>
      {input("website", labels.website, { optional: true, type: "url" })}
      <fieldset className="space-y-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{labels.targetGroup}</legend>
        <div>
          <label htmlFor={fieldId(levelPath)} className="block text-sm font-medium">
            {labels.preventionLevel}
          </label>
          <select
            id={fieldId(levelPath)}
            name={levelPath}
            value={values.preventionLevel}
            onChange={(e) => set("preventionLevel", e.target.value)}
            aria-invalid={(errors[levelPath]?.length ?? 0) > 0}
            aria-describedby={describedBy(levelPath)}
            className="mt-1 rounded border border-slate-400 px-2 py-1"
          >
            <option value="">{labels.choose}</option>
            {preventionLevels.map((level) => (
              <option key={level.value} value={level.value}>
                {level.label}
              </option>
            ))}
          </select>
          {errorOf(levelPath)}
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          {input("ageMinMonths", labels.ageMin, { optional: true })}
          {input("ageMaxMonths", labels.ageMax, { optional: true })}
          {input("tgDescriptionNl", labels.tgDescriptionNl, { multiline: true })}
          {input("tgDescriptionEn", labels.tgDescriptionEn, { multiline: true })}
        </div>
        <fieldset aria-describedby={`${fieldId(advicePath)}-error`}>
          <legend className="text-sm font-medium">{labels.adviceGroups}</legend>
          {adviceGroups.map((group, index) => (
            <label key={group.value} className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name={advicePath}
                value={group.value}
                checked={values.adviceGroups.includes(group.value)}
                aria-invalid={index === 0 && (errors[advicePath]?.length ?? 0) > 0 ? true : undefined}
                onChange={(e) =>
                  setValues((current) => ({
                    ...current,
                    adviceGroups: e.target.checked
                      ? [...current.adviceGroups, group.value]
                      : current.adviceGroups.filter((v) => v !== group.value),
                  }))
                }
              />
              {group.label}
            </label>
          ))}
          {errorOf(advicePath)}
        </fieldset>
      </fieldset>
      {input("reason", labels.note, { multiline: true, optional: true })}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-green-800 px-4 py-2 text-white hover:bg-green-700 disabled:opacity-60"
      >
        {pending ? labels.pending : labels.button}
      </button>
    </form>
  );
}
