import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schema } from '@irr/db';
import { publishRecord, redraftRecord, responseSlugOf } from './test-support/record-states.js';
import { createWorld, type World } from './test-support/world.js';
import type { OutgoingMail } from './use-cases/notifications/mailer.js';
import { runDueNotifications } from './use-cases/notifications/run-due-notifications.js';

const SECRET = 'ZZDRAFTSECRET';

/**
 * Nothing unpublished through any public procedure: a draft's wording, internal updates and
 * owners are planted everywhere, then every public procedure is called and searched for them.
 */
describe('the public router never shows unpublished text', () => {
  // Each test publishes or withdraws the record: each starts from a fresh draft.
  let w: World;
  // An address following the force, confirmed before anything happens: its alert mails are public answers too.
  const FOLLOWED_FROM = new Date('2026-11-28T10:00:30Z');
  beforeEach(async () => {
    w = await createWorld();
    await w.as('anonymous').alerts.subscribe({
      email: 'follower@example.com',
      frequency: 'immediate',
      target: { kind: 'force', organisationSlug: 'staffordshire' },
    });
    const [follower] = await w.db.select().from(schema.alertSubscribers);
    w.setNow(FOLLOWED_FROM);
    await w.as('anonymous').alerts.confirm({ token: follower!.confirmationToken! });
    w.setNow(new Date('2026-11-28T10:01:00Z'));
  });
  afterEach(() => w.close());

  /** Every mail the public would be sent now: the confirmation and the alert of every change since. */
  async function publicMails(): Promise<OutgoingMail[]> {
    const sent: OutgoingMail[] = [];
    const mailer = { send: (m: OutgoingMail) => Promise.resolve(void sent.push(m)) };
    const settings = {
      adminUrl: 'https://x.example/admin',
      publicUrl: 'https://x.example',
      domain: 'x.example',
    };
    await runDueNotifications(w.db, mailer, settings, () => new Date('2026-11-29T10:00:00Z'));
    return sent.filter((m) => m.personId === null);
  }

  /** The secret planted in the draft: AFI1's wording, its owner and an internal update. */
  async function plantSecrets(): Promise<void> {
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const afi = record.findings[0]!;
    await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: `<p>${SECRET} draft wording</p>` },
    });
    await editor.findings.setOwner({
      findingId: afi.id,
      rowVersion: afi.rowVersion + 1,
      ownerUserId: null,
      team: `${SECRET} owner`,
    });
    await editor.findings.addUpdate({
      findingId: afi.id,
      update: {
        date: null,
        author: 'opcc',
        visibility: 'internal',
        text: `<p>${SECRET} internal</p>`,
      },
    });
  }

  /**
   * Version 1 published with clean wording (its owner and internal update still secret), then
   * version 2 started with the secret in AFI1's wording and the summary.
   */
  async function publishThenRedraftWithSecrets(): Promise<void> {
    await plantSecrets();
    const editor = w.as('editor');
    const afi = (await editor.records.get({ recordId: w.recordId })).findings[0]!;
    await editor.findings.updateContent({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      patch: { text: '<p>Published wording.</p>' },
    });
    await publishRecord(w);
    let record = await redraftRecord(w);
    const again = record.findings[0]!;
    record = await editor.findings.updateContent({
      findingId: again.id,
      rowVersion: again.rowVersion,
      patch: { text: `<p>${SECRET} next version</p>` },
    });
    await editor.records.updateDraft({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      patch: { summary: `<p>${SECRET} summary</p>` },
    });
  }

  async function everyPublicAnswer(): Promise<string> {
    const ids = await w.findingIds();
    const p = w.as('anonymous').public;
    const answers: unknown[] = [
      await p.organisations(),
      await p.organisation({ slug: 'staffordshire' }),
      await p.search({ q: SECRET }),
      await p.search({ q: 'force' }),
      await p.today(),
    ];
    const [report] = await w.db.select({ slug: schema.reports.slug }).from(schema.reports);
    const at = { organisationSlug: 'staffordshire', responseSlug: await responseSlugOf(w) };
    answers.push(
      await p.forceOverview({ slug: 'staffordshire' }),
      await p.latest({ limit: 50 }),
      await p.searchAll({ q: SECRET }),
      await p.searchAll({ q: 'force' }),
      await p.searchAll({}),
      await p.findingsData({}),
      await p.findingsData({ q: SECRET }),
      await p.responsesData({}),
      await p.permalinks(),
      await p.findingChanges({ limit: 200 }),
      await p.findingChanges({ organisationSlug: 'staffordshire', limit: 200 }),
      await p.findingChanges({ reportSlug: report!.slug, limit: 200 }).catch(String),
      await p.latest({ reportSlug: report!.slug, limit: 50 }),
      await p.reportsPage({ limit: 100 }),
      await p.forceResponses({ organisationSlug: 'staffordshire', limit: 100 }),
      await p.findingsPage({ limit: 100 }),
      await p.findingsPage({ q: SECRET, limit: 100 }),
      await publicMails(),
    );
    const calls = [
      () => p.record({ recordId: w.recordId }),
      () => p.response(at),
      () => p.response({ ...at, version: 1 }),
      () => p.response({ ...at, version: 2 }),
      // Its old address (the report's slug) answers where it moved, and only once it is published.
      () => p.movedResponse({ organisationSlug: 'staffordshire', slug: report!.slug }),
      ...Object.values(ids).map((id) => () => p.finding({ findingId: id })),
      ...Object.keys(ids).map((ref) => () => p.findingPage({ ...at, ref })),
      ...Object.keys(ids).map((ref) => () => p.findingChanges({ ...at, ref, limit: 200 })),
      // The register of reports' page, with each finding as the forces answered it.
      () => p.report({ slug: report!.slug }),
    ];
    for (const call of calls) {
      answers.push(await call().catch((e: unknown) => String(e)));
    }
    return JSON.stringify(answers);
  }

  it('while the record is only a draft', async () => {
    await plantSecrets();
    const all = await everyPublicAnswer();
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('The force needs to improve its oversight');
  });

  it('after publication, and with a new draft in progress', async () => {
    await publishThenRedraftWithSecrets();
    const all = await everyPublicAnswer();
    expect(all).toContain('Published wording.');
    // The follower's alert says so (its lines name what changed; their text stays on the portal).
    expect(all).toContain('response published (version 1)');
    const p = w.as('anonymous').public;
    const responseSlug = await responseSlugOf(w);
    expect(
      JSON.stringify(
        (await p.response({ organisationSlug: 'staffordshire', responseSlug })).record,
      ),
    ).toContain('Published wording.');
    expect(JSON.stringify(await p.findingsData({ q: 'wording' }))).toContain('Published wording.');
    expect((await p.searchAll({ q: 'wording' })).findings[0]?.snippet).toContain(
      '<mark>wording</mark>',
    );
    expect(all).not.toContain(SECRET);
  });

  it('after withdrawal the text is no longer searchable and the withdrawal is shown', async () => {
    await publishThenRedraftWithSecrets();
    const approver = w.as('approver');
    const editor = w.as('editor');
    // Finish version 2 so there is a published version to withdraw.
    const f = (await editor.records.get({ recordId: w.recordId })).findings[0]!;
    await editor.findings.updateContent({
      findingId: f.id,
      rowVersion: f.rowVersion,
      patch: { text: '<p>Version two wording.</p>' },
    });
    const record = await publishRecord(w);
    await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'withdrawn',
      reason: 'Published in error',
    });
    const p = w.as('anonymous').public;
    expect(await p.search({ q: 'wording' })).toEqual([]);
    const page = await p.record({ recordId: w.recordId });
    expect(page.withdrawal?.reason).toBe('Published in error');
    const responseSlug = await responseSlugOf(w);
    const response = await p.response({ organisationSlug: 'staffordshire', responseSlug });
    expect(response.record).toBeNull();
    expect(response.withdrawal?.reason).toBe('Published in error');
    expect(response.tracking).toEqual({});
    // Neither version's wording is shown once the response stands withdrawn, in any public answer.
    expect(page.record).toBeNull();
    expect(page.tracking).toEqual({});
    const everything = JSON.stringify([
      page,
      await p.record({ recordId: w.recordId, version: 1 }),
      response,
      await p.response({ organisationSlug: 'staffordshire', responseSlug, version: 1 }),
      await p.latest({ limit: 50 }),
      await p.searchAll({ q: 'wording' }),
      await p.findingsData({}),
      await p.responsesData({}),
      await p.forceOverview({ slug: 'staffordshire' }),
      await p.permalinks(),
    ]);
    expect(everything).not.toContain('Version two wording');
    expect(everything).not.toContain('Published wording');
    expect(everything).not.toContain('The force is good at preventing crime');
    expect(page.versions.map((v) => [v.version, v.withdrawn])).toEqual([
      [2, true],
      [1, false],
    ]);
  });
});
