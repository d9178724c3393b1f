import { findingName } from '@irr/domain';
import { describe, expect, it } from 'vitest';
import { compareFindings } from './compare-findings.js';
import type { PublicFindingRow } from './public-finding.js';

const FORCES = {
  staffordshire: 'Staffordshire Police',
  'west-midlands': 'West Midlands Police',
  cumbria: 'Cumbria Constabulary',
} as const;

function row(
  force: keyof typeof FORCES,
  ref: string,
  reference: string | null,
  extra: Partial<PublicFindingRow> = {},
): PublicFindingRow {
  const kind = ref.startsWith('AFI')
    ? 'area_for_improvement'
    : ref.startsWith('C')
      ? 'cause_of_concern'
      : 'recommendation';
  return {
    findingId: crypto.randomUUID(),
    recordId: crypto.randomUUID(),
    organisationSlug: force,
    organisationName: FORCES[force],
    responseSlug: 'missing-children',
    reportSlug: 'missing-children',
    reportTitle: 'Missing children',
    reportType: 'national',
    reportPublishedOn: '2026-06-18',
    version: 1,
    ref,
    kind,
    reportFindingId: null,
    reference,
    name: findingName({ kind, ref, reference }),
    acceptance: null,
    title: null,
    pillar: null,
    area: null,
    grade: null,
    text: '<p>x</p>',
    status: 'not_started',
    originalTargetDate: null,
    targetDate: null,
    slippageDays: 0,
    overdue: false,
    inspectorateStatus: null,
    latestUpdateOn: null,
    latestUpdatePrecision: null,
    snippet: null,
    matchedIn: null,
    ...extra,
  };
}

describe('a report’s findings, force by force', () => {
  it('puts each force’s answer to the same numbered finding side by side, by the report’s number', () => {
    const compared = compareFindings([
      row('west-midlands', 'R1', '10', { status: 'in_progress', acceptance: 'accepted' }),
      row('staffordshire', 'R2', '10', { status: 'completed' }),
      row('staffordshire', 'R1', '2'),
      row('cumbria', 'R7', '2', { overdue: true, targetDate: '2026-09-01' }),
      row('staffordshire', 'AFI1', null),
      row('cumbria', 'C1', '1'),
    ]);
    expect(
      compared.map((g) => [g.name, g.forces.map((f) => `${f.organisation.slug} ${f.ref}`)]),
    ).toEqual([
      ['Cause of concern 1', ['cumbria C1']],
      // Numbers in their order (2 before 10), forces by name.
      ['Recommendation 2', ['cumbria R7', 'staffordshire R1']],
      ['Recommendation 10', ['staffordshire R2', 'west-midlands R1']],
      ['Area for improvement AFI1', ['staffordshire AFI1']],
    ]);
    expect(compared[2]!.forces).toEqual([
      expect.objectContaining({ status: 'completed', acceptance: null }),
      expect.objectContaining({ status: 'in_progress', acceptance: 'accepted' }),
    ]);
    expect(compared[1]!.forces[0]).toMatchObject({ overdue: true, targetDate: '2026-09-01' });
  });

  it('gives each force its own latest public update, and none where it has none', () => {
    const staffs = row('staffordshire', 'R1', '1');
    const update = {
      date: '2026-11-20',
      datePrecision: 'day' as const,
      author: 'force' as const,
      visibility: 'public' as const,
      text: '<p>Every missing child is now reviewed within the hour.</p>',
    };
    const [only] = compareFindings(
      [staffs, row('west-midlands', 'R1', '1')],
      new Map([[staffs.findingId, update]]),
    );
    expect(only!.forces.map((f) => f.latestUpdate)).toEqual([update, null]);
  });

  it('never merges a recommendation with an area for improvement of the same number', () => {
    const compared = compareFindings([
      row('staffordshire', 'R1', '1'),
      row('west-midlands', 'AFI1', '1'),
    ]);
    expect(compared.map((g) => g.name)).toEqual(['Recommendation 1', 'Area for improvement 1']);
  });

  it('puts together the answers linked to one national finding, whatever number each office gave it', () => {
    const national = crypto.randomUUID();
    const compared = compareFindings([
      row('staffordshire', 'R1', '3', { reportFindingId: national }),
      row('cumbria', 'R7', '7', { reportFindingId: national }),
      row('cumbria', 'R3', '3'),
    ]);
    expect(compared.map((g) => g.forces.map((f) => `${f.organisation.slug} ${f.ref}`))).toEqual([
      ['cumbria R7', 'staffordshire R1'],
      ['cumbria R3'],
    ]);
  });
});
