/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import type { ReactNode } from 'react';
import { CORRECTED_LABEL, TYPE_LABEL, date, day, grade, label, to } from './labels.js';
import { FindingArticle, GroupedAfis } from './findings.js';
import { RichText } from './rich-text.js';
import type { Out } from './types.js';

type Response = Out<'response'>;

function VersionHistory({ r }: { r: Response }) {
  return (
    <>
      <h2 id="versions">Version history</h2>
      <StackedTable
        id="versions-caption"
        caption="Every published version of this response"
        headers={['Version', 'Published', 'What changed']}
      >
        {r.versions.map((v) => (
          <tr key={v.version}>
            <th scope="row">
              {v.withdrawal || r.withdrawal || v.version === r.version ? (
                `Version ${v.version}`
              ) : (
                <a
                  href={to.response(r.organisation.slug, r.responseSlug, v.version)}
                >{`Version ${v.version}`}</a>
              )}
              {v.version === r.version ? ' (shown)' : ''}
            </th>
            <td>{day(v.publishedAt)}</td>
            <td>
              {v.withdrawal ? (
                <p>{`Withdrawn on ${day(v.withdrawal.at)}: ${v.withdrawal.reason}`}</p>
              ) : (
                <ul className="changes">
                  {v.changes.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </StackedTable>
    </>
  );
}

function Head({ r }: { r: Response }) {
  return (
    <>
      <p className="print-only">PCC and CC Force Inspection response record</p>
      <p className="caption">{`${r.organisation.name} · response to an HMICFRS inspection`}</p>
      <h1>{r.report.title}</h1>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Summary({ r, record: rec }: { r: Response; record: NonNullable<Response['record']> }) {
  const org = r.organisation.slug;
  const st = r.statutory;
  return (
    <dl className="summary-list">
      <Fact term="Force">
        <a href={to.force(org)}>{r.organisation.name}</a>
      </Fact>
      <Fact term={rec.commissioner.title}>{rec.commissioner.name}</Fact>
      <Fact term={rec.chiefOfficer.title}>{rec.chiefOfficer.name}</Fact>
      {/* The report's details as they stand now (they belong to the report, not to this version): a
          change after publication is listed under Corrections. */}
      <Fact term="Inspection">
        {r.report.link ? (
          <a href={r.report.link}>
            {rec.report.title}
            <span className="visually-hidden"> (on the HMICFRS website)</span>
          </a>
        ) : (
          rec.report.title
        )}
      </Fact>
      <Fact term="Inspectorate">{rec.report.inspectorate}</Fact>
      <Fact term="Every force’s response">
        <a href={to.report(r.report.slug)}>
          Responses to this report
          <span className="visually-hidden"> from every force it relates to</span>
        </a>
      </Fact>
      <Fact term="Type of inspection">{label(TYPE_LABEL, r.report.type)}</Fact>
      <Fact term="Report published">{date(r.report.publishedOn)}</Fact>
      <Fact term="Response due by">
        {st.publicationDueOn
          ? date(st.publicationDueOn)
          : 'No fixed time limit (report before 2 May 2017)'}
      </Fact>
      <Fact term="Response first published">{`${date(st.firstPublishedOn)}${st.onTime === true ? ' (within 56 days)' : st.onTime === false ? ' (late)' : ''}`}</Fact>
      <Fact term="Version">
        {`Version ${r.version}, published ${day(r.publishedAt)} (`}
        <a href="#versions">version history</a>)
      </Fact>
      {rec.documentVersion ? (
        <Fact term="The office's document version">{rec.documentVersion}</Fact>
      ) : null}
    </dl>
  );
}

/** A corrected value as the page shows it: a date in words, the type by its label, else as it is. */
function correctedValue(field: string, value: string | null): string {
  if (value === null) return 'Not given';
  if (field === 'type') return label(TYPE_LABEL, value);
  return field === 'link' || field === 'framework' || field === 'forces' ? value : date(value);
}

/**
 * Recorded dates and report details changed after publication: the public record shows every
 * correction and its day.
 */
function Corrections({ r }: { r: Response }) {
  if (r.corrections.length === 0) return null;
  return (
    <>
      <h2 id="corrections">Corrections</h2>
      <ul className="corrections">
        {r.corrections.map((c, i) => (
          <li
            key={i}
          >{`Corrected on ${date(c.correctedOn)}: ${label(CORRECTED_LABEL, c.field)} changed from ${correctedValue(c.field, c.from)} to ${correctedValue(c.field, c.to)}.`}</li>
        ))}
      </ul>
    </>
  );
}

function Grades({ record: rec }: { record: NonNullable<Response['record']> }) {
  if (rec.grades.length === 0) return null;
  return (
    <>
      <h2>Grades</h2>
      <StackedTable
        id="grades-caption"
        caption="Grades given by the inspection"
        headers={['Pillar or area', 'Grade']}
      >
        {rec.grades.map((g, i) => (
          <tr key={i}>
            <th scope="row">
              {g.scope.level === 'overall'
                ? 'Overall'
                : g.scope.level === 'pillar'
                  ? g.scope.pillar
                  : `${g.scope.pillar ? `${g.scope.pillar}: ` : ''}${g.scope.area}`}
            </th>
            <td>{`${grade(g.value)}${g.carriedOver ? ' (carried over)' : ''}`}</td>
          </tr>
        ))}
      </StackedTable>
    </>
  );
}

function Comments({ value }: { value: string }) {
  return value.trim() ? (
    <RichText className="rich" value={value} />
  ) : (
    <div className="rich">
      <p>None published.</p>
    </div>
  );
}

/** The page options of a response: its title, trail and whether it is enhanced by the script. */
export function responsePageOptions(r: Response) {
  return {
    title: `${r.organisation.name}: response to ${r.report.title}`,
    crumbs: [
      ['Home', '/'],
      ['Forces', '/forces'],
      [r.organisation.name, to.force(r.organisation.slug)],
      [r.report.title, null],
    ] as [string, string | null][],
    ...(r.record
      ? {
          script: true,
          description: `The published response of ${r.organisation.name} to ${r.report.title}.`,
        }
      : {}),
  };
}

/** A published response, mirroring the record offices publish; a withdrawn one keeps only its notice and history. */
export function ResponsePage({ response: r }: { response: Response }) {
  const org = r.organisation.slug;
  if (!r.record) {
    return (
      <>
        <Head r={r} />
        <div className="notice notice--withdrawn">
          <h2>This response has been withdrawn</h2>
          <p>{`Withdrawn on ${day(r.withdrawal!.at)}. Reason: ${r.withdrawal!.reason}`}</p>
        </div>
        <VersionHistory r={r} />
      </>
    );
  }
  const rec = r.record;
  const recs = rec.findings.filter((f) => f.kind === 'recommendation');
  const causes = rec.findings.filter((f) => f.kind === 'cause_of_concern');
  const afis = rec.findings.filter((f) => f.kind === 'area_for_improvement');
  return (
    <>
      <Head r={r} />
      {r.version !== r.latestVersion ? (
        <div className="notice">
          <p>
            {`You are reading version ${r.version}, which has been replaced. `}
            <a
              href={to.response(org, r.responseSlug)}
            >{`Read the current version (${r.latestVersion})`}</a>
            .
          </p>
        </div>
      ) : null}
      <p className="print-hide actions">
        <button type="button" className="button-secondary" data-print="" hidden>
          Print this response
        </button>{' '}
        <a
          href={`/data/responses.json?organisationSlug=${org}`}
        >{`Download responses for ${r.organisation.name} (JSON)`}</a>
      </p>
      <Summary r={r} record={rec} />
      <Corrections r={r} />
      <h2>Summary of the inspection</h2>
      <RichText className="rich" value={rec.summary} />
      <Grades record={rec} />
      <div className="finding-filter print-hide" data-finding-filter="" hidden />
      <h2>Recommendations</h2>
      {recs.length === 0 ? (
        <p>The report made no recommendations to this force.</p>
      ) : (
        recs.map((f) => <FindingArticle key={f.ref} r={r} f={f} headingLevel={3} />)
      )}
      <h2>Causes of concern</h2>
      {causes.length === 0 ? (
        <p>The report raised no causes of concern.</p>
      ) : (
        causes.map((f) => <FindingArticle key={f.ref} r={r} f={f} headingLevel={3} />)
      )}
      <h2>Areas for improvement</h2>
      {afis.length === 0 ? (
        <p>The report identified no areas for improvement.</p>
      ) : (
        <GroupedAfis r={r} afis={afis} />
      )}
      <h2>The commissioner's comments</h2>
      <Comments value={rec.commissionerComments} />
      <h2>The chief officer's comments</h2>
      <Comments value={rec.chiefOfficerComments} />
      <VersionHistory r={r} />
    </>
  );
}
