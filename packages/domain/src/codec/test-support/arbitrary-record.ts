import fc from 'fast-check';
import type { Finding, FindingUpdate, Grade, ResponseRecord, SubItem } from '../../model/index.js';
import { findOrganisation, matchGroupHeading } from '../../reference/index.js';
import { richTextToPlainText } from '../../rich-text/index.js';
import { canonicalRichText } from '../canonical-html.js';
import { deadlinePhraseOf } from '../deadline.js';
import { CHIEF_RANKS, COMMISSIONER_TITLE_LIST, inferInspectionType } from '../header-values.js';

/**
 * Generated response records in the codec's canonical form (what parseRecord returns), for
 * round-trip property tests and the codec benchmark. Prose is realistic; some paragraphs are
 * deliberately shaped like structure ("LEGITIMACY", "Force Update: …") to exercise escaping.
 */

const WORDS = [
  'force',
  'victims',
  'crime',
  'supervisors',
  'custody',
  'review',
  'officers',
  'partners',
  'data',
  'plan',
  'training',
  'vetting',
  'calls',
  'public',
  'risk',
  'children',
  'board',
  'audit',
];
const word = fc.constantFrom(...WORDS);
const inlineWord = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `<b>${w}</b>`) },
  { weight: 1, arbitrary: word.map((w) => `<i>${w}</i>`) },
  { weight: 1, arbitrary: word.map((w) => `<a href="https://www.example.org/${w}">${w}</a>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('&amp;', '&lt; 10', '“quoted”', 'O’Neill', '£5m', '50%'),
  },
);
const sentence = fc
  .array(inlineWord, { minLength: 3, maxLength: 12 })
  .map((ws) => `The ${ws.join(' ')}.`);
const TRICKY = [
  'LEGITIMACY',
  'Investigating crime',
  'Force Update: this line is prose, not a label.',
  '- a dash at the start of prose.',
  'Status: a word that looks like a label.',
  "Chief Constable's response",
  'None',
  'Recommendations',
  'Cause of concern 2: only words.',
  '\\ a leading backslash.',
  'Version 2 of the plan was agreed.',
  'Other recommendations',
];
const paragraph = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...TRICKY)
      .map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
  },
);
const paragraphs = (min: number, max: number) =>
  fc
    .array(paragraph, { minLength: min, maxLength: max })
    .map((ps) => canonicalRichText(ps.map((p) => `<p>${p}</p>`).join('')));
const list = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
const richBody = fc
  .tuple(paragraphs(1, 3), fc.option(list, { nil: '' }))
  .map(([p, l]) => canonicalRichText(p + l));

const calendarDate = fc
  .date({
    min: new Date('2014-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const subItem: fc.Arbitrary<SubItem> = fc
  .tuple(
    fc.array(word, { minLength: 2, maxLength: 6 }),
    fc.array(fc.array(word, { minLength: 2, maxLength: 5 }), { maxLength: 2 }),
  )
  .map(([ws, children]) => ({
    text: `<p>${ws.join(' ')};</p>`,
    children: children.map((c) => ({ text: `<p>${c.join(' ')}.</p>`, children: [] })),
  }));

/** An update's date: none, a day, or a month ("May 2025", kept as its first day). */
const updateDate = fc.oneof(
  fc.constant({ date: null, datePrecision: 'day' as const }),
  calendarDate.map((date) => ({ date, datePrecision: 'day' as const })),
  calendarDate.map((d) => ({ date: `${d.slice(0, 8)}01`, datePrecision: 'month' as const })),
);

const update: fc.Arbitrary<FindingUpdate> = fc
  .record({
    when: updateDate,
    author: fc.constantFrom('force', 'opcc', 'hmicfrs'),
    visibility: fc.constantFrom('public', 'internal'),
    text: richBody,
  })
  .map(({ when, ...u }) => ({ ...when, ...u }));

const FRAMEWORKS = [
  {
    title:
      'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    id: 'peel-2018-19',
    pillars: ['Effectiveness', 'Efficiency', 'Legitimacy'],
    areas: [
      'Investigating Crime',
      'Protecting Vulnerable People',
      'Ethical and lawful workforce behaviour',
    ],
    grades: ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const,
  },
  {
    title: 'PEEL 2021/22 An inspection of Kent Police',
    id: 'peel-2021-22',
    pillars: [],
    areas: ['Investigating crime', 'Responding to the public', 'Protecting vulnerable people'],
    grades: ['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate'] as const,
  },
];

interface Shape {
  kind: Finding['kind'];
  causeIndex: number | null;
}

function group(pillar: string | null, area: string | null, frameworkId: string): Finding['group'] {
  const known = area ? matchGroupHeading(area, frameworkId) : null;
  return { pillar, area, questionId: known?.area ? known.questionId : null };
}

export const arbitraryRecord: fc.Arbitrary<ResponseRecord> = fc
  .constantFrom(...FRAMEWORKS)
  .chain((fw) => {
    const groupArb = fc.tuple(
      fc.constantFrom<string | null>(null, 'Custom Pillar', ...fw.pillars),
      fc.constantFrom<string | null>(null, 'Local partnership working', ...fw.areas),
    );
    // Recommendations section: standalone recommendations and causes each with their recommendations.
    const recBlock = fc.oneof(
      fc.tuple(groupArb, fc.constant(0)),
      fc.tuple(groupArb, fc.integer({ min: 1, max: 2 })),
    );
    const findingBody = fc.record({
      reference: fc.option(fc.integer({ min: 1, max: 30 }).map(String), { nil: null }),
      title: fc.option(
        fc.constantFrom(
          'Crime data integrity',
          'Investigating crime',
          'LEGITIMACY',
          'A title that is a sentence.',
          'Crime <recording> & data',
        ),
        { nil: null },
      ),
      text: paragraphs(1, 2),
      subItems: fc.array(subItem, { maxLength: 2 }),
      supersedes: fc.option(fc.constantFrom('PEEL 2017 AFI 3', 'f-1234'), { nil: null }),
      status: fc.option(
        fc.constantFrom(
          'not_started',
          'in_progress',
          'completed',
          'closed',
          'superseded',
          'no_longer_applicable',
        ),
        { nil: null },
      ),
      acceptance: fc.option(
        fc.record({
          position: fc.constantFrom('accepted', 'partially_accepted', 'not_accepted'),
          explanation: fc.oneof(paragraphs(0, 2), richBody),
        }),
        { nil: null },
      ),
      updates: fc.array(update, { maxLength: 2 }),
    });
    return fc.record({
      fw: fc.constant(fw),
      version: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      org: fc.constantFrom('Staffordshire', 'West Midlands Police', 'Kent', 'Dyfed-Powys'),
      commissionerTitle: fc.constantFrom(...COMMISSIONER_TITLE_LIST),
      commissionerName: fc.constantFrom(
        'Matthew Ellis',
        'Ben Adams',
        'Simon Foster',
        'Dafydd Llywelyn',
      ),
      chiefRank: fc.constantFrom(...CHIEF_RANKS.filter((r) => !/fire/i.test(r))),
      chiefName: fc.constantFrom('Nick Baker', 'Chris Noble', 'Craig Guildford'),
      type: fc.option(fc.constantFrom('thematic', 'joint', 'custody'), { nil: null }),
      publishedOn: fc.option(calendarDate, { nil: null }),
      link: fc.option(
        fc.constantFrom('https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-2021-22/'),
        { nil: null },
      ),
      summary: richBody,
      grades: fc.array(
        fc.record({
          scope: fc.oneof(
            fc.constant<Grade['scope']>({ level: 'overall' }),
            ...(fw.pillars.length
              ? [
                  fc
                    .constantFrom(...fw.pillars)
                    .map((p): Grade['scope'] => ({ level: 'pillar', pillar: p })),
                ]
              : []),
            fc
              .constantFrom(...fw.areas)
              .map((a): Grade['scope'] => ({ level: 'area', pillar: null, area: a })),
          ),
          value: fc.constantFrom(...fw.grades),
          carriedOver: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      recBlocks: fc.array(recBlock, { maxLength: 3 }),
      afiGroups: fc.array(groupArb, { maxLength: 4 }),
      bodies: fc.array(findingBody, { minLength: 12, maxLength: 12 }),
      commissionerComments: paragraphs(0, 3),
      chiefOfficerComments: richBody,
    });
  })
  .map((g): ResponseRecord => {
    const shapes: (Shape & { group: [string | null, string | null] })[] = [];
    for (const [grp, recs] of g.recBlocks) {
      if (recs === 0) shapes.push({ kind: 'recommendation', causeIndex: null, group: grp });
      else {
        const cause = shapes.length;
        shapes.push({ kind: 'cause_of_concern', causeIndex: null, group: grp });
        for (let i = 0; i < recs; i++)
          shapes.push({ kind: 'recommendation', causeIndex: cause, group: grp });
      }
    }
    for (const grp of g.afiGroups)
      shapes.push({ kind: 'area_for_improvement', causeIndex: null, group: grp });
    const counters = { recommendation: 0, cause_of_concern: 0, area_for_improvement: 0 };
    const prefix = { recommendation: 'R', cause_of_concern: 'C', area_for_improvement: 'AFI' };
    const refs = shapes.map((s) => `${prefix[s.kind]}${++counters[s.kind]}`);
    const findings: Finding[] = shapes.map((s, i) => {
      const body = g.bodies[i % g.bodies.length]!;
      const isRec = s.kind === 'recommendation';
      return {
        ref: refs[i]!,
        kind: s.kind,
        reference: body.reference,
        title: body.title,
        text: body.text,
        subItems: s.kind === 'cause_of_concern' ? [] : body.subItems,
        group: group(s.group[0], s.group[1], g.fw.id),
        deadlinePhrase: deadlinePhraseOf(richTextToPlainText(body.text)),
        causeOfConcernRef: s.causeIndex === null ? null : refs[s.causeIndex]!,
        supersedes: body.supersedes,
        acceptance: isRec ? body.acceptance : null,
        status: body.status,
        updates: body.updates,
      };
    });
    const known = findOrganisation(g.org);
    return {
      version: g.version,
      documentVersion: null,
      status: 'draft',
      organisation: { name: g.org, slug: known?.slug ?? null, kind: known?.kind ?? 'police_force' },
      commissioner: {
        office: 'commissioner',
        name: g.commissionerName,
        title: g.commissionerTitle,
        from: null,
        to: null,
      },
      chiefOfficer: {
        office: 'chief_officer',
        name: g.chiefName,
        title: g.chiefRank,
        from: null,
        to: null,
      },
      report: {
        title: g.fw.title,
        inspectorate: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        type: g.type ?? inferInspectionType(g.fw.title, g.fw.id),
        framework: g.fw.id,
        publishedOn: g.publishedOn,
        link: g.link,
      },
      summary: g.summary,
      grades: g.grades,
      findings,
      commissionerComments: g.commissionerComments,
      chiefOfficerComments: g.chiefOfficerComments,
    };
  });
