"use client";
/**
 * The researcher's evidence-entry form, in four steps: the intervention, the study with its risk of bias,
 * one or more outcome results (with a live effect-size preview), and review. It validates with the same
 * submissionSchema as the server action and the API, and shows every problem beside its field in the
 * page's language. Texts arrive translated from the server page (no message catalogue in the browser).
 */
import { useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import {
  OVERALL_RISK_OF_BIAS,
  RISK_OF_BIAS_TOOLS,
  SUBMISSION_DESIGNS,
  SUBMISSION_MESSAGES,
  parseWithLocale,
  submissionSchema,
  toolForDesign,
  type SubmissionDesign,
  type SubmissionDraft,
} from "@/lib/submission/schemas";
import { FORMS_BY_MEASURE, type InputForm } from "@/lib/stats/schemas";
import { MEASURES, type Measure } from "@/lib/stats/constants";
import type { Locale } from "@/lib/i18n/locale";
import type { ResearcherMessages } from "@/lib/i18n/messages/researcher";
import {
  buildInput,
  emptyEntry,
  explainIssues,
  fieldErrorsFrom,
  fieldsOf,
  newOutcomeRow,
  stateFromInput,
  statisticsOf,
  stepOfPath,
  type EntryFormState,
  type OutcomeRowState,
  type StatKey,
  type SubmissionActionState,
} from "./submission-form-state";
import { fill, formatEffectNumber, previewEffect } from "./effect-preview";

export type SubmissionFormLabels = ResearcherMessages["form"];
export type SubmissionChoice = { slug: string; name: string };
type SaveAction = (input: SubmissionDraft, id?: number) => Promise<SubmissionActionState>;

type Props = {
  locale: Locale;
  labels: SubmissionFormLabels;
  interventions: SubmissionChoice[];
  outcomes: SubmissionChoice[];
  /** The saved entry when editing. */
  entryId?: number;
  initial?: SubmissionDraft;
  saveDraft: SaveAction;
  submit: SaveAction;
};

const STEPS = ["intervention", "study", "outcomes", "review"] as const;
const MAX_OPTIONS = 200;
type Errors = Record<string, string[]>;

export function SubmissionForm(props: Props) {
  const { labels, locale } = props;
  const idPrefix = useId();
  const fieldId = (path: string) => `${idPrefix}-${path.replace(/\./g, "-")}`;
  const [state, setState] = useState<EntryFormState>(() =>
    props.initial ? stateFromInput(props.initial) : emptyEntry(),
  );
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, startSaving] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The field to focus once the render that shows it has happened (the first error, or the step heading).
  const focusAfterRender = useRef<string | null>(null);
  const setFocusPath = (path: string) => {
    focusAfterRender.current = path;
  };
  useEffect(() => {
    const path = focusAfterRender.current;
    if (path === null) return;
    focusAfterRender.current = null;
    (document.getElementById(fieldId(path)) ?? headingRef.current)?.focus();
  });

  /** The server's answer: its field errors replace ours, and the form moves to the first of them. */
  function showServerState(result: SubmissionActionState) {
    if (result.ok) return;
    setErrors(result.fieldErrors);
    setFormError(result.formError);
    const first = firstPath(result.fieldErrors);
    if (first) {
      setStep(stepOfPath(first));
      setFocusPath(first);
    } else {
      setFocusPath("(step)");
    }
  }

  /** All problems with the entry, in the form's words. */
  function validate(): { errors: Errors; input: SubmissionDraft } {
    const { input, typed } = buildInput(state);
    const parsed = parseWithLocale(submissionSchema, input, locale);
    if (parsed.ok) return { errors: {}, input };
    let issues = explainIssues(parsed.issues, typed, labels);
    // The schema checks the choice of intervention only once everything else parses; the first step needs it now.
    if (
      state.mode === "existing" &&
      state.intervention === "" &&
      !issues.some((issue) => issue.path === "intervention")
    ) {
      issues = [{ path: "intervention", message: SUBMISSION_MESSAGES["target-required"][locale] }, ...issues];
    }
    // Without a design there is no tool yet: the design's own error says what to do.
    if (state.study.design === "") {
      issues = issues.filter(
        (issue) => !issue.path.startsWith("study.riskOfBias.tool") && issue.path !== "study.riskOfBias.domains",
      );
    }
    return { errors: fieldErrorsFrom(issues), input };
  }

  function goTo(target: number) {
    setStep(target);
    setFocusPath("(step)");
  }

  function next() {
    const found = validate().errors;
    const here = Object.fromEntries(Object.entries(found).filter(([path]) => stepOfPath(path) === step));
    setErrors(here);
    const first = firstPath(here);
    if (first) {
      setFocusPath(first);
      return;
    }
    goTo(step + 1);
  }

  function save(submit: boolean) {
    const { errors: found, input } = validate();
    setErrors(found);
    const first = firstPath(found);
    if (first) {
      setStep(stepOfPath(first));
      setFocusPath(first);
      return;
    }
    setFormError(undefined);
    startSaving(async () => {
      // On success the action redirects to the list; only a refusal comes back here.
      const result = await (submit ? props.submit : props.saveDraft)(input, props.entryId);
      showServerState(result);
    });
  }

  const update = (change: (draft: EntryFormState) => void) =>
    setState((current) => {
      const copy = structuredClone(current);
      change(copy);
      return copy;
    });

  const errorCount = Object.values(errors).reduce((sum, list) => sum + list.length, 0);

  const field = { fieldId, errors };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (step < STEPS.length - 1) next();
      }}
      className="max-w-3xl"
    >
      <nav aria-label={labels.steps.label}>
        <ol className="mb-4 flex flex-wrap gap-2 text-sm">
          {STEPS.map((name, index) => (
            <li key={name}>
              <button
                type="button"
                onClick={() => goTo(index)}
                aria-current={index === step ? "step" : undefined}
                className={
                  index === step
                    ? "rounded border border-brand-800 bg-brand-800 px-3 py-1 text-white"
                    : "rounded border border-slate-300 px-3 py-1 text-brand-700 hover:bg-brand-50"
                }
              >
                {index + 1}. {labels.steps[name]}
                {Object.keys(errors).some((path) => stepOfPath(path) === index) ? " ⚠" : ""}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div aria-live="polite" role="status">
        {(errorCount > 0 || formError) && (
          <div className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {formError && <p>{formError}</p>}
            {errorCount > 0 && <p>{fill(labels.errorSummary, { count: errorCount })}</p>}
          </div>
        )}
      </div>

      <h2 ref={headingRef} id={fieldId("(step)")} tabIndex={-1} className="text-xl font-semibold text-brand-800">
        {labels.steps[STEPS[step]]}{" "}
        <span className="text-sm font-normal text-slate-600">
          ({fill(labels.stepOf, { step: step + 1, steps: STEPS.length })})
        </span>
      </h2>

      <div className="mt-4 space-y-4">
        {step === 0 && <InterventionStep {...props} state={state} update={update} field={field} />}
        {step === 1 && <StudyStep labels={labels} state={state} update={update} field={field} />}
        {step === 2 && <OutcomesStep {...props} state={state} update={update} field={field} />}
        {step === 3 && <ReviewStep {...props} state={state} />}
      </div>

      <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        {step > 0 && (
          <button type="button" onClick={() => goTo(step - 1)} className={secondaryButton}>
            {labels.previous}
          </button>
        )}
        {step < STEPS.length - 1 && (
          <button type="submit" className={primaryButton}>
            {labels.next}
          </button>
        )}
        <button type="button" onClick={() => save(false)} disabled={pending} className={secondaryButton}>
          {labels.saveDraft}
        </button>
        {step === STEPS.length - 1 && (
          <button type="button" onClick={() => save(true)} disabled={pending} className={primaryButton}>
            {labels.submit}
          </button>
        )}
        {pending && (
          <span role="status" className="self-center text-sm text-slate-700">
            {labels.saving}
          </span>
        )}
      </div>
    </form>
  );
}

function firstPath(errors: Errors): string | undefined {
  const paths = Object.keys(errors);
  // The steps in order, then the order the schema reported within a step.
  return paths.sort((a, b) => stepOfPath(a) - stepOfPath(b))[0];
}

const inputClass = "mt-1 block w-full rounded border border-slate-400 px-2 py-1 aria-[invalid=true]:border-red-700";
const primaryButton = "rounded bg-brand-800 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60";
const secondaryButton =
  "rounded border border-brand-800 px-4 py-2 text-brand-800 hover:bg-brand-50 disabled:opacity-60";

type FieldContext = { fieldId: (path: string) => string; errors: Errors };
type Update = (change: (draft: EntryFormState) => void) => void;

/** The error text of one field, announced when it changes and tied to the field by aria-describedby. */
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

type TextFieldProps = {
  field: FieldContext;
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  optional?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "numeric" | "url" | "text";
};

function TextField({ field, path, label, value, onChange, hint, optional, multiline, inputMode }: TextFieldProps) {
  const id = field.fieldId(path);
  const messages = field.errors[path];
  const common = {
    id,
    value,
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
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={id} messages={messages} />
    </div>
  );
}

type SelectFieldProps = {
  field: FieldContext;
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  size?: number;
};

function SelectField({ field, path, label, value, onChange, options, placeholder, size }: SelectFieldProps) {
  const id = field.fieldId(path);
  const messages = field.errors[path];
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        size={size}
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

type StepProps = Props & { state: EntryFormState; update: Update; field: FieldContext };

function InterventionStep({ labels, interventions, state, update, field }: StepProps) {
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const found = interventions.filter((choice) =>
      words.every((word) => `${choice.name} ${choice.slug}`.toLocaleLowerCase().includes(word)),
    );
    // Keep the chosen one listed while searching for another.
    const chosen = interventions.find((choice) => choice.slug === state.intervention);
    const limited = found.slice(0, MAX_OPTIONS);
    return chosen && !limited.includes(chosen) ? [chosen, ...limited] : limited;
  }, [interventions, query, state.intervention]);
  const searchId = field.fieldId("intervention-search");
  const p = state.proposal;
  const setProposal = (key: keyof EntryFormState["proposal"]) => (value: string) =>
    update((draft) => {
      draft.proposal[key] = value;
    });

  return (
    <>
      <fieldset>
        <legend className="font-medium">{labels.interventionMode}</legend>
        {(["existing", "proposal"] as const).map((mode) => (
          <label key={mode} className="mr-6 inline-flex items-center gap-2">
            <input
              type="radio"
              name={`${field.fieldId("mode")}`}
              checked={state.mode === mode}
              onChange={() =>
                update((draft) => {
                  draft.mode = mode;
                })
              }
            />
            {mode === "existing" ? labels.existing : labels.propose}
          </label>
        ))}
      </fieldset>

      {state.mode === "existing" ? (
        <div className="space-y-2">
          <div>
            <label htmlFor={searchId} className="block font-medium">
              {labels.searchIntervention}
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              className={inputClass}
              aria-controls={field.fieldId("intervention")}
            />
          </div>
          <SelectField
            field={field}
            path="intervention"
            label={labels.intervention}
            value={state.intervention}
            placeholder={labels.chooseIntervention}
            size={Math.min(8, matches.length + 1)}
            options={matches.map((choice) => ({ value: choice.slug, label: choice.name }))}
            onChange={(value) =>
              update((draft) => {
                draft.intervention = value;
              })
            }
          />
          {matches.length === 0 && (
            <p role="status" className="text-sm text-slate-700">
              {labels.noMatches}
            </p>
          )}
        </div>
      ) : (
        <div className="space-y-3">
          <TextField
            field={field}
            path="proposal.name"
            label={labels.proposalName}
            value={p.name}
            onChange={setProposal("name")}
          />
          <TextField
            field={field}
            path="proposal.description"
            label={labels.proposalDescription}
            value={p.description}
            onChange={setProposal("description")}
            multiline
          />
          <TextField
            field={field}
            path="proposal.targetGroup"
            label={labels.proposalTargetGroup}
            value={p.targetGroup}
            onChange={setProposal("targetGroup")}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              field={field}
              path="proposal.ageMinMonths"
              label={labels.proposalAgeMin}
              optional={labels.optional}
              value={p.ageMinMonths}
              onChange={setProposal("ageMinMonths")}
              inputMode="numeric"
            />
            <TextField
              field={field}
              path="proposal.ageMaxMonths"
              label={labels.proposalAgeMax}
              optional={labels.optional}
              value={p.ageMaxMonths}
              onChange={setProposal("ageMaxMonths")}
              inputMode="numeric"
            />
          </div>
          <TextField
            field={field}
            path="proposal.websiteUrl"
            label={labels.proposalWebsite}
            optional={labels.optional}
            value={p.websiteUrl}
            onChange={setProposal("websiteUrl")}
            inputMode="url"
          />
        </div>
      )}
    </>
  );
}

function StudyStep({
  labels,
  state,
  update,
  field,
}: {
  labels: SubmissionFormLabels;
  state: EntryFormState;
  update: Update;
  field: FieldContext;
}) {
  const s = state.study;
  const setStudy = (key: Exclude<keyof EntryFormState["study"], "domains" | "design">) => (value: string) =>
    update((draft) => {
      draft.study[key] = value;
    });
  const tool = s.design === "" ? null : toolForDesign(s.design);
  const robErrors = [
    ...(field.errors["study.riskOfBias.tool"] ?? []),
    ...(field.errors["study.riskOfBias.domains"] ?? []),
    ...(field.errors["study.riskOfBias"] ?? []),
  ];
  const robId = field.fieldId("study.riskOfBias");

  return (
    <>
      <TextField
        field={field}
        path="study.citation"
        label={labels.citation}
        value={s.citation}
        onChange={setStudy("citation")}
        multiline
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          field={field}
          path="study.doi"
          label={labels.doi}
          optional={labels.optional}
          hint={labels.doiHint}
          value={s.doi}
          onChange={setStudy("doi")}
        />
        <TextField
          field={field}
          path="study.url"
          label={labels.url}
          optional={labels.optional}
          value={s.url}
          onChange={setStudy("url")}
          inputMode="url"
        />
        <TextField
          field={field}
          path="study.year"
          label={labels.year}
          value={s.year}
          onChange={setStudy("year")}
          inputMode="numeric"
        />
        <TextField
          field={field}
          path="study.country"
          label={labels.country}
          value={s.country}
          onChange={setStudy("country")}
        />
        <TextField
          field={field}
          path="study.sampleSize"
          label={labels.sampleSize}
          value={s.sampleSize}
          onChange={setStudy("sampleSize")}
          inputMode="numeric"
        />
        <TextField
          field={field}
          path="study.followUpMonths"
          label={labels.followUpMonths}
          optional={labels.optional}
          value={s.followUpMonths}
          onChange={setStudy("followUpMonths")}
          inputMode="numeric"
        />
      </div>
      <SelectField
        field={field}
        path="study.design"
        label={labels.design}
        value={s.design}
        placeholder={labels.chooseDesign}
        options={SUBMISSION_DESIGNS.map((design) => ({ value: design, label: labels.designs[design] }))}
        onChange={(value) =>
          update((draft) => {
            const design = value as SubmissionDesign | "";
            const before = draft.study.design === "" ? null : toolForDesign(draft.study.design);
            const after = design === "" ? null : toolForDesign(design);
            draft.study.design = design;
            if (before !== after) draft.study.domains = after ? RISK_OF_BIAS_TOOLS[after].domains.map(() => "") : [];
          })
        }
      />

      <fieldset
        className="rounded border border-slate-300 p-3"
        aria-describedby={robErrors.length ? `${robId}-error` : undefined}
      >
        <legend className="px-1 font-medium">
          {labels.riskOfBias}
          {tool && <span className="font-normal"> — {fill(labels.riskOfBiasTool, { tool: labels.tools[tool] })}</span>}
        </legend>
        <FieldError id={robId} messages={robErrors.length ? robErrors : undefined} />
        {tool ? (
          <div className="grid gap-3 sm:grid-cols-2">
            {RISK_OF_BIAS_TOOLS[tool].domains.map((domain, index) => (
              <SelectField
                key={domain}
                field={field}
                path={`study.riskOfBias.domains.${index}`}
                label={labels.domains[domain]}
                value={s.domains[index] ?? ""}
                placeholder={labels.chooseJudgement}
                options={RISK_OF_BIAS_TOOLS[tool].judgements.map((judgement) => ({
                  value: judgement,
                  label: labels.judgements[judgement],
                }))}
                onChange={(value) =>
                  update((draft) => {
                    draft.study.domains[index] = value;
                  })
                }
              />
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-700">{labels.chooseDesignFirst}</p>
        )}
        <SelectField
          field={field}
          path="study.riskOfBias.overall"
          label={labels.overall}
          value={s.overall}
          placeholder={labels.chooseJudgement}
          options={OVERALL_RISK_OF_BIAS.map((judgement) => ({ value: judgement, label: labels.judgements[judgement] }))}
          onChange={setStudy("overall")}
        />
      </fieldset>

      <TextField
        field={field}
        path="study.summary"
        label={labels.summary}
        optional={labels.optional}
        value={s.summary}
        onChange={setStudy("summary")}
        multiline
      />
    </>
  );
}

function OutcomesStep({ labels, locale, outcomes, state, update, field }: StepProps) {
  const listErrors = field.errors["outcomes"];
  return (
    <>
      <FieldError id={field.fieldId("outcomes")} messages={listErrors} />
      {state.outcomes.map((row, index) => (
        <OutcomeRow
          key={row.key}
          index={index}
          row={row}
          labels={labels}
          locale={locale}
          outcomes={outcomes}
          field={field}
          canRemove={state.outcomes.length > 1}
          update={(change) =>
            update((draft) => {
              change(draft.outcomes[index]);
            })
          }
          remove={() =>
            update((draft) => {
              draft.outcomes.splice(index, 1);
            })
          }
        />
      ))}
      <button
        type="button"
        className={secondaryButton}
        onClick={() =>
          update((draft) => {
            draft.outcomes.push(newOutcomeRow());
          })
        }
      >
        + {labels.addOutcome}
      </button>
    </>
  );
}

type OutcomeRowProps = {
  index: number;
  row: OutcomeRowState;
  labels: SubmissionFormLabels;
  locale: Locale;
  outcomes: SubmissionChoice[];
  field: FieldContext;
  canRemove: boolean;
  update: (change: (row: OutcomeRowState) => void) => void;
  remove: () => void;
};

function OutcomeRow({ index, row, labels, locale, outcomes, field, canRemove, update, remove }: OutcomeRowProps) {
  const base = `outcomes.${index}`;
  const number = index + 1;
  const set = (key: "outcome" | "outcomeLabel" | "timepointMonths" | "subgroup") => (value: string) =>
    update((draft) => {
      draft[key] = value;
    });
  const statisticsErrors = field.errors[`${base}.statistics`];
  const statisticsId = field.fieldId(`${base}.statistics`);

  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3">
      <legend className="px-1 font-semibold">{fill(labels.outcome, { number })}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          field={field}
          path={`${base}.outcome`}
          label={labels.outcomeDomain}
          value={row.outcome}
          placeholder={labels.chooseOutcome}
          options={outcomes.map((choice) => ({ value: choice.slug, label: choice.name }))}
          onChange={set("outcome")}
        />
        <TextField
          field={field}
          path={`${base}.outcomeLabel`}
          label={labels.outcomeLabel}
          optional={labels.optional}
          hint={labels.outcomeLabelHint}
          value={row.outcomeLabel}
          onChange={set("outcomeLabel")}
        />
        <TextField
          field={field}
          path={`${base}.timepointMonths`}
          label={labels.timepointMonths}
          hint={labels.timepointHint}
          value={row.timepointMonths}
          onChange={set("timepointMonths")}
          inputMode="numeric"
        />
        <TextField
          field={field}
          path={`${base}.subgroup`}
          label={labels.subgroup}
          optional={labels.optional}
          hint={labels.subgroupHint}
          value={row.subgroup}
          onChange={set("subgroup")}
        />
        <SelectField
          field={field}
          path={`${base}.measure`}
          label={labels.measure}
          value={row.measure}
          options={MEASURES.map((measure) => ({ value: measure, label: labels.measures[measure] }))}
          onChange={(value) =>
            update((draft) => {
              draft.measure = value as Measure;
              if (!FORMS_BY_MEASURE[draft.measure].includes(draft.form))
                draft.form = FORMS_BY_MEASURE[draft.measure][0];
            })
          }
        />
        <div className="flex items-end pb-6">
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={row.higherIsBetter}
              onChange={(event) =>
                update((draft) => {
                  draft.higherIsBetter = event.target.checked;
                })
              }
            />
            {labels.higherIsBetter}
          </label>
        </div>
      </div>

      <fieldset
        className="rounded border border-slate-200 p-3"
        aria-describedby={statisticsErrors ? `${statisticsId}-error` : undefined}
      >
        <legend className="px-1 font-medium">{labels.inputForm}</legend>
        <SelectField
          field={field}
          path={`${base}.form`}
          label={labels.inputForm}
          value={row.form}
          options={FORMS_BY_MEASURE[row.measure].map((form) => ({ value: form, label: labels.inputForms[form] }))}
          onChange={(value) =>
            update((draft) => {
              draft.form = value as InputForm;
            })
          }
        />
        <FieldError id={statisticsId} messages={statisticsErrors} />
        <div className="grid gap-3 sm:grid-cols-3">
          {fieldsOf(row.form).map((key) =>
            key === "sign" ? (
              <SelectField
                key={key}
                field={field}
                path={`${base}.statistics.sign`}
                label={labels.fields.sign}
                value={row.values.sign ?? "1"}
                options={[
                  { value: "1", label: labels.signPositive },
                  { value: "-1", label: labels.signNegative },
                ]}
                onChange={(value) =>
                  update((draft) => {
                    draft.values.sign = value;
                  })
                }
              />
            ) : (
              <TextField
                key={key}
                field={field}
                path={`${base}.statistics.${key}`}
                label={labels.fields[key as Exclude<StatKey, "sign">]}
                value={row.values[key] ?? ""}
                inputMode="decimal"
                onChange={(value) =>
                  update((draft) => {
                    draft.values[key] = value;
                  })
                }
              />
            ),
          )}
        </div>
        <EffectPreviewLine row={row} labels={labels} locale={locale} />
      </fieldset>

      {canRemove && (
        <button type="button" onClick={remove} className="text-sm text-red-800 underline">
          {fill(labels.removeOutcome, { number })}
        </button>
      )}
    </fieldset>
  );
}

function EffectPreviewLine({
  row,
  labels,
  locale,
}: {
  row: OutcomeRowState;
  labels: SubmissionFormLabels;
  locale: Locale;
}) {
  const effect = previewEffect(row.measure, statisticsOf(row));
  return (
    <div className="mt-3 rounded bg-brand-50 p-2" aria-live="polite">
      <span className="font-medium">{labels.preview}: </span>
      <output data-testid="effect-preview">
        {effect
          ? fill(labels.previewValue, {
              name: labels.effectNames[row.measure],
              estimate: formatEffectNumber(effect.estimate, locale),
              lower: formatEffectNumber(effect.lower, locale),
              upper: formatEffectNumber(effect.upper, locale),
            })
          : labels.previewPending}
      </output>
    </div>
  );
}

function ReviewStep({ labels, locale, interventions, outcomes, state }: Props & { state: EntryFormState }) {
  const s = state.study;
  const or = (value: string) => (value.trim() === "" ? labels.notGiven : value);
  const interventionName =
    state.mode === "existing"
      ? (interventions.find((choice) => choice.slug === state.intervention)?.name ?? labels.notGiven)
      : fill(labels.newIntervention, { name: or(state.proposal.name) });
  const tool = s.design === "" ? null : toolForDesign(s.design);
  return (
    <>
      <p>{labels.reviewIntro}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{labels.steps.intervention}</dt>
        <dd>{interventionName}</dd>
        <dt className="font-medium">{labels.citation}</dt>
        <dd>{or(s.citation)}</dd>
        <dt className="font-medium">{labels.doi}</dt>
        <dd>{or(s.doi)}</dd>
        <dt className="font-medium">{labels.year}</dt>
        <dd>{or(s.year)}</dd>
        <dt className="font-medium">{labels.design}</dt>
        <dd>{s.design === "" ? labels.notGiven : labels.designs[s.design]}</dd>
        <dt className="font-medium">{labels.country}</dt>
        <dd>{or(s.country)}</dd>
        <dt className="font-medium">{labels.sampleSize}</dt>
        <dd>{or(s.sampleSize)}</dd>
        <dt className="font-medium">{labels.riskOfBias}</dt>
        <dd>
          {tool ? `${labels.tools[tool]}: ` : ""}
          {s.overall === "" ? labels.notGiven : labels.judgements[s.overall as (typeof OVERALL_RISK_OF_BIAS)[number]]}
        </dd>
      </dl>
      <h3 className="mt-4 font-semibold">{labels.steps.outcomes}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {state.outcomes.map((row, index) => {
          const effect = previewEffect(row.measure, statisticsOf(row));
          const name = outcomes.find((choice) => choice.slug === row.outcome)?.name ?? labels.notGiven;
          return (
            <li key={row.key}>
              {fill(labels.outcome, { number: index + 1 })}: {name}
              {row.outcomeLabel ? ` (${row.outcomeLabel})` : ""} —{" "}
              {effect
                ? fill(labels.previewValue, {
                    name: labels.effectNames[row.measure],
                    estimate: formatEffectNumber(effect.estimate, locale),
                    lower: formatEffectNumber(effect.lower, locale),
                    upper: formatEffectNumber(effect.upper, locale),
                  })
                : labels.previewPending}
            </li>
          );
        })}
      </ul>
    </>
  );
}
