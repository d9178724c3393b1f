import { describe, expect, it } from 'vitest';
import { checkPublicationTransition } from '../lifecycle/publication.js';
import { AppError, staleVersion } from './app-error.js';

describe('AppError', () => {
  it('keeps the code, message and field of the refusal it carries', () => {
    const e = new AppError({
      code: 'EMPTY_TEXT',
      message: 'A finding needs some text',
      field: 'text',
    });
    expect(e).toBeInstanceOf(Error);
    expect([e.code, e.message, e.field, e.details]).toEqual([
      'EMPTY_TEXT',
      'A finding needs some text',
      'text',
      undefined,
    ]);
  });

  it('passes a lifecycle refusal on whole, with the refs a screen points at', () => {
    const check = checkPublicationTransition({
      from: 'in_review',
      to: 'approved',
      actorRole: 'approver',
      actorId: 'a',
      actorChangedVersion: false,
      findings: [{ ref: 'R1', kind: 'recommendation', acceptance: null }],
    });
    if (check.ok) throw new Error('expected a refusal');
    const e = new AppError(check.error);
    expect(e.code).toBe('ACCEPTANCE_MISSING');
    expect(e.details).toEqual({ refs: ['R1'] });
  });

  it('says a stale save was overtaken, with the version now stored', () => {
    const e = staleVersion('finding', 7);
    expect(e.code).toBe('STALE_VERSION');
    expect(e.details).toEqual({ currentVersion: 7 });
    expect(e.message).toMatch(/changed by someone else \(now version 7\)/);
  });
});
