import { INSPECTION_TYPE_LABELS, InspectionType, s55PublicationDueOn } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { partsOf, readDateParts, type DateParts } from '../lib/date-parts';
import { formErrorsOf } from '../lib/form-errors';
import { formatDate } from '../lib/format';
import { useTRPC, type StaffRecord } from '../lib/trpc';
import { DateInput } from './form/DateInput';
import { ErrorSummary, type FormError } from './form/ErrorSummary';
import { FieldError } from './form/FieldError';
import { SuccessBanner } from './form/SuccessBanner';
import { ReportForcesField } from './ReportForcesField';

type DatePart = keyof DateParts;

const FIELDS = {
  publishedOn: { id: 'report-published-on-day', name: 'the publication date' },
  link: { id: 'report-link', name: 'the link to the report' },
  type: { id: 'report-type', name: 'the type of inspection' },
  framework: { id: 'report-framework', name: 'the framework' },
};

/**
 * A save's confirmation, kept for the form that takes its place: the record page remounts this form with
 * the saved details (a new row version), and the banner must survive that to be read out.
 */
const justSaved = new Map<string, string>();
const SAVED = 'The report details were saved.';

/** The statutory clock as the saved publication date sets it. */
function clockOf(publishedOn: string | null): string {
  if (publishedOn === null)
    return 'No publication date yet: the 56-day clock starts when it is entered.';
  const due = s55PublicationDueOn(publishedOn);
  return due
    ? `The response must be published by ${formatDate(due)}: 56 days beginning with the day the report was published.`
    : 'No fixed time limit: the report was published before 2 May 2017.';
}

/**
 * The report's own details, shared by every response to it: its publication date starts the
 * 56-day statutory clock. Who may change them is the server's rule (records.get says), shown here.
 */
export function ReportDetailsForm({ record }: { record: StaffRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const details = record.reportDetails;
  const [publishedOn, setPublishedOn] = useState(partsOf(record.report.publishedOn));
  const [checked, setChecked] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string | null>(() => justSaved.get(record.report.id) ?? null);
  useEffect(() => void justSaved.delete(record.report.id), [record.report.id]);
  const [link, setLink] = useState(details?.link ?? '');
  const [type, setType] = useState(record.report.type);
  const [framework, setFramework] = useState(record.report.framework ?? '');
  const [forces, setForces] = useState(details?.forces ?? []);
  const save = useMutation(
    trpc.reports.updateDetails.mutationOptions({
      onSettled: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.records.get.queryKey({ recordId: record.id }),
        }),
      onSuccess: () => {
        justSaved.set(record.report.id, SAVED);
        setSaved(SAVED);
        void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
    }),
  );
  if (!details) return null;
  const errors = checked.length > 0 ? checked : formErrorsOf(save.error, FIELDS);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const dateError = errors.find((e) => e.field?.startsWith('report-published-on-'));
  return (
    <section className="panel" aria-labelledby="report-details-title">
      <h2 id="report-details-title">Report details</h2>
      <p>{clockOf(record.report.publishedOn)}</p>
      {details.publicationDateUnknownReason && (
        <p className="hint">
          Approved without the publication date: {details.publicationDateUnknownReason}
        </p>
      )}
      <SuccessBanner message={saved} />
      <ErrorSummary errors={errors} title="The report details were not saved" />
      {!details.mayEdit && details.refusal && <p className="notice">{details.refusal}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          const date = readDateParts(publishedOn, 'Publication date');
          const found: FormError[] = [];
          if (!date.ok)
            found.push({ field: `report-published-on-${date.part}`, message: date.message });
          if (link.trim() && !/^https?:\/\/\S+$/i.test(link.trim()))
            found.push({
              field: 'report-link',
              message: 'Enter the link to the report as a web address starting with https://',
            });
          setChecked(found);
          if (found.length > 0 || !date.ok) return;
          save.mutate({
            reportId: record.report.id,
            rowVersion: details.rowVersion,
            patch: {
              publishedOn: date.value,
              link: link.trim() === '' ? null : link.trim(),
              type: InspectionType.parse(type),
              framework: framework.trim() === '' ? null : framework.trim(),
              ...(!details.national && { forces: forces.map((f) => f.slug) }),
            },
          });
        }}
      >
        <fieldset className="fieldset" disabled={!details.mayEdit || save.isPending}>
          <DateInput
            id="report-published-on"
            legend="Publication date"
            hint="The day HMICFRS published the report, for example 7 2 2020: the response is due 56 days from it"
            value={publishedOn}
            onChange={(v) => {
              setPublishedOn(v);
              setSaved(null);
            }}
            error={dateError?.message}
            errorPart={
              dateError?.field?.replace('report-published-on-', '') as DatePart | undefined
            }
          />
          <div className={`field${errorOf('report-link') ? ' field--error' : ''}`}>
            <label className="label" htmlFor="report-link">
              Link to the report
            </label>
            <FieldError id="report-link" message={errorOf('report-link')} />
            <input
              id="report-link"
              className="input"
              type="url"
              aria-describedby={errorOf('report-link') ? 'report-link-error' : undefined}
              value={link}
              onChange={(e) => setLink(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="report-type">
              Type of inspection
            </label>
            <select
              id="report-type"
              className="select"
              value={type}
              onChange={(e) => setType(e.target.value)}
            >
              {InspectionType.options.map((t) => (
                <option key={t} value={t}>
                  {INSPECTION_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="label" htmlFor="report-framework">
              Framework
            </label>
            <input
              id="report-framework"
              className="input"
              value={framework}
              onChange={(e) => setFramework(e.target.value)}
            />
          </div>
          {details.national ? (
            <p className="hint">A national report: it covers every force.</p>
          ) : (
            <ReportForcesField value={forces} onChange={setForces} readOnly={!details.mayEdit} />
          )}
          <button type="submit" className="button">
            Save report details
          </button>
        </fieldset>
      </form>
    </section>
  );
}
