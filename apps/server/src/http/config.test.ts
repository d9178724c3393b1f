import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';

// Beside the HTTP host rather than src/config.ts, as this task may write only under src/http/.
describe('loadConfig', () => {
  it('gives working defaults for an empty environment: PGlite in ./data on 127.0.0.1:3000', () => {
    expect(loadConfig({}, '/srv/irr')).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '127.0.0.1',
        database: { kind: 'pglite', dataDir: '/srv/irr/data' },
        publicOrigin: null,
        secure: false,
        logLevel: 'info',
        trustProxy: 0,
        rateLimits: {
          'sign-in': { limit: 20, windowSeconds: 60 },
          search: { limit: 60, windowSeconds: 60 },
          'open-data': { limit: 30, windowSeconds: 60 },
          alerts: { limit: 20, windowSeconds: 3600 },
        },
        publicCacheMb: 64,
        // No SMTP server: mail goes to the data folder's outbox.
        mail: {
          smtpUrl: null,
          from: 'Inspection Response Register <register@localhost>',
          outboxDir: '/srv/irr/data/outbox',
          claimSeconds: 300,
          everySeconds: 60,
        },
      },
    });
  });

  it('sends mail by SMTP when IRR_SMTP_URL is set, and names a bad mail setting', () => {
    const result = loadConfig({
      IRR_SMTP_URL: 'smtp://register:s3cret@mail.internal:587',
      IRR_MAIL_FROM: 'Register <register@pcc.example.org>',
    });
    expect(result.ok && result.config.mail).toMatchObject({
      smtpUrl: 'smtp://register:s3cret@mail.internal:587',
      from: 'Register <register@pcc.example.org>',
    });
    const bad = loadConfig({ IRR_SMTP_URL: 'http://mail.internal', IRR_MAIL_FROM: 'nobody' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.variable)).toEqual([
      'IRR_SMTP_URL',
      'IRR_MAIL_FROM',
    ]);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and https origins turn on secure mode', () => {
    const result = loadConfig({
      DATABASE_URL: 'postgresql://irr@db.internal:5432/irr',
      IRR_PUBLIC_ORIGIN: 'https://Register.Example.org/',
      IRR_PORT: '8080',
      IRR_HOST: '0.0.0.0',
      IRR_LOG_LEVEL: 'WARN',
      IRR_TRUST_PROXY: 'true',
    });
    expect(result.ok && result.config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'postgres', url: 'postgresql://irr@db.internal:5432/irr' },
      publicOrigin: 'https://register.example.org',
      secure: true,
      logLevel: 'warn',
      trustProxy: 1,
    });
  });

  it('migrates PostgreSQL as IRR_MIGRATION_DATABASE_URL, which needs DATABASE_URL to name its role', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://irr_app:app-secret@db.internal/irr',
        IRR_MIGRATION_DATABASE_URL: 'postgres://irr_owner:owner-secret@db.internal/irr',
      }),
    ).toMatchObject({
      ok: true,
      config: {
        database: {
          kind: 'postgres',
          url: 'postgres://irr_app:app-secret@db.internal/irr',
          migrationUrl: 'postgres://irr_owner:owner-secret@db.internal/irr',
        },
      },
    });
    const alone = loadConfig({ IRR_MIGRATION_DATABASE_URL: 'postgres://irr_owner:s3cret@db/irr' });
    expect(alone).toMatchObject({
      ok: false,
      problems: [{ variable: 'IRR_MIGRATION_DATABASE_URL' }],
    });
    expect(!alone.ok && alone.message).not.toContain('s3cret');
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://db.internal/irr',
        IRR_MIGRATION_DATABASE_URL: 'postgres://irr_owner@db.internal/irr',
      }),
    ).toMatchObject({ ok: false, problems: [{ variable: 'DATABASE_URL' }] });
    expect(
      loadConfig({
        IRR_MIGRATION_DATABASE_URL: 'mysql://x@db/irr',
        DATABASE_URL: 'postgres://a@db/irr',
      }),
    ).toMatchObject({ ok: false, problems: [{ variable: 'IRR_MIGRATION_DATABASE_URL' }] });
  });

  it('treats blank variables as unset', () => {
    const result = loadConfig({ IRR_PORT: '', DATABASE_URL: ' ', IRR_PUBLIC_ORIGIN: '' });
    expect(result.ok && result.config).toMatchObject({
      port: 3000,
      database: { kind: 'pglite' },
      publicOrigin: null,
    });
  });

  it('names every bad variable at once, without echoing a database URL that may hold a password', () => {
    const result = loadConfig({
      IRR_PORT: '70000',
      DATABASE_URL: 'mysql://root:hunter2@db/irr',
      IRR_PUBLIC_ORIGIN: 'https://register.example.org/admin',
      IRR_LOG_LEVEL: 'chatty',
      IRR_TRUST_PROXY: 'sometimes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.variable)).toEqual([
      'IRR_PORT',
      'DATABASE_URL',
      'IRR_PUBLIC_ORIGIN',
      'IRR_LOG_LEVEL',
      'IRR_TRUST_PROXY',
    ]);
    expect(result.message).toContain('IRR_PORT must be 0 to 65535');
    expect(result.message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(result.message).toContain('IRR_PUBLIC_ORIGIN must be an origin');
    expect(result.message).not.toContain('hunter2');
  });

  it('takes the public cache budget in megabytes, 0 for none', () => {
    expect(loadConfig({ IRR_PUBLIC_CACHE_MB: '0' })).toMatchObject({
      config: { publicCacheMb: 0 },
    });
    expect(loadConfig({ IRR_PUBLIC_CACHE_MB: '256' })).toMatchObject({
      config: { publicCacheMb: 256 },
    });
    const bad = loadConfig({ IRR_PUBLIC_CACHE_MB: 'lots' });
    expect(!bad.ok && bad.message).toContain(
      'IRR_PUBLIC_CACHE_MB must be a whole number of megabytes',
    );
  });

  it('takes how long a claimed mail is held, in seconds (5 minutes unless set)', () => {
    expect(loadConfig({})).toMatchObject({ config: { mail: { claimSeconds: 300 } } });
    expect(loadConfig({ IRR_MAIL_CLAIM_SECONDS: '30' })).toMatchObject({
      config: { mail: { claimSeconds: 30 } },
    });
    for (const v of ['0', 'soon', '100000']) {
      const bad = loadConfig({ IRR_MAIL_CLAIM_SECONDS: v });
      expect(!bad.ok && bad.message).toContain('IRR_MAIL_CLAIM_SECONDS must be');
    }
  });

  it('takes how often each server looks for due mail, in seconds (every minute unless set)', () => {
    expect(loadConfig({})).toMatchObject({ config: { mail: { everySeconds: 60 } } });
    expect(loadConfig({ IRR_NOTIFY_EVERY_SECONDS: '5' })).toMatchObject({
      config: { mail: { everySeconds: 5 } },
    });
    for (const v of ['0', 'often', '1.5', '100000']) {
      const bad = loadConfig({ IRR_NOTIFY_EVERY_SECONDS: v });
      expect(!bad.ok && bad.message).toContain('IRR_NOTIFY_EVERY_SECONDS must be');
    }
  });

  it('takes IRR_TRUST_PROXY as true/false or the number of proxies in front', () => {
    const hops = (v: string) => {
      const result = loadConfig({ IRR_TRUST_PROXY: v });
      return result.ok ? result.config.trustProxy : result.message;
    };
    expect([hops('false'), hops('no'), hops('0'), hops('')]).toEqual([0, 0, 0, 0]);
    expect([hops('TRUE'), hops('yes'), hops('1'), hops('2')]).toEqual([1, 1, 1, 2]);
    expect(hops('all')).toContain(
      'IRR_TRUST_PROXY must be false, true or a number of proxies (0 to 9)',
    );
  });

  it('takes each rate limit as requests/seconds per client address', () => {
    expect(
      loadConfig({ IRR_RATE_LIMIT_SIGN_IN: '5/300', IRR_RATE_LIMIT_OPEN_DATA: '100/3600' }),
    ).toMatchObject({
      config: {
        rateLimits: {
          'sign-in': { limit: 5, windowSeconds: 300 },
          search: { limit: 60, windowSeconds: 60 },
          'open-data': { limit: 100, windowSeconds: 3600 },
          alerts: { limit: 20, windowSeconds: 3600 },
        },
      },
    });
    const bad = loadConfig({
      IRR_RATE_LIMIT_SEARCH: '60 per minute',
      IRR_RATE_LIMIT_SIGN_IN: '5/0',
    });
    expect(!bad.ok && bad.problems.map((p) => p.variable)).toEqual([
      'IRR_RATE_LIMIT_SIGN_IN',
      'IRR_RATE_LIMIT_SEARCH',
    ]);
    expect(!bad.ok && bad.message).toContain(
      'IRR_RATE_LIMIT_SEARCH must be requests/seconds, e.g. 20/60',
    );
    expect(!bad.ok && bad.message).toContain(
      'IRR_RATE_LIMIT_SIGN_IN must have a window of at least 1 second',
    );
  });

  it('refuses a port that is not a number', () => {
    const result = loadConfig({ IRR_PORT: '3000abc' });
    expect(!result.ok && result.message).toContain('IRR_PORT must be a whole number');
  });
});
