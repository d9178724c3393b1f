import { eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, sessionCookieOf, startTestServer } from './test-server.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let h: Harness;

beforeAll(async () => {
  h = await startTestServer();
});
afterAll(async () => {
  await h.close();
});

async function me(cookie: string | null) {
  const res = await fetch(h.url('/trpc/auth.me'), { headers: cookie ? { cookie } : {} });
  const body = (await res.json()) as {
    result: { data: { email: string; displayName: string } | null };
  };
  return { res, user: body.result.data };
}

async function sessionCount(): Promise<number> {
  return (await h.db.select().from(schema.sessions).where(eq(schema.sessions.userId, h.user.id)))
    .length;
}

describe('signing in and out over HTTP', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie, without Secure over plain http', async () => {
    const res = await h.signIn();
    expect(res.status).toBe(200);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^irr_session=[A-Za-z0-9_-]{20,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toMatch(/Expires=\w{3}, \d{2} \w{3} \d{4}/);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('knows the user on later requests that carry the cookie, and no one without it', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const signedIn = await me(cookie);
    expect(signedIn.user).toMatchObject({
      email: 'editor@example.org',
      displayName: 'Edith Editor',
    });
    expect(signedIn.res.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.res.headers.get('etag')).toBeNull();
    expect((await me(null)).user).toBeNull();
    expect((await me('irr_session=not-a-real-token-at-all')).user).toBeNull();
  });

  it('refuses a wrong password without setting a cookie', async () => {
    const res = await h.signIn('not the password at all');
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('accepts the void-input sign-out as the tRPC client sends it (no body), and ends the session on the server', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const res = await fetch(h.url('/trpc/auth.signOut'), {
      method: 'POST',
      headers: h.mutationHeaders({ cookie }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toMatch(/^irr_session=;.*Max-Age=0/);
    // Replaying the old cookie (as a thief who copied it would) no longer works.
    expect((await me(cookie)).user).toBeNull();
  });

  it('never logs passwords, session tokens or cookies', async () => {
    const wrong = 'Wr0ng-but-memorable-secret-phrase';
    await h.signIn(wrong);
    const cookie = sessionCookieOf(await h.signIn());
    await me(cookie);
    const token = cookie.split('=')[1]!;
    const all = h.logs.lines.join('\n');
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(token);
    expect(all).not.toContain('irr_session');
    // The refusal of the wrong password is logged at debug, by code alone.
    expect(h.logs.entries()).toContainEqual(
      expect.objectContaining({
        level: 'debug',
        msg: 'procedure refused',
        procedure: 'auth.signIn',
        code: 'UNAUTHORIZED',
      }),
    );
    const request = h.logs.entries().find((e) => e.path === '/trpc/auth.signIn');
    expect(request).toMatchObject({ level: 'info', msg: 'request', method: 'POST' });
    expect(typeof request?.status).toBe('number');
    expect(typeof request?.ms).toBe('number');
    expect(request?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CSRF protection for mutations', () => {
  it('refuses a mutation without the x-irr-csrf header, and nothing changes', async () => {
    const before = await sessionCount();
    const res = await fetch(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: h.server.url },
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { error } = (await res.json()) as {
      error: { message: string; data: { domainCode: string } };
    };
    expect(error.message).toMatch(/x-irr-csrf/);
    expect(error.data.domainCode).toBe('CSRF_REFUSED');
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a mutation from a foreign Origin even with the header, and the session survives', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const res = await fetch(h.url('/trpc/auth.signOut'), {
      method: 'POST',
      headers: h.mutationHeaders({ cookie, origin: 'https://evil.example' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /another site/,
    );
    expect((await me(cookie)).user).not.toBeNull();
  });

  it('refuses a mutation that names no Origin or Referer', async () => {
    const res = await fetch(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-irr-csrf': '1' },
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it('falls back to the Referer when there is no Origin', async () => {
    const init = (referer: string) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-irr-csrf': '1', referer },
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
    });
    expect(
      (await fetch(h.url('/trpc/auth.signIn'), init(`${h.server.url}/admin/sign-in`))).status,
    ).toBe(200);
    expect(
      (await fetch(h.url('/trpc/auth.signIn'), init('https://evil.example/page'))).status,
    ).toBe(403);
  });

  it('lets queries through without the header', async () => {
    expect((await fetch(h.url('/trpc/public.organisations'))).status).toBe(200);
  });
});
