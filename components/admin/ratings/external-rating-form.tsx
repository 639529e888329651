"use client";
/**
 * Adds or edits another clearinghouse's rating of an intervention: the level list shows the chosen
 * clearinghouse's own scale only (the server checks the level belongs to it again).
 */
import { useState } from "react";
import type { RatingsFormState } from "@/lib/curation/ratings-form-state";
import { CheckboxField, CurationForm, SelectField, TextArea, TextField, useInitialValue } from "./form-kit";

export type ExternalRatingLabels = {
  submit: string;
  clearinghouse: string;
  chooseClearinghouse: string;
  level: string;
  chooseLevel: string;
  levelAsWritten: string;
  levelAsWrittenHint: string;
  topic: string;
  topicHint: string;
  ratedOn: string;
  reviewedOn: string;
  dateHint: string;
  url: string;
  isVerified: string;
  note: string;
};

export type ExternalRatingInitial = {
  clearinghouse: string;
  level: string;
  levelAsWritten: string | null;
  topic: string | null;
  ratedOn: string | null;
  reviewedOn: string | null;
  url: string | null;
  isVerified: boolean;
  note: string | null;
};

type Clearinghouse = { slug: string; name: string; country: string; levels: string[] };

function Fields({
  labels,
  clearinghouses,
  initial,
}: {
  labels: ExternalRatingLabels;
  clearinghouses: Clearinghouse[];
  initial?: ExternalRatingInitial;
}) {
  const [chosen, setChosen] = useState(useInitialValue("clearinghouse", initial?.clearinghouse ?? ""));
  const levels = clearinghouses.find((c) => c.slug === chosen)?.levels ?? [];
  return (
    <>
      <SelectField
        name="clearinghouse"
        label={labels.clearinghouse}
        initial={initial?.clearinghouse}
        placeholder={labels.chooseClearinghouse}
        options={clearinghouses.map((c) => ({ value: c.slug, label: `${c.name} (${c.country})` }))}
        onChange={setChosen}
      />
      {/* Drawn afresh for each clearinghouse, so it never offers another scale's level. */}
      <SelectField
        key={chosen}
        name="level"
        label={labels.level}
        initial={initial?.clearinghouse === chosen ? initial.level : undefined}
        placeholder={labels.chooseLevel}
        options={levels.map((level) => ({ value: level, label: level }))}
      />
      <TextField
        name="levelAsWritten"
        label={labels.levelAsWritten}
        hint={labels.levelAsWrittenHint}
        initial={initial?.levelAsWritten}
      />
      <TextField name="topic" label={labels.topic} hint={labels.topicHint} initial={initial?.topic} />
      <TextField name="ratedOn" label={labels.ratedOn} hint={labels.dateHint} initial={initial?.ratedOn} />
      <TextField name="reviewedOn" label={labels.reviewedOn} hint={labels.dateHint} initial={initial?.reviewedOn} />
      <TextField name="url" label={labels.url} type="url" inputMode="url" initial={initial?.url} />
      <CheckboxField name="isVerified" label={labels.isVerified} initial={initial?.isVerified ?? true} />
      <TextArea name="note" label={labels.note} initial={initial?.note} />
    </>
  );
}

export function ExternalRatingForm({
  id,
  action,
  labels,
  clearinghouses,
  initial,
}: {
  id: string;
  action: (state: RatingsFormState, form: FormData) => Promise<RatingsFormState>;
  labels: ExternalRatingLabels;
  clearinghouses: Clearinghouse[];
  initial?: ExternalRatingInitial;
}) {
  return (
    <CurationForm id={id} action={action} submitLabel={labels.submit}>
      <Fields labels={labels} clearinghouses={clearinghouses} initial={initial} />
    </CurationForm>
  );
}
