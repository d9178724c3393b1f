import { testDrivers } from '@irr/db/testing';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../../../../bench/src/xss-corpus.js';
import { createWorld, type World } from '../../test-support/world.js';

/**
 * Property (issue 13, defect 1): whatever text a rich-text write is given, it is stored or refused
 * with a 4xx, and the record answers every read afterwards. Text is built from XSS payloads,
 * markup that grows when escaped, blank markup and any UTF-16 (lone surrogates included).
 */
const piece = fc.oneof(
  fc.constantFrom(...XSS_CORPUS),
  fc.constantFrom('<p>', '</p>', '<br>', '&nbsp;', '<ul><li>', '<img src=x>', ' ', 'word'),
  fc.integer({ min: 1, max: 70_000 }).map((n) => '<&"'[n % 3]!.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const html = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

type Write = 'summary' | 'findingText' | 'update' | 'explanation';

describe.each(testDrivers())('rich-text writes, fuzzed, on %s', (driver) => {
  let w: World;
  let findingId: string;
  let recommendationId: string;
  beforeAll(async () => {
    w = await createWorld(driver);
    findingId = (await w.findingIds()).AFI1!;
    const r = await w.as('editor').records.get({ recordId: w.recordId });
    const added = await w.as('editor').findings.add({
      recordId: w.recordId,
      rowVersion: r.rowVersion,
      kind: 'recommendation',
      text: '<p>The force should act.</p>',
      group: { pillar: null, area: null, questionId: null },
    });
    recommendationId = added.findings.find((f) => f.ref.startsWith('R'))!.id;
  });
  afterAll(() => w.close());

  function write(kind: Write, text: string) {
    const editor = w.as('editor');
    return editor.records.get({ recordId: w.recordId }).then((r) => {
      const f = r.findings.find((x) => x.id === findingId)!;
      const rec = r.findings.find((x) => x.id === recommendationId)!;
      switch (kind) {
        case 'summary':
          return editor.records.updateDraft({
            recordId: w.recordId,
            rowVersion: r.rowVersion,
            patch: { summary: text },
          });
        case 'findingText':
          return editor.findings.updateContent({
            findingId,
            rowVersion: f.rowVersion,
            patch: { text },
          });
        case 'explanation':
          return editor.findings.updateContent({
            findingId: rec.id,
            rowVersion: rec.rowVersion,
            patch: { acceptance: { position: 'accepted', explanation: text } },
          });
        case 'update':
          return editor.findings.addUpdate({
            findingId,
            update: { date: null, author: 'force', visibility: 'internal', text },
          });
      }
    });
  }

  it('stores or refuses with a 4xx, and the record stays readable', async () => {
    const kinds: Write[] = ['summary', 'findingText', 'update', 'explanation'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), html, async (kind, text) => {
        try {
          await write(kind, text);
        } catch (e) {
          const status = e instanceof TRPCError ? getHTTPStatusCodeFromError(e) : 500;
          expect(status, String(e)).toBeLessThan(500);
          expect(status).toBeGreaterThanOrEqual(400);
        }
        await w.as('editor').records.get({ recordId: w.recordId });
        await w.as('viewer').findings.history({ findingId });
      }),
      { seed: 1308, numRuns: 40 },
    );
  });
});
