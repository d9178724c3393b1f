/** Staff requests over HTTP as the admin app makes them: a session cookie and the CSRF header. */

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: headers(base),
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith('irr_session='))!
    .split(';')[0]!;
}
const headers = (base: string, cookie?: string) => ({
  'content-type': 'application/json',
  'x-irr-csrf': '1',
  origin: base,
  ...(cookie && { cookie }),
});

export async function trpcGet<T>(
  base: string,
  path: string,
  input: unknown,
  cookie: string,
): Promise<T> {
  const res = await fetch(
    `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    { headers: headers(base, cookie) },
  );
  const body = (await res.json()) as { result?: { data: T } };
  if (!body.result) throw new Error(`${path} answered ${res.status}`);
  return body.result.data;
}
export async function trpcPost(
  base: string,
  path: string,
  input: unknown,
  cookie: string,
): Promise<{ status: number; code: string | null }> {
  try {
    const res = await fetch(`${base}/trpc/${path}`, {
      method: 'POST',
      headers: headers(base, cookie),
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { error?: { data?: { code?: string } } };
    return { status: res.status, code: body.error?.data?.code ?? null };
  } catch (e) {
    return { status: 0, code: `NETWORK: ${(e as Error).message}` };
  }
}
