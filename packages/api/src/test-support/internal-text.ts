import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import type { FindingStatus } from '@irr/domain';
import { publishRecord, redraftRecord, submitRecord } from './record-states.js';
import { joinEveryone } from './joined.js';
import type { World } from './world.js';

/**
 * Text only staff may read, planted in every place text enters the register, each piece with its own
 * marker; and text its author chose to make public, which the portal must show (so a check that finds no
 * marker is known to have looked in the fields where text appears).
 */
export const INTERNAL = {
  ownerName: 'ZQOWNERNAME',
  internalUpdate: 'ZQINTERNALUPDATE',
  bulkReason: 'ZQBULKREASON',
  bulkFinalUpdate: 'ZQBULKFINALUPDATE',
  finalUpdate: 'ZQFINALUPDATE',
  notAssuredReason: 'ZQNOTASSUREDREASON',
  noLongerApplicableReason: 'ZQNOLONGERAPPLICABLE',
  supersededBy: 'ZQSUPERSEDEDBY',
  targetDateReason: 'ZQTARGETDATEREASON',
  internalTargetDateReason: 'ZQINTERNALTARGETREASON',
  draftFindingText: 'ZQDRAFTFINDINGTEXT',
  draftNewFinding: 'ZQDRAFTNEWFINDING',
  draftSummary: 'ZQDRAFTSUMMARY',
  changesRequestedReason: 'ZQCHANGESREQUESTED',
  dateUnknownReason: 'ZQDATEUNKNOWN',
  staffName: 'ZQSTAFFNAME',
  staffEmail: 'zqstaffemail',
  /** Why another force's unpublished response needs none: the register says "not required", never the words. */
  notRequiredReason: 'ZQNOTREQUIRED',
} as const;

export const CHOSEN_PUBLIC = {
  update: 'ZPPUBLICUPDATE',
  statusReason: 'ZPPUBLICREASON',
  targetDateReason: 'ZPPUBLICTARGETREASON',
  /** A report detail corrected after publication: the report's and the correction's, public. */
  reportFramework: 'ZPFRAMEWORK',
} as const;

const NO_GROUP = { pillar: null, area: null, questionId: null };

/**
 * Plants every marker: findings added and published as version 1 (approved with the reason the
 * report's date is unknown, then the report's details corrected), then tracked (owners, updates, status
 * moves with reasons, target-date revisions), then version 2 drafted with marked wording and sent back
 * with a marked request for changes. Staff accounts carry marked names and emails throughout.
 */
export async function plantInternalText(w: World): Promise<void> {
  for (const [role, user] of Object.entries(w.users)) {
    await w.db
      .update(schema.users)
      .set({
        displayName: `${INTERNAL.staffName} ${role}`,
        email: `${INTERNAL.staffEmail}.${role}@example.org`,
      })
      .where(eq(schema.users.id, user.id));
  }
  await joinEveryone(w);
  const editor = w.as('editor');

  let record = await editor.records.get({ recordId: w.recordId });
  for (const name of ['bulk', 'assured', 'gone', 'replaced', 'public']) {
    record = await editor.findings.add({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      kind: 'area_for_improvement',
      text: `<p>The force should review its ${name} cases.</p>`,
      group: NO_GROUP,
    });
  }
  const [bulk, assured, gone, replaced, shown] = record.findings.slice(-5).map((f) => f.id);
  // Approved without the report's date: why is internal. Then an approver corrects the report.
  await publishRecord(w, INTERNAL.dateUnknownReason);
  const { report, reportDetails } = await editor.records.get({ recordId: w.recordId });
  await w.as('approver').reports.updateDetails({
    reportId: report.id,
    rowVersion: reportDetails!.rowVersion,
    patch: { publishedOn: '2020-02-07', framework: CHOSEN_PUBLIC.reportFramework },
  });

  await notRequiredElsewhere(w, report.id);

  const current = async (id: string) =>
    (await editor.records.get({ recordId: w.recordId })).findings.find((f) => f.id === id)!;
  const move = async (
    as: 'editor' | 'approver',
    id: string,
    to: FindingStatus,
    extra: object = {},
  ) => {
    const f = await current(id);
    await w.as(as).findings.transition({ findingId: f.id, rowVersion: f.rowVersion, to, ...extra });
  };
  const setTarget = async (as: 'editor' | 'approver', id: string, to: string, extra = {}) => {
    const f = await current(id);
    await w
      .as(as)
      .findings.setTargetDate({ findingId: f.id, rowVersion: f.rowVersion, to, ...extra });
  };

  // What the bulk status form sent: the reason, and the same reason as a final update.
  await move('editor', bulk!, 'in_progress', {
    reason: INTERNAL.bulkReason,
    finalUpdate: `<p>${INTERNAL.bulkFinalUpdate}</p>`,
  });
  const b = await current(bulk!);
  await editor.findings.setOwner({
    findingId: b.id,
    rowVersion: b.rowVersion,
    ownerUserId: w.users.approver.id,
    team: INTERNAL.ownerName,
  });
  await editor.findings.addUpdate({
    findingId: bulk!,
    update: {
      date: null,
      author: 'opcc',
      visibility: 'internal',
      text: `<p>${INTERNAL.internalUpdate}</p>`,
    },
  });
  await setTarget('editor', bulk!, '2027-01-31');
  await setTarget('approver', bulk!, '2027-06-30', { reason: INTERNAL.targetDateReason });
  await setTarget('approver', bulk!, '2027-09-30', {
    reason: INTERNAL.internalTargetDateReason,
    visibility: 'internal',
  });

  await move('editor', assured!, 'in_progress');
  await move('editor', assured!, 'completed', { finalUpdate: `<p>${INTERNAL.finalUpdate}</p>` });
  await move('approver', assured!, 'in_progress', { reason: INTERNAL.notAssuredReason });
  await move('approver', gone!, 'no_longer_applicable', {
    reason: INTERNAL.noLongerApplicableReason,
  });
  await move('approver', replaced!, 'superseded', { supersededBy: INTERNAL.supersededBy });

  await move('editor', shown!, 'in_progress', {
    reason: CHOSEN_PUBLIC.statusReason,
    visibility: 'public',
  });
  await editor.findings.addUpdate({
    findingId: shown!,
    update: {
      date: null,
      author: 'force',
      visibility: 'public',
      text: `<p>${CHOSEN_PUBLIC.update}</p>`,
    },
  });
  await setTarget('editor', shown!, '2027-01-31');
  await setTarget('approver', shown!, '2027-03-31', {
    reason: CHOSEN_PUBLIC.targetDateReason,
    visibility: 'public',
  });

  await draftVersionTwo(w);
}

/**
 * West Midlands' response to the same report, never published, which its office marked as needing none
 * with a marked reason (written directly, as an import and the dates form would have).
 */
async function notRequiredElsewhere(w: World, reportId: string): Promise<void> {
  const holder = { name: 'A', title: 'PCC', from: null, to: null };
  await w.db.insert(schema.responseRecords).values({
    reportId,
    organisationId: w.westMids.id,
    slug: 'not-required-elsewhere',
    commissioner: { ...holder, office: 'commissioner' },
    chiefOfficer: { ...holder, office: 'chief_officer' },
    notRequiredReason: `${INTERNAL.notRequiredReason} the office's own words`,
  });
  // As an import would have: the report now covers West Midlands too.
  await w.db.insert(schema.reportForces).values({ reportId, organisationId: w.westMids.id });
}

/** Version 2 drafted with marked wording, submitted, and sent back with a marked request for changes. */
async function draftVersionTwo(w: World): Promise<void> {
  const editor = w.as('editor');
  let record = await redraftRecord(w);
  const first = record.findings[0]!;
  record = await editor.findings.updateContent({
    findingId: first.id,
    rowVersion: first.rowVersion,
    patch: { text: `<p>${INTERNAL.draftFindingText}</p>` },
  });
  record = await editor.records.updateDraft({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    patch: { summary: `<p>${INTERNAL.draftSummary}</p>` },
  });
  await editor.findings.add({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    kind: 'area_for_improvement',
    text: `<p>${INTERNAL.draftNewFinding}</p>`,
    group: NO_GROUP,
  });
  record = await submitRecord(w);
  await w.as('approver').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'draft',
    reason: INTERNAL.changesRequestedReason,
  });
}
