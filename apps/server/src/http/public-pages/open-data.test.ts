import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createCaller, noCookies, type SessionUser } from '@irr/api';
import { schema } from '@irr/db';
import type { Role } from '@irr/domain';
import { LICENCE } from '@irr/public/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../../demo/seed-record.js';
import { startTestServer } from '../test-server.js';

const SOURCE = 'https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/aoi-list/';
const HMICFRS_COLUMNS = ['hmicfrs_status', 'hmicfrs_status_on', 'hmicfrs_status_source'];
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface FindingsJson {
  count: number;
  columns: { name: string }[];
  rows: Record<string, string | number | boolean | null>[];
}

describe("HMICFRS's own status in the findings open data", () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await startTestServer();
    // The portal answers once its app folder exists; the downloads need nothing built in it.
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
  });
  afterAll(() => h.close());

  /** The API as one of Staffordshire's staff, the editor the server already has or a new approver. */
  async function staff() {
    const [org] = await h.db.select().from(schema.organisations);
    const [approver] = await h.db
      .insert(schema.users)
      .values({ email: 'approver@example.org', displayName: 'Alex', passwordHash: 'scrypt$unused' })
      .returning();
    await h.db
      .insert(schema.memberships)
      .values({ userId: approver!.id, organisationId: org!.id, role: 'approver' });
    const as = (user: SessionUser) =>
      createCaller({
        db: h.db,
        user,
        sessionId: null,
        requestId: randomUUID(),
        now: () => new Date(),
        cookies: noCookies,
        ip: null,
      });
    const member = (u: { id: string; email: string; displayName: string }, role: Role) =>
      as({ ...u, memberships: [{ organisationId: org!.id, role }] });
    return { editor: member(h.user, 'editor'), approver: member(approver!, 'approver') };
  }

  const download = async (file: 'findings.csv' | 'findings.json') => {
    const res = await fetch(h.url(`/data/${file}`));
    expect(res.status).toBe(200);
    return res.text();
  };

  it("shows it for a published finding, live, and nothing of a draft's findings", async () => {
    const { editor, approver } = await staff();
    const imported = await editor.import.records({ text: await readSeedRecord() });
    const recordId = imported.items[0]!.recordId!;
    let record = await editor.records.get({ recordId });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    record = await editor.findings.setInspectorateStatus({
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      inspectorateStatus: { status: 'Being progressed', on: '2026-11-20', source: SOURCE },
    });

    // A draft: its findings, and so their HMICFRS status, are not in the data at all.
    const draftCsv = await download('findings.csv');
    expect(draftCsv.split('\r\n')).toEqual([
      expect.stringMatching(
        /,url,hmicfrs_status,hmicfrs_status_on,hmicfrs_status_source,title,latest_public_update_precision,reference,name,licence$/,
      ),
      '',
    ]);
    expect(draftCsv).not.toContain(SOURCE);
    const draftJson = JSON.parse(await download('findings.json')) as FindingsJson;
    expect(draftJson).toMatchObject({ count: 0, rows: [] });
    expect(draftJson.columns.map((c) => c.name).slice(-7, -4)).toEqual(HMICFRS_COLUMNS);

    for (const [caller, to] of [
      [editor, 'in_review'],
      [approver, 'approved'],
      [approver, 'published'],
    ] as const)
      record = await caller.workflow.transition({
        recordId,
        rowVersion: record.rowVersion,
        to,
        // The seed's report gives no date: approving it needs the reason.
        dateUnknownReason: 'The seed record gives no publication date',
      });

    const csv = await download('findings.csv');
    // After the HMICFRS columns: the finding's title (none in the seed), its latest update's precision, the
    // report's number for it (none in the seed) and its name.
    expect(csv).toMatch(
      new RegExp(
        `/findings/AFI1,Being progressed,2026-11-20,${escaped(SOURCE)},,(day)?,,Area for improvement AFI1,${escaped(LICENCE)}\r\n`,
      ),
    );
    const others = [...csv.matchAll(/\/findings\/(\w+),([^\r\n]*)\r\n/g)].filter(
      (m) => m[1] !== 'AFI1',
    );
    expect(others.length).toBe(record.findings.length - 1);
    for (const m of others)
      expect(m[2]).toMatch(
        new RegExp(
          `^,,,,(day)?,,(Area for improvement|Recommendation|Cause of concern) \\w+,${escaped(LICENCE)}$`,
        ),
      );
    const json = JSON.parse(await download('findings.json')) as FindingsJson;
    expect(json.rows.find((r) => r.ref === 'AFI1')).toMatchObject({
      hmicfrs_status: 'Being progressed',
      hmicfrs_status_on: '2026-11-20',
      hmicfrs_status_source: SOURCE,
    });
    for (const row of json.rows.filter((r) => r.ref !== 'AFI1'))
      for (const name of HMICFRS_COLUMNS) expect(row[name]).toBeNull();

    // Live tracking: a new status shows at once, with no new version published.
    const published = record.findings.find((f) => f.ref === 'AFI1')!;
    await editor.findings.setInspectorateStatus({
      findingId: published.id,
      rowVersion: published.rowVersion,
      inspectorateStatus: { status: 'Complete', on: '2027-01-15', source: null },
    });
    expect(await download('findings.csv')).toMatch(
      new RegExp(
        `/findings/AFI1,Complete,2027-01-15,,,(day)?,,Area for improvement AFI1,${escaped(LICENCE)}\r\n`,
      ),
    );
    const after = JSON.parse(await download('findings.json')) as FindingsJson;
    expect(after.rows.find((r) => r.ref === 'AFI1')).toMatchObject({
      response_version: 1,
      hmicfrs_status: 'Complete',
      hmicfrs_status_source: null,
    });
  });
});

describe('the downloads, as a script or a spreadsheet reads them', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await startTestServer();
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
  });
  afterAll(() => h.close());

  it('answers a misspelt filter value or name with 400 listing what is allowed, not every row', async () => {
    const value = await fetch(h.url('/data/findings.csv?status=in_progres'));
    expect(value.status).toBe(400);
    expect(value.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await value.text()).toBe(
      '"in_progres" is not a status here. Use one of: not_started, in_progress, completed, closed, superseded, no_longer_applicable.\n',
    );
    const name = await fetch(h.url('/data/responses.json?stauts=closed'));
    expect(name.status).toBe(400);
    expect(await name.json()).toEqual({
      error:
        '"stauts" is not a filter of responses. Its filters are: organisationSlug, year, reportType, excel.',
      documentation: '/open-data',
    });
    const year = await fetch(h.url('/data/findings.json?year=twenty'));
    expect(year.status).toBe(400);
    // A blank field filters nothing, and a known value filters as before.
    expect((await fetch(h.url('/data/findings.csv?q=&status=in_progress'))).status).toBe(200);
  });

  it('sends plain UTF-8 with no byte-order mark, and the same with one for Excel on ?excel=1', async () => {
    const plain = new Uint8Array(await (await fetch(h.url('/data/findings.csv'))).arrayBuffer());
    expect([...plain.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const excel = await fetch(h.url('/data/findings.csv?excel=1'));
    expect(excel.status).toBe(200);
    expect(excel.headers.get('content-disposition')).toBe('inline; filename="findings-excel.csv"');
    const bytes = new Uint8Array(await excel.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes.slice(3)).equals(Buffer.from(plain))).toBe(true);
    expect((await fetch(h.url('/data/findings.csv?excel=yes'))).status).toBe(400);
  });

  it('resumes a download from a byte offset', async () => {
    const whole = Buffer.from(await (await fetch(h.url('/data/findings.csv'))).arrayBuffer());
    const res = await fetch(h.url('/data/findings.csv'), { headers: { range: 'bytes=10-' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 10-${whole.length - 1}/${whole.length}`);
    expect(res.headers.get('content-disposition')).toBe('inline; filename="findings.csv"');
    expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(10))).toBe(true);
  });
});
