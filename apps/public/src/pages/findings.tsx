/** @jsxRuntime automatic */
import { findingName, type Finding, type InspectorateStatus, type SubItem } from '@irr/domain';
import { Fragment } from 'react';
import {
  ACCEPTANCE_LABEL,
  AUTHOR_LABEL,
  KIND_LABEL,
  STATUS_LABEL,
  date,
  label,
  to,
  updateDate,
} from './labels.js';
import { RichText } from './rich-text.js';
import type { Out } from './types.js';

type Response = Out<'response'>;
type Tracking = Response['tracking'][string];

export function StatusTag({ status, overdue = false }: { status: string; overdue?: boolean }) {
  return (
    <>
      <strong className={`tag tag--${status}`}>{label(STATUS_LABEL, status)}</strong>
      {overdue ? (
        <>
          {' '}
          <strong className="tag tag--overdue">Overdue</strong>
        </>
      ) : null}
    </>
  );
}

/** HMICFRS's own status beside ours, linked to where it gave it; nothing when none is recorded. */
export function InspectorateStatusFact({ s, of }: { s?: InspectorateStatus | null; of: string }) {
  if (!s) return null;
  const source = s.source ? (
    <>
      {'. '}
      <a href={s.source}>
        Source<span className="visually-hidden">{` of HMICFRS's status for ${of}`}</span>
      </a>
    </>
  ) : null;
  return (
    <div>
      <dt>HMICFRS status</dt>
      <dd>
        {`${s.status} (given ${date(s.on)})`}
        {source}
      </dd>
    </div>
  );
}

export function SubItems({ items }: { items: readonly SubItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="sub-items">
      {items.map((i, n) => (
        <li key={n}>
          <RichText value={i.text} />
          <SubItems items={i.children} />
        </li>
      ))}
    </ul>
  );
}

/** The finding's name (`findingName`), its kind in lower case inside a sentence. */
function findingTitle(f: Finding, lower = false): string {
  const name = findingName(f);
  const kind = KIND_LABEL[f.kind]!;
  return lower ? `${kind.toLowerCase()}${name.slice(kind.length)}` : name;
}

/** A finding's heading: its name and, when the report gives it one, its own title. */
function findingHeading(f: Finding): string {
  return f.title ? `${findingTitle(f)}: ${f.title}` : findingTitle(f);
}

function TrackingBlock({ r, f, t }: { r: Response; f: Finding; t: Tracking | undefined }) {
  return (
    <>
      <dl className="facts">
        {f.deadlinePhrase ? (
          <div>
            <dt>Deadline in the report</dt>
            <dd>{f.deadlinePhrase}</dd>
          </div>
        ) : null}
        {t ? (
          <div>
            <dt>Status</dt>
            <dd>
              {f.kind === 'cause_of_concern' && t.causeStatus ? (
                <strong className={`tag tag--${t.causeStatus}`}>
                  {t.causeStatus === 'open' ? 'Open' : 'Closed'}
                </strong>
              ) : (
                <StatusTag status={t.status} overdue={t.overdue} />
              )}
            </dd>
          </div>
        ) : null}
        <InspectorateStatusFact s={t?.inspectorateStatus} of={findingTitle(f, true)} />
        {t?.targetDate ? (
          <div>
            <dt>Target date</dt>
            <dd>{`${date(t.targetDate)}${t.slippageDays > 0 ? ` (moved ${t.slippageDays} days from ${date(t.originalTargetDate)})` : ''}`}</dd>
          </div>
        ) : null}
      </dl>
      {t?.latestUpdate ? (
        <div className="update">
          <p className="update-title">
            <strong>{`Latest public update${t.latestUpdate.date ? `, ${updateDate(t.latestUpdate.date, t.latestUpdate.datePrecision)}` : ''} (${label(AUTHOR_LABEL, t.latestUpdate.author)})`}</strong>
          </p>
          <RichText value={t.latestUpdate.text} />
        </div>
      ) : null}
      <p className="more">
        <a href={to.finding(r.organisation.slug, r.responseSlug, f.ref)}>
          {`Full history of ${findingTitle(f, true)}`}
          <span className="visually-hidden">{` in ${r.organisation.name}'s response`}</span>
        </a>
      </p>
    </>
  );
}

/** One finding of a response: its wording, links between causes and recommendations, the response and progress. */
export function FindingArticle({
  r,
  f,
  headingLevel,
}: {
  r: Response;
  f: Finding;
  headingLevel: 3 | 5;
}) {
  const findings = r.record!.findings;
  const t = r.tracking[f.ref];
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  const recs = findings.filter((x) => x.kind === 'recommendation' && x.causeOfConcernRef === f.ref);
  const cause = f.causeOfConcernRef
    ? findings.find((x) => x.ref === f.causeOfConcernRef)
    : undefined;
  return (
    <article className={`finding finding--${f.kind}`} data-status={t?.status ?? ''}>
      <Heading id={`finding-${f.ref}`}>{findingHeading(f)}</Heading>
      <div className="finding-text">
        <RichText value={f.text} />
        <SubItems items={f.subItems} />
      </div>
      {cause ? (
        <p>
          Issued under <a href={`#finding-${cause.ref}`}>{findingTitle(cause, true)}</a>.
        </p>
      ) : null}
      {recs.length > 0 ? (
        <p>
          {'Its recommendations: '}
          {recs.map((c, i) => (
            <Fragment key={c.ref}>
              {i > 0 ? ', ' : ''}
              <a href={`#finding-${c.ref}`}>{findingTitle(c)}</a>
            </Fragment>
          ))}
          .
        </p>
      ) : null}
      {f.kind === 'recommendation' ? (
        f.acceptance ? (
          <div className="acceptance">
            <p>
              <strong>{`Response: ${label(ACCEPTANCE_LABEL, f.acceptance.position)}`}</strong>
            </p>
            <RichText value={f.acceptance.explanation} />
          </div>
        ) : (
          <p className="acceptance">No response recorded.</p>
        )
      ) : null}
      <TrackingBlock r={r} f={f} t={t} />
    </article>
  );
}

/** Areas for improvement grouped by the report's pillar and area headings. */
export function GroupedAfis({ r, afis }: { r: Response; afis: Finding[] }) {
  const pillars = new Map<string, Map<string, Finding[]>>();
  for (const f of afis) {
    const p = f.group.pillar ?? 'General';
    const a = f.group.area ?? 'General';
    const areas = pillars.get(p) ?? new Map<string, Finding[]>();
    areas.set(a, [...(areas.get(a) ?? []), f]);
    pillars.set(p, areas);
  }
  return (
    <>
      {[...pillars].map(([pillar, areas]) => (
        <section key={pillar} className="pillar">
          <h3>{pillar}</h3>
          {[...areas].map(([area, list]) => (
            <section key={area} className="area">
              <h4>{area}</h4>
              {list.map((f) => (
                <FindingArticle key={f.ref} r={r} f={f} headingLevel={5} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
