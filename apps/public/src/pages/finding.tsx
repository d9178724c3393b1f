/** @jsxRuntime automatic */
import { findingName as nameOfFinding } from '@irr/domain';
import {
  ACCEPTANCE_LABEL,
  AUTHOR_LABEL,
  STATUS_LABEL,
  date,
  label,
  to,
  updateDate,
} from './labels.js';
import { InspectorateStatusFact, StatusTag, SubItems } from './findings.js';
import { RichText } from './rich-text.js';
import type { Out } from './types.js';

type FindingData = Out<'findingPage'>;

/** The finding's name, as every other page, feed and alert calls it. */
export function findingName(p: FindingData): string {
  return nameOfFinding(p.finding);
}

/** The page's heading: the finding's name and, when the report gives it one, its own title. */
function findingHeading(p: FindingData): string {
  return p.finding.title ? `${findingName(p)}: ${p.finding.title}` : findingName(p);
}

function slippage(days: number): string {
  if (days > 0) return `${days} days later than first planned`;
  if (days < 0) return `${-days} days earlier than first planned`;
  return 'None';
}

/** One finding: its wording, status (ours and HMICFRS's), target dates and slippage, and its full public timeline. */
export function FindingPage({ data: p }: { data: FindingData }) {
  const org = p.organisation.slug;
  const response = p.responseSlug;
  const f = p.finding;
  const t = p.tracking;
  return (
    <>
      <p className="caption">{`${p.organisation.name} · ${p.report.title}`}</p>
      <h1>{findingHeading(p)}</h1>
      <div className="finding-text">
        <RichText value={f.text} />
        <SubItems items={f.subItems} />
      </div>
      <dl className="summary-list">
        <div>
          <dt>Status</dt>
          <dd>
            {f.kind === 'cause_of_concern' && t.causeStatus ? (
              `${t.causeStatus === 'open' ? 'Open' : 'Closed'}${p.causeClosedOn ? ` on ${date(p.causeClosedOn)}` : ''}`
            ) : (
              <StatusTag status={t.status} overdue={t.overdue} />
            )}
          </dd>
        </div>
        <InspectorateStatusFact s={t.inspectorateStatus} of={findingName(p)} />
        {f.group.pillar || f.group.area ? (
          <div>
            <dt>Where in the report</dt>
            <dd>{[f.group.pillar, f.group.area].filter(Boolean).join(': ')}</dd>
          </div>
        ) : null}
        {f.deadlinePhrase ? (
          <div>
            <dt>Deadline in the report</dt>
            <dd>{f.deadlinePhrase}</dd>
          </div>
        ) : null}
        <div>
          <dt>Original target date</dt>
          <dd>{date(t.originalTargetDate)}</dd>
        </div>
        <div>
          <dt>Current target date</dt>
          <dd>{date(t.targetDate)}</dd>
        </div>
        <div>
          <dt>Slippage</dt>
          <dd>{slippage(t.slippageDays)}</dd>
        </div>
        {f.kind === 'recommendation' ? (
          <div>
            <dt>Response</dt>
            <dd>
              {f.acceptance
                ? label(ACCEPTANCE_LABEL, f.acceptance.position)
                : 'No response recorded'}
            </dd>
          </div>
        ) : null}
      </dl>
      {f.acceptance && f.acceptance.explanation.trim() ? (
        <>
          <h2>The response to this recommendation</h2>
          <RichText className="rich" value={f.acceptance.explanation} />
        </>
      ) : null}
      {p.revisions.length > 0 ? (
        <>
          <h2>Target date changes</h2>
          <ul>
            {p.revisions.map((r, i) => (
              <li key={i}>
                {`On ${date(r.on)}: from ${date(r.from)} to ${date(r.to)}`}
                {r.reason ? `. Reason: ${r.reason}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Timeline</h2>
      {p.timeline.length === 0 ? (
        <p>No public updates yet.</p>
      ) : (
        <ol className="timeline">
          {p.timeline.map((e, i) =>
            e.type === 'update' ? (
              <li key={i}>
                <h3>{`${updateDate(e.date, e.datePrecision)}: ${label(AUTHOR_LABEL, e.author)}`}</h3>
                <RichText value={e.text} />
              </li>
            ) : (
              <li key={i}>
                <h3>{`${date(e.date)}: status changed`}</h3>
                <p>{`From ${label(STATUS_LABEL, e.from)} to ${label(STATUS_LABEL, e.to)}.`}</p>
                {e.reason ? <p>{`Reason: ${e.reason}`}</p> : null}
              </li>
            ),
          )}
        </ol>
      )}
      <h2>Hear when this changes</h2>
      <ul>
        <li>
          <a href={to.alerts({ force: org, response, finding: f.ref })}>
            Get email alerts about this finding
          </a>
        </li>
        <li>
          <a href={`${to.finding(org, response, f.ref)}/feed.xml`}>
            Atom feed of changes to this finding
          </a>
        </li>
      </ul>
      <p>
        <a href={`${to.response(org, response)}#finding-${f.ref}`}>Back to the response</a>
      </p>
    </>
  );
}
