"use client";
/**
 * The editors' intervention form: every field of the catalogue record in Dutch and English, delivery
 * modes, target groups (added, edited, removed) and the provenance of each field. It validates with the
 * same schema as the server action and the data layer and shows each problem beside its field; when the
 * save is refused because someone else saved first, it lists what changed and offers to load the latest
 * version. Texts arrive translated from the server page.
 */
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import {
  editableRecordSchema,
  parseInterventionEdit,
  type EditableRecord,
  type InterventionEditInput,
  type LocalizedField,
  type ProvenanceField,
  type ScalarField,
  type TargetGroupField,
} from "@/lib/curation/intervention-edit-schema";
import type { Locale } from "@/lib/i18n/locale";
import type { AdminEditMessages } from "@/lib/i18n/messages/admin-edit";
import {
  SOURCED,
  buildRecord,
  explainIssues,
  newTargetGroup,
  stateFromRecord,
  type EditActionState,
  type InterventionFormState,
  type ProvenanceState,
  type TargetGroupState,
  type TextPair,
} from "./form-state";

export type Choice = { value: string; label: string };
export type InterventionFormLabels = Pick<AdminEditMessages, "form" | "fields" | "targetGroup">;

type Props = {
  slug: string;
  version: number;
  initial: EditableRecord;
  locale: Locale;
  labels: InterventionFormLabels;
  preventionLevels: Choice[];
  adviceGroups: Choice[];
  deliveryModes: Choice[];
  riskFactors: Choice[];
  /** Provenance rows this form does not edit, as sentences. */
  otherProvenance: string[];
  save: (slug: string, input: InterventionEditInput) => Promise<EditActionState>;
};

type Errors = Record<string, string[]>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export function InterventionForm(props: Props) {
  const { labels, locale } = props;
  const t = labels.form;
  const router = useRouter();
  const prefix = useId();
  const fieldId = (path: string) => `${prefix}-${path.replace(/\./g, "-")}`;
  const [state, setState] = useState<InterventionFormState>(() => stateFromRecord(props.initial));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<string[] | undefined>();
  const [pending, startSaving] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    summaryRef.current?.focus();
  });

  const update = (change: (draft: InterventionFormState) => void) =>
    setState((current) => {
      const copy = structuredClone(current);
      change(copy);
      return copy;
    });

  function labelOf(path: string): string {
    const language = (code: string | undefined) => (code === "nl" ? t.nl : code === "en" ? t.en : null);
    if (path.startsWith("provenance.")) return fill(t.provenance.legend, { field: labelOf(path.slice(11)) });
    const group = /^targetGroups\.(\d+)(?:\.(\w+)(?:\.(\w+))?)?/.exec(path);
    if (group) {
      const title = fill(t.targetGroupTitle, { n: Number(group[1]) + 1 });
      if (!group[2]) return title;
      const name = labels.targetGroup[group[2] as TargetGroupField] ?? group[2];
      const lang = language(group[3]);
      return `${title}: ${name}${lang ? ` (${lang})` : ""}`;
    }
    const [head, code] = path.split(".");
    const name = labels.fields[head as keyof typeof labels.fields] ?? head;
    const lang = language(code);
    return lang ? `${name} (${lang})` : name;
  }

  function save() {
    const { record, typedNumbers } = buildRecord(state);
    const parsed = parseInterventionEdit(editableRecordSchema, record, locale);
    setConflict(undefined);
    setFormError(undefined);
    if (!parsed.ok) {
      const explained = explainIssues(parsed.issues, typedNumbers, t);
      setErrors(groupIssues(explained));
      focusAfterRender.current = true;
      return;
    }
    setErrors({});
    startSaving(async () => {
      // On success the action redirects to the intervention's overview; only a refusal comes back here.
      const result = await props.save(props.slug, { version: props.version, base: props.initial, record });
      setErrors(result.fieldErrors);
      setFormError(result.formError);
      setConflict(result.conflict);
      focusAfterRender.current = true;
    });
  }

  const errorEntries = Object.entries(errors);
  const field: FieldContext = { fieldId, errors, labels };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="max-w-4xl space-y-8"
    >
      <div ref={summaryRef} tabIndex={-1} aria-live="polite" role="status">
        {conflict && (
          <div role="alert" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
            <p className="font-semibold">{t.conflictTitle}</p>
            <p className="mt-1">{t.conflictText}</p>
            <ul className="mt-2 list-disc pl-6" data-testid="conflict-changes">
              {conflict.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm">{t.reloadHint}</p>
            <button type="button" onClick={() => router.refresh()} className={`${secondaryButton} mt-2`}>
              {t.reload}
            </button>
          </div>
        )}
        {!conflict && (formError || errorEntries.length > 0) && (
          <div className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {formError && <p>{formError}</p>}
            {errorEntries.length > 0 && (
              <>
                <p>{fill(t.errorSummary, { count: errorEntries.length })}</p>
                <ul className="mt-1 list-disc pl-6">
                  {errorEntries.map(([path, messages]) => (
                    <li key={path}>
                      <a href={`#${fieldId(anchorOf(path))}`} className="underline">
                        {labelOf(path)}
                      </a>
                      : {messages.join(" ")}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>

      <Section title={t.sections.texts}>
        {(["name", "summary", "description", "aims"] as const).map((name) => (
          <PairField
            key={name}
            field={field}
            name={name}
            value={state.texts[name]}
            multiline={name !== "name"}
            optional={name === "description" || name === "aims" ? t.optional : undefined}
            onChange={(lang, value) => update((draft) => void (draft.texts[name][lang] = value))}
            provenance={state.provenance[name]}
            onProvenance={(value) => update((draft) => void (draft.provenance[name] = value))}
          />
        ))}
      </Section>

      <Section title={t.sections.practical}>
        {(["provider", "intensity"] as const).map((name) => (
          <PairField
            key={name}
            field={field}
            name={name}
            value={state.texts[name]}
            optional={t.optional}
            onChange={(lang, value) => update((draft) => void (draft.texts[name][lang] = value))}
            provenance={state.provenance[name]}
            onProvenance={(value) => update((draft) => void (draft.provenance[name] = value))}
          />
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          {(["sessionsMin", "sessionsMax", "durationWeeksMin", "durationWeeksMax"] as const).map((name) => (
            <ScalarInput key={name} field={field} name={name} state={state} update={update} inputMode="numeric" />
          ))}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <ScalarInput
            field={field}
            name="costPerFamily"
            state={state}
            update={update}
            inputMode="decimal"
            hint={t.costHint}
          />
          <ScalarInput field={field} name="costCurrency" state={state} update={update} hint={t.currencyHint} />
          <ScalarInput field={field} name="costYear" state={state} update={update} inputMode="numeric" />
          <ScalarInput field={field} name="costSourceUrl" state={state} update={update} inputMode="url" />
        </div>
        <ScalarInput field={field} name="costNote" state={state} update={update} multiline />
        <ScalarInput field={field} name="ownerOrganisation" state={state} update={update} />
        <div>
          <SelectInput
            id={fieldId("availabilityNl")}
            label={labels.fields.availabilityNl}
            messages={errors.availabilityNl}
            value={state.scalars.availabilityNl}
            options={Object.entries(t.availabilityOptions).map(([value, label]) => ({ value, label }))}
            onChange={(value) => update((draft) => void (draft.scalars.availabilityNl = value))}
          />
          <ProvenanceEditor
            field={field}
            path="availabilityNl"
            value={state.provenance.availabilityNl}
            onChange={(value) => update((draft) => void (draft.provenance.availabilityNl = value))}
          />
        </div>
        <ScalarInput field={field} name="availabilityNote" state={state} update={update} multiline />
        <ScalarInput field={field} name="website" state={state} update={update} inputMode="url" hint={t.websiteHint} />
      </Section>

      <Section title={t.sections.delivery}>
        <CheckboxGroup
          id={fieldId("deliveryModes")}
          legend={labels.fields.deliveryModes}
          options={props.deliveryModes}
          selected={state.deliveryModes}
          messages={collect(errors, "deliveryModes")}
          onChange={(selected) => update((draft) => void (draft.deliveryModes = selected))}
        />
        <ProvenanceEditor
          field={field}
          path="deliveryModes"
          value={state.provenance.deliveryModes}
          onChange={(value) => update((draft) => void (draft.provenance.deliveryModes = value))}
        />
      </Section>

      <Section title={t.sections.targetGroups}>
        {collect(errors, "targetGroups", true) && (
          <p id={fieldId("targetGroups")} className="text-sm text-red-800">
            {collect(errors, "targetGroups", true)?.join(" ")}
          </p>
        )}
        {state.targetGroups.length === 0 && <p>{t.noTargetGroups}</p>}
        {state.targetGroups.map((group, index) => (
          <TargetGroupFields
            key={group.key}
            {...props}
            field={field}
            group={group}
            index={index}
            update={(change) => update((draft) => change(draft.targetGroups[index]))}
            remove={() => update((draft) => void draft.targetGroups.splice(index, 1))}
          />
        ))}
        <button
          type="button"
          className={secondaryButton}
          onClick={() => update((draft) => void draft.targetGroups.push(newTargetGroup()))}
        >
          {t.addTargetGroup}
        </button>
      </Section>

      <Section title={t.sections.sources}>
        <ScalarInput field={field} name="sourceNote" state={state} update={update} multiline />
        {props.otherProvenance.length > 0 && (
          <div>
            <h3 className="font-medium">{t.otherProvenance}</h3>
            <ul className="mt-1 list-disc pl-6 text-sm">
              {props.otherProvenance.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <button type="submit" disabled={pending} className={primaryButton}>
          {t.save}
        </button>
        {pending && (
          <span role="status" className="text-sm text-slate-700">
            {t.saving}
          </span>
        )}
      </div>
    </form>
  );
}

/** Issues by path; a problem with one entry of a list (deliveryModes.2) is shown with the list. */
function groupIssues(issues: { path: string; message: string }[]): Errors {
  const errors: Errors = {};
  for (const { path, message } of issues) (errors[path] ??= []).push(message);
  return errors;
}

/** Messages at `path` and, unless `exact`, at the entries below it that have no field of their own. */
function collect(errors: Errors, path: string, exact = false): string[] | undefined {
  const found = Object.entries(errors)
    .filter(([p]) => p === path || (!exact && new RegExp(`^${path.replace(/\./g, "\\.")}\\.\\d+$`).test(p)))
    .flatMap(([, messages]) => messages);
  return found.length > 0 ? found : undefined;
}

/** The element an error's link jumps to: the field itself, or the list a list entry belongs to. */
function anchorOf(path: string): string {
  return path.replace(/^(deliveryModes|targetGroups\.\d+\.(?:riskFactors|adviceGroups))\.\d+$/, "$1");
}

const inputClass = "mt-1 block w-full rounded border border-slate-400 px-2 py-1 aria-[invalid=true]:border-red-700";
const primaryButton = "rounded bg-brand-800 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60";
const secondaryButton =
  "rounded border border-brand-800 px-4 py-2 text-brand-800 hover:bg-brand-50 disabled:opacity-60";

type FieldContext = { fieldId: (path: string) => string; errors: Errors; labels: InterventionFormLabels };
type Update = (change: (draft: InterventionFormState) => void) => void;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold text-brand-800">{title}</h2>
      {children}
    </section>
  );
}

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  return (
    <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-800">
      {messages?.join(" ")}
    </p>
  );
}

function describedBy(id: string, hint: boolean, invalid: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type TextInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  messages: string[] | undefined;
  hint?: string;
  optional?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "url" | "text";
  lang?: string;
};

function TextInput({
  id,
  label,
  value,
  onChange,
  messages,
  hint,
  optional,
  multiline,
  inputMode,
  lang,
}: TextInputProps) {
  const common = {
    id,
    value,
    lang,
    "aria-invalid": messages ? true : undefined,
    "aria-describedby": describedBy(id, Boolean(hint), Boolean(messages)),
    className: inputClass,
  } as const;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-slate-600"> ({optional})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={id} messages={messages} />
    </div>
  );
}

function SelectInput({
  id,
  label,
  value,
  onChange,
  options,
  messages,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Choice[];
  messages: string[] | undefined;
  placeholder?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(id, false, Boolean(messages))}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} messages={messages} />
    </div>
  );
}

function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  messages,
}: {
  id: string;
  legend: string;
  options: Choice[];
  selected: string[];
  onChange: (selected: string[]) => void;
  messages: string[] | undefined;
}) {
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={messages ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={id} messages={messages} />
    </fieldset>
  );
}

/** A field's provenance: from a source (no entry), inferred with a reason, or unverified with where it was seen. */
function ProvenanceEditor({
  field,
  path,
  value,
  onChange,
}: {
  field: FieldContext;
  path: string;
  value: ProvenanceState | undefined;
  onChange: (value: ProvenanceState) => void;
}) {
  const t = field.labels.form.provenance;
  const current = value ?? SOURCED;
  const base = `provenance.${path}`;
  const hasErrors = Object.keys(field.errors).some((p) => p.startsWith(`${base}.`) || p === base);
  const [open, setOpen] = useState(current.kind !== "sourced");
  const name = labelFor(field.labels, path);
  const summary =
    current.kind === "sourced"
      ? t.summarySourced
      : current.kind === "inferred"
        ? t.summaryInferred
        : t.summaryUnverified;
  const set = (change: Partial<ProvenanceState>) => onChange({ ...current, ...change });
  const radioName = field.fieldId(`${base}.kind`);
  return (
    <details
      open={open || hasErrors}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="mt-1 rounded border border-slate-200 px-3 py-1 text-sm"
    >
      <summary className="cursor-pointer text-slate-700">
        {fill(t.legend, { field: name })}: {summary}
      </summary>
      <fieldset className="mt-2 space-y-2 pb-2">
        <legend className="sr-only">{fill(t.legend, { field: name })}</legend>
        <div className="flex flex-wrap gap-x-5">
          {(["sourced", "inferred", "unverified"] as const).map((kind) => (
            <label key={kind} className="inline-flex items-center gap-2">
              <input type="radio" name={radioName} checked={current.kind === kind} onChange={() => set({ kind })} />
              {t[kind]}
            </label>
          ))}
        </div>
        {current.kind !== "sourced" && (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextInput
              id={field.fieldId(`${base}.reason.nl`)}
              label={`${t.reasonNl} — ${name}`}
              value={current.reasonNl}
              lang="nl"
              messages={field.errors[`${base}.reason.nl`]}
              onChange={(reasonNl) => set({ reasonNl })}
            />
            <TextInput
              id={field.fieldId(`${base}.reason.en`)}
              label={`${t.reasonEn} — ${name}`}
              value={current.reasonEn}
              lang="en"
              messages={field.errors[`${base}.reason.en`]}
              onChange={(reasonEn) => set({ reasonEn })}
            />
            <div className="sm:col-span-2">
              <TextInput
                id={field.fieldId(`${base}.sourceUrl`)}
                label={`${current.kind === "unverified" ? t.sourceUrl : t.sourceUrlInferred} — ${name}`}
                optional={current.kind === "inferred" ? field.labels.form.optional : undefined}
                value={current.sourceUrl}
                inputMode="url"
                messages={field.errors[`${base}.sourceUrl`]}
                onChange={(sourceUrl) => set({ sourceUrl })}
              />
            </div>
          </div>
        )}
      </fieldset>
    </details>
  );
}

/** The name of the field a provenance path belongs to, for the editor's labels. */
function labelFor(labels: InterventionFormLabels, path: string): string {
  const group = /^targetGroups\.(\d+)\.(\w+)$/.exec(path);
  if (group) {
    return `${fill(labels.form.targetGroupTitle, { n: Number(group[1]) + 1 })}: ${labels.targetGroup[group[2] as TargetGroupField]}`;
  }
  return labels.fields[path as keyof typeof labels.fields] ?? path;
}

function PairField({
  field,
  name,
  value,
  onChange,
  multiline,
  optional,
  provenance,
  onProvenance,
}: {
  field: FieldContext;
  name: LocalizedField;
  value: TextPair;
  onChange: (lang: "nl" | "en", value: string) => void;
  multiline?: boolean;
  optional?: string;
  provenance: ProvenanceState | undefined;
  onProvenance: (value: ProvenanceState) => void;
}) {
  const t = field.labels.form;
  return (
    <div>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["nl", "en"] as const).map((lang) => (
          <TextInput
            key={lang}
            id={field.fieldId(`${name}.${lang}`)}
            label={`${field.labels.fields[name]} (${t[lang]})`}
            value={value[lang]}
            lang={lang}
            optional={optional}
            multiline={multiline}
            messages={field.errors[`${name}.${lang}`]}
            onChange={(text) => onChange(lang, text)}
          />
        ))}
      </div>
      <ProvenanceEditor field={field} path={name} value={provenance} onChange={onProvenance} />
    </div>
  );
}

function ScalarInput({
  field,
  name,
  state,
  update,
  multiline,
  inputMode,
  hint,
}: {
  field: FieldContext;
  name: ScalarField;
  state: InterventionFormState;
  update: Update;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "url" | "text";
  hint?: string;
}) {
  const hasProvenance = name !== "sourceNote";
  return (
    <div>
      <TextInput
        id={field.fieldId(name)}
        label={field.labels.fields[name]}
        value={state.scalars[name]}
        optional={field.labels.form.optional}
        multiline={multiline}
        inputMode={inputMode}
        hint={hint}
        messages={field.errors[name]}
        onChange={(value) => update((draft) => void (draft.scalars[name] = value))}
      />
      {hasProvenance && (
        <ProvenanceEditor
          field={field}
          path={name}
          value={state.provenance[name as ProvenanceField]}
          onChange={(value) => update((draft) => void (draft.provenance[name as ProvenanceField] = value))}
        />
      )}
    </div>
  );
}

function TargetGroupFields({
  field,
  group,
  index,
  update,
  remove,
  preventionLevels,
  adviceGroups,
  riskFactors,
}: Props & {
  field: FieldContext;
  group: TargetGroupState;
  index: number;
  update: (change: (draft: TargetGroupState) => void) => void;
  remove: () => void;
}) {
  const t = field.labels.form;
  const labels = field.labels.targetGroup;
  const base = `targetGroups.${index}`;
  const title = fill(t.targetGroupTitle, { n: index + 1 });
  const provenance = (name: TargetGroupField) => (
    <ProvenanceEditor
      field={field}
      path={`${base}.${name}`}
      value={group.provenance[name]}
      onChange={(value) => update((draft) => void (draft.provenance[name] = value))}
    />
  );
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-4" id={field.fieldId(base)} tabIndex={-1}>
      <legend className="px-1 font-semibold">
        {title}
        {group.id === null && <span className="ml-2 text-sm font-normal text-slate-600">({t.newTargetGroup})</span>}
      </legend>
      <FieldError id={field.fieldId(`${base}.id`)} messages={field.errors[`${base}.id`]} />
      <div>
        <SelectInput
          id={field.fieldId(`${base}.preventionLevel`)}
          label={`${labels.preventionLevel} — ${title}`}
          value={group.preventionLevel}
          placeholder={t.preventionPlaceholder}
          options={preventionLevels}
          messages={field.errors[`${base}.preventionLevel`]}
          onChange={(value) => update((draft) => void (draft.preventionLevel = value))}
        />
        {provenance("preventionLevel")}
      </div>
      <p id={field.fieldId(`${base}.age-hint`)} className="text-sm text-slate-600">
        {t.ageHint}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["ageMinMonths", "ageMaxMonths"] as const).map((name) => (
          <div key={name}>
            <TextInput
              id={field.fieldId(`${base}.${name}`)}
              label={`${labels[name]} — ${title}`}
              value={group[name]}
              inputMode="numeric"
              optional={t.optional}
              messages={field.errors[`${base}.${name}`]}
              onChange={(value) => update((draft) => void (draft[name] = value))}
            />
            {provenance(name)}
          </div>
        ))}
      </div>
      <div>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["nl", "en"] as const).map((lang) => (
            <TextInput
              key={lang}
              id={field.fieldId(`${base}.description.${lang}`)}
              label={`${labels.description} (${t[lang]}) — ${title}`}
              value={group.description[lang]}
              lang={lang}
              multiline
              messages={field.errors[`${base}.description.${lang}`]}
              onChange={(value) => update((draft) => void (draft.description[lang] = value))}
            />
          ))}
        </div>
        {provenance("description")}
      </div>
      <div>
        <CheckboxGroup
          id={field.fieldId(`${base}.adviceGroups`)}
          legend={`${labels.adviceGroups} — ${title}`}
          options={adviceGroups}
          selected={group.adviceGroups}
          messages={collect(field.errors, `${base}.adviceGroups`)}
          onChange={(selected) => update((draft) => void (draft.adviceGroups = selected))}
        />
        {provenance("adviceGroups")}
      </div>
      <div>
        <CheckboxGroup
          id={field.fieldId(`${base}.riskFactors`)}
          legend={`${labels.riskFactors} — ${title}`}
          options={riskFactors}
          selected={group.riskFactors}
          messages={collect(field.errors, `${base}.riskFactors`)}
          onChange={(selected) => update((draft) => void (draft.riskFactors = selected))}
        />
        {provenance("riskFactors")}
      </div>
      <button type="button" onClick={remove} className={secondaryButton}>
        {fill(t.removeTargetGroup, { n: index + 1 })}
      </button>
    </fieldset>
  );
}
