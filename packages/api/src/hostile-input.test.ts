import { RICH_TEXT_POLICY, parseRecord, renderRecord, type ResponseRecord } from '@irr/domain';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../../bench/src/xss-corpus.js';
import { SEED_DATE_UNKNOWN, SEED_TEXT, createWorld, type World } from './test-support/world.js';

/**
 * Hostile input through the API: a corpus of XSS payloads through every rich-text field and the
 * importer (what is stored and returned must be within the rich-text allow-list), SQL-meaningful
 * strings stored and searched verbatim, and oversized input refused with a clear error.
 */

const ALLOWED = new Set<string>(RICH_TEXT_POLICY.tags);
const SCHEMES = new Set<string>(RICH_TEXT_POLICY.linkSchemes);

/** What is wrong with an HTML string as rich text the portal may render: [] when nothing. */
function unsafe(html: string): string[] {
  const problems: string[] = [];
  const tag = /<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g;
  for (const m of html.matchAll(tag)) {
    const name = m[1]!.toLowerCase();
    if (!ALLOWED.has(name)) problems.push(`tag <${name}>`);
    for (const a of m[2]!.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attr = a[1]!.toLowerCase();
      if (!(RICH_TEXT_POLICY.attributes[name] ?? []).includes(attr))
        problems.push(`attribute ${attr} on <${name}>`);
      if (attr === 'href') {
        const value = (a[2] ?? '').replace(/^["']|["']$/g, '').replace(/&amp;/g, '&');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
        if (scheme && !SCHEMES.has(scheme)) problems.push(`href scheme ${scheme}`);
        if (/[\s\0]|&#/.test(value)) problems.push(`odd href ${value}`);
      }
    }
  }
  // Outside allowed tags no raw "<" remains: anything else is text, escaped.
  if (html.replace(tag, '').includes('<')) problems.push('raw < in text');
  return problems;
}

/** Every rich-text string of a record. */
function richTexts(record: ResponseRecord): string[] {
  return [
    record.summary,
    record.commissionerComments,
    record.chiefOfficerComments,
    ...record.findings.flatMap((f) => [
      f.text,
      f.acceptance?.explanation ?? '',
      ...f.updates.map((u) => u.text),
    ]),
  ].filter((t): t is string => typeof t === 'string');
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    return e instanceof TRPCError
      ? { code: e.code, message: e.message }
      : { code: 'OTHER', message: String(e) };
  }
};

const seed = parseRecord(SEED_TEXT).record!;

describe('hostile input', () => {
  it('has a corpus of at least 100 distinct payloads that the checker itself flags', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(100);
    // The checker is not vacuous: most raw payloads fail it.
    expect(XSS_CORPUS.filter((p) => unsafe(p).length > 0).length).toBeGreaterThanOrEqual(
      XSS_CORPUS.length - 5,
    );
  });
});

describe('hostile input through the API', () => {
  // Each test imports, edits or publishes: each starts from a fresh register.
  let w: World;
  beforeEach(async () => {
    w = await createWorld();
  });
  afterEach(() => w.close());

  it('the importer stores and returns every payload sanitised, in every rich-text field', async () => {
    const slots = 3 + seed.findings.length * 2;
    const files: string[] = [];
    for (let i = 0, n = 0; i < XSS_CORPUS.length; i += slots, n++) {
      const p = (k: number) => `<p>Text ${n}-${k}</p>${XSS_CORPUS[(i + k) % XSS_CORPUS.length]!}`;
      let k = 3;
      const record: ResponseRecord = {
        ...seed,
        report: { ...seed.report, title: `Hostile import ${n}: Staffordshire` },
        summary: p(0),
        commissionerComments: p(1),
        chiefOfficerComments: p(2),
        findings: seed.findings.map((f) => ({
          ...f,
          text: p(k++),
          acceptance: f.acceptance ? { ...f.acceptance, explanation: p(k++) } : f.acceptance,
        })),
      };
      files.push(renderRecord(record));
    }
    const result = await w.as('editor').import.records({ text: files.join('\n') });
    expect(result.items.map((i) => i.outcome)).toEqual(files.map(() => 'created'));
    for (const item of result.items) {
      const stored = await w.as('editor').records.get({ recordId: item.recordId! });
      for (const text of richTexts(stored.record)) expect(unsafe(text), text).toEqual([]);
      expect(stored.record.summary).toMatch(/^<p>Text \d+-0<\/p>/);
    }
  });

  it('every rich-text mutation sanitises every payload, and the published record shows only safe HTML', async () => {
    const editor = w.as('editor');
    let record = await editor.records.get({ recordId: w.recordId });
    // A recommendation (it takes an acceptance explanation) where the record has one.
    const target =
      record.record.findings.find((f) => f.kind === 'recommendation') ?? record.record.findings[0]!;
    const recommendationRef = target.ref;
    const recommendation = () => record.findings.find((f) => f.ref === recommendationRef)!;
    for (const payload of XSS_CORPUS) {
      const text = `<p>Before</p>${payload}<p>After</p>`;
      record = await editor.records.updateDraft({
        recordId: w.recordId,
        rowVersion: record.rowVersion,
        patch: { summary: text, commissionerComments: text, chiefOfficerComments: text },
      });
      const r = recommendation();
      record = await editor.findings.updateContent({
        findingId: r.id,
        rowVersion: r.rowVersion,
        patch: {
          text,
          ...(target.kind === 'recommendation' && {
            acceptance: { position: 'accepted' as const, explanation: text },
          }),
        },
      });
      record = await editor.findings.addUpdate({
        findingId: r.id,
        update: { date: '2026-11-20', author: 'force', visibility: 'public', text },
      });
      for (const t of richTexts(record.record)) expect(unsafe(t), `${payload} → ${t}`).toEqual([]);
      expect(record.record.summary).toMatch(/^<p>Before<\/p>/);
    }
    record = await editor.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    const approver = w.as('approver');
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    record = await approver.workflow.transition({
      recordId: w.recordId,
      rowVersion: record.rowVersion,
      to: 'published',
    });
    const published = await w.as('anonymous').public.record({ recordId: w.recordId });
    for (const t of richTexts(published.record!)) expect(unsafe(t), t).toEqual([]);
    for (const t of Object.values(published.tracking))
      if (t.latestUpdate) expect(unsafe(t.latestUpdate.text)).toEqual([]);
    const finding = await w.as('anonymous').public.finding({ findingId: recommendation().id });
    expect(unsafe(finding.text)).toEqual([]);
    for (const u of finding.updates) expect(unsafe(u.text)).toEqual([]);
    // Search snippets carry <mark> only, around escaped text.
    for (const hit of await w.as('anonymous').public.search({ q: 'before after' })) {
      expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toContain('<');
    }
  }, 180_000);

  it('stores SQL-meaningful strings verbatim and searches for them without error', async () => {
    const strings = [
      `'; DROP TABLE findings; --`,
      `" OR 1=1 --`,
      `Robert'); DROP TABLE response_records;--`,
      `100%_done \\ back\\slash`,
      `$1 $$ quoted $$ ::text`,
      `' OR ''='`,
      `/* comment */ SELECT * FROM users`,
      `E'\\\\x41' || chr(65)`,
    ];
    const editor = w.as('editor');
    const imported = await editor.import.records({
      text: renderRecord({
        ...seed,
        report: { ...seed.report, title: 'SQL strings inspection: Staffordshire' },
        commissioner: { ...seed.commissioner, name: strings[2]! },
        findings: seed.findings.map((f, i) => ({
          ...f,
          text: `<p>Quokkaline ${escapeHtml(strings[i % strings.length]!)}</p>`,
        })),
      }),
    });
    const recordId = imported.items[0]!.recordId!;
    let record = await editor.records.get({ recordId });
    expect(record.record.commissioner.name).toBe(strings[2]);
    // Stored as the same characters (the canonical HTML may spell quotes as entities).
    record.record.findings.forEach((f, i) =>
      expect(unescapeHtml(f.text)).toBe(`<p>Quokkaline ${strings[i % strings.length]!}</p>`),
    );
    record = await editor.workflow.transition({
      recordId,
      rowVersion: record.rowVersion,
      to: 'in_review',
    });
    record = await w.as('approver').workflow.transition({
      recordId,
      rowVersion: record.rowVersion,
      to: 'approved',
      dateUnknownReason: SEED_DATE_UNKNOWN,
    });
    await w
      .as('approver')
      .workflow.transition({ recordId, rowVersion: record.rowVersion, to: 'published' });
    const anonymous = w.as('anonymous');
    expect((await anonymous.public.search({ q: 'quokkaline' })).length).toBe(seed.findings.length);
    for (const q of strings) {
      await anonymous.public.search({ q });
      const all = await anonymous.public.searchAll({ q });
      // A % or _ is a character to find, not a wildcard: only findings that contain the text match.
      for (const f of all.findings) expect(JSON.stringify(f).toLowerCase()).toContain('quokkaline');
    }
    const pct = await anonymous.public.searchAll({ q: '100%_done' });
    expect(pct.total).toBe(seed.findings.filter((_, i) => i % strings.length === 3).length);
  });

  it('refuses a 1 MB rich-text field, a 21 MB import and 10,000 findings in one record, with a clear error', async () => {
    const editor = w.as('editor');
    const record = await editor.records.get({ recordId: w.recordId });
    const big = `<p>${'x'.repeat(1024 * 1024)}</p>`;
    const field = await codeOf(
      editor.records.updateDraft({
        recordId: w.recordId,
        rowVersion: record.rowVersion,
        patch: { summary: big },
      }),
    );
    expect(field?.code).toBe('BAD_REQUEST');
    expect(field?.message).toMatch(/200000|too big|at most|characters/i);
    const upload = await codeOf(editor.import.records({ text: 'x'.repeat(21 * 1024 * 1024) }));
    expect(upload?.code).toBe('BAD_REQUEST');
    expect(upload?.message).toMatch(/limited to 20 MB/);
    const finding = seed.findings.find((f) => f.kind === 'area_for_improvement')!;
    const many = renderRecord({
      ...seed,
      report: { ...seed.report, title: 'Ten thousand findings: Staffordshire' },
      findings: Array.from({ length: 10_000 }, (_, i) => ({
        ...finding,
        ref: `AFI${i + 1}`,
        reference: null,
        text: `<p>Finding ${i + 1}</p>`,
      })),
    });
    const result = await codeOf(editor.import.records({ text: many }));
    if (result) {
      expect(result.message).toMatch(/5000|findings/i);
    } else {
      const again = await editor.import.records({ text: many });
      expect(again.items[0]!.outcome).toBe('invalid');
      expect(JSON.stringify(again.items[0]!.diagnostics)).toMatch(/5000|5,000|too many/i);
    }
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
