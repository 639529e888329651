"use client";
/**
 * The level-and-recognition decision form. "Erkend als effectief" follows the level and status as they are
 * chosen (it can only be ticked at an Effectief level with Erkend or In herbeoordeling) and says so when the
 * decision would end a recognition as effective; the server checks the same rules again.
 */
import { useState } from "react";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";
import { hasRecognisedLevel, isEffectiveLevel, type EvidenceLevelOption } from "@/lib/curation/ratings-schemas";
import type { RecognitionStatusSlug } from "@/lib/intervention/recognition";
import {
  CheckboxField,
  CurationForm,
  SelectField,
  TextArea,
  TextField,
  useInitialValue,
  type Option,
} from "./form-kit";

export type RatingFormLabels = {
  submit: string;
  level: string;
  status: string;
  statusHint: string;
  isRecognised: string;
  isRecognisedHint: string;
  endsRecognition: string;
  decidedOn: string;
  decidedOnHint: string;
  committee: string;
  committeeHint: string;
  expiresOn: string;
  expiresOnHint: string;
  sourceUrl: string;
  isVerified: string;
  isVerifiedHint: string;
  justification: string;
  justificationHint: string;
};

export type RatingFormInitial = {
  level: EvidenceLevelOption;
  status: RecognitionStatusSlug;
  isRecognised: boolean;
  committee: string | null;
  decidedOn: string;
};

const canBeRecognised = (level: string, status: string) =>
  hasRecognisedLevel(status as RecognitionStatusSlug) && isEffectiveLevel(level as EvidenceLevelOption);

function RatingFields({
  labels,
  levels,
  statuses,
  initial,
}: {
  labels: RatingFormLabels;
  levels: Option[];
  statuses: Option[];
  initial: RatingFormInitial;
}) {
  const startLevel = useInitialValue("level", initial.level);
  const startStatus = useInitialValue("status", initial.status);
  const startRecognised = useInitialValue("isRecognised", initial.isRecognised ? "on" : "") === "on";
  const [choice, setChoice] = useState({ level: startLevel, status: startStatus });
  const [recognised, setRecognised] = useState(startRecognised);
  const possible = canBeRecognised(choice.level, choice.status);
  const choose = (next: { level: string; status: string }) => {
    setChoice(next);
    setRecognised(canBeRecognised(next.level, next.status));
  };
  return (
    <>
      <SelectField
        name="level"
        label={labels.level}
        initial={initial.level}
        options={levels}
        onChange={(level) => choose({ ...choice, level })}
      />
      <SelectField
        name="status"
        label={labels.status}
        hint={labels.statusHint}
        initial={initial.status}
        options={statuses}
        onChange={(status) => choose({ ...choice, status })}
      />
      <CheckboxField
        name="isRecognised"
        label={labels.isRecognised}
        hint={labels.isRecognisedHint}
        checked={recognised}
        disabled={!possible && !recognised}
        onChange={setRecognised}
      />
      {initial.isRecognised && !recognised && (
        <p role="note" className="rounded border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
          {labels.endsRecognition}
        </p>
      )}
      <TextField name="decidedOn" label={labels.decidedOn} hint={labels.decidedOnHint} initial={initial.decidedOn} />
      <TextField name="committee" label={labels.committee} hint={labels.committeeHint} initial={initial.committee} />
      <TextField name="expiresOn" label={labels.expiresOn} hint={labels.expiresOnHint} />
      <TextField name="sourceUrl" label={labels.sourceUrl} type="url" inputMode="url" />
      <CheckboxField name="isVerified" label={labels.isVerified} hint={labels.isVerifiedHint} initial />
      <TextArea name="justification" label={labels.justification} hint={labels.justificationHint} />
    </>
  );
}

export function RatingForm({
  action,
  labels,
  levels,
  statuses,
  initial,
  basedOnEventId,
}: {
  action: (state: RatingsFormState, form: FormData) => Promise<RatingsFormState>;
  labels: RatingFormLabels;
  levels: Option[];
  statuses: Option[];
  initial: RatingFormInitial;
  basedOnEventId: number;
}) {
  return (
    <CurationForm
      id="rating"
      action={action}
      submitLabel={labels.submit}
      hidden={{ basedOnEventId: String(basedOnEventId) }}
    >
      <RatingFields labels={labels} levels={levels} statuses={statuses} initial={initial} />
    </CurationForm>
  );
}
