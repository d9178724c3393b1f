import { INSPECTION_TYPE_LABELS, InspectionType, s55PublicationDueOn } from '@irr/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../lib/format';
import { useTRPC, type StaffRecord } from '../lib/trpc';
import { ErrorMessage } from './Errors';
import { ReportForcesField } from './ReportForcesField';

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
  const [publishedOn, setPublishedOn] = useState(record.report.publishedOn ?? '');
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
        void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
    }),
  );
  if (!details) return null;
  return (
    <section className="panel" aria-labelledby="report-details-title">
      <h2 id="report-details-title">Report details</h2>
      <p>{clockOf(record.report.publishedOn)}</p>
      {details.publicationDateUnknownReason && (
        <p className="hint">
          Approved without the publication date: {details.publicationDateUnknownReason}
        </p>
      )}
      {save.error && <ErrorMessage error={save.error} title="The report details were not saved" />}
      {!details.mayEdit && details.refusal && <p className="notice">{details.refusal}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            reportId: record.report.id,
            rowVersion: details.rowVersion,
            patch: {
              publishedOn: publishedOn === '' ? null : publishedOn,
              link: link.trim() === '' ? null : link.trim(),
              type: InspectionType.parse(type),
              framework: framework.trim() === '' ? null : framework.trim(),
              ...(!details.national && { forces: forces.map((f) => f.slug) }),
            },
          });
        }}
      >
        <fieldset className="fieldset" disabled={!details.mayEdit || save.isPending}>
          <div className="field">
            <label className="label" htmlFor="report-published-on">
              Publication date
            </label>
            <span className="hint" id="report-published-on-hint">
              The day HMICFRS published the report: the response is due 56 days from it
            </span>
            <input
              id="report-published-on"
              className="input"
              type="date"
              aria-describedby="report-published-on-hint"
              value={publishedOn}
              onChange={(e) => setPublishedOn(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor="report-link">
              Link to the report
            </label>
            <input
              id="report-link"
              className="input"
              type="url"
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
