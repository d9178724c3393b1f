import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { AlertFrequency, AlertSubscription, AlertToken, type AlertTarget } from '@irr/domain';
import { renderPortalPage, type FormProblem, type PortalView } from '@irr/public/server';
import { send, type Reply } from '../send.js';
import { retryAfterOf } from '../too-many-requests.js';
import { alertsApiFor, type AlertsApi } from './api.js';
import { portalAssets, setAssetRoot } from './assets.js';
import type { PortalOptions } from './index.js';

/** A form's body is a few fields: anything larger is not one of ours (Fastify refuses it, 413). */
export const FORM_LIMIT = 8 * 1024;

type Outcome = { status: number; view: PortalView; headers?: Record<string, string> };

/**
 * The followed thing named by the subscribe page's query (or its form's hidden fields). A finding is named
 * by its address's parts (`force`, `response`, `finding`); links made before responses had their own slugs
 * said `report` for the response, and still work.
 */
function targetOf(fields: URLSearchParams): AlertTarget | null {
  const force = fields.get('force');
  const report = fields.get('report');
  const response = fields.get('response') ?? (fields.get('finding') ? report : null);
  const finding = fields.get('finding');
  if (force && response && finding)
    return { kind: 'finding', organisationSlug: force, responseSlug: response, ref: finding };
  if (force && !report && !response && !finding) return { kind: 'force', organisationSlug: force };
  if (report && !force && !response && !finding) return { kind: 'report', reportSlug: report };
  return null;
}

function targetFields(target: AlertTarget): [string, string][] {
  if (target.kind === 'force') return [['force', target.organisationSlug]];
  if (target.kind === 'report') return [['report', target.reportSlug]];
  return [
    ['force', target.organisationSlug],
    ['response', target.responseSlug],
    ['finding', target.ref],
  ];
}

const notFound: Outcome = { status: 404, view: { view: 'not-found' } };

/** The subscribe page, with the form's problem and what was typed when it comes back. */
async function subscribePage(
  api: AlertsApi,
  fields: URLSearchParams,
  problem: FormProblem | null,
): Promise<Outcome> {
  const target = targetOf(fields);
  const parsed = target && AlertSubscription.shape.target.safeParse(target);
  if (!parsed?.success) return notFound;
  const named = await api.target(parsed.data);
  const frequency = AlertFrequency.safeParse(fields.get('frequency'));
  return {
    status: problem ? 400 : 200,
    view: {
      view: 'alerts',
      target: { ...named, fields: targetFields(parsed.data) },
      problem,
      email: fields.get('email') ?? '',
      frequency: frequency.success ? frequency.data : 'immediate',
    },
  };
}

/** The form's own words for what is wrong with the address (GOV.UK's email address pattern). */
function emailProblem(email: string): FormProblem | null {
  if (email.trim() === '') return { field: 'email', message: 'Enter your email address' };
  return AlertSubscription.shape.email.safeParse(email).success
    ? null
    : {
        field: 'email',
        message: 'Enter an email address in the correct format, like name@example.com',
      };
}

async function subscribe(api: AlertsApi, form: URLSearchParams): Promise<Outcome> {
  const problem =
    emailProblem(form.get('email') ?? '') ??
    (AlertFrequency.safeParse(form.get('frequency')).success
      ? null
      : { field: 'frequency' as const, message: 'Choose how often you want to hear' });
  if (problem) return subscribePage(api, form, problem);
  const target = targetOf(form);
  const input = AlertSubscription.safeParse({
    email: form.get('email'),
    frequency: form.get('frequency'),
    target,
  });
  if (!input.success) return notFound;
  const { target: label } = await api.subscribe(input.data);
  return { status: 200, view: { view: 'alerts-check-email', target: label } };
}

/** A link's token from the form, else the address (RFC 8058's POST carries it in the address). */
function tokenOf(query: URLSearchParams, form: URLSearchParams): string | null {
  const token = AlertToken.safeParse(form.get('token') ?? query.get('token'));
  return token.success ? token.data : null;
}

const badLink = (message: string): Outcome => ({
  status: 404,
  view: { view: 'alerts-link-invalid', message },
});
const NOT_OURS = 'This is not a link this register sent. Check that you copied all of it.';

async function outcomeOf(
  req: IncomingMessage,
  path: string,
  api: AlertsApi,
  query: URLSearchParams,
  body: string,
): Promise<Outcome | null> {
  const post = req.method === 'POST';
  const form = new URLSearchParams(post ? body : '');
  const token = tokenOf(query, form);
  if (path === '/alerts') return post ? subscribe(api, form) : subscribePage(api, query, null);
  if (path === '/alerts/confirm') {
    if (!token) return badLink(NOT_OURS);
    if (!post) return { status: 200, view: { view: 'alerts-confirm', token } };
    const { confirmed } = await api.confirm({ token });
    return { status: 200, view: { view: 'alerts-confirmed', confirmed } };
  }
  if (path === '/alerts/unsubscribe') {
    if (!token) return badLink(NOT_OURS);
    if (!post) return { status: 200, view: { view: 'alerts-unsubscribe', token } };
    await api.unsubscribe({ token });
    return { status: 200, view: { view: 'alerts-unsubscribed' } };
  }
  return null;
}

/** Refused before any page: too many forms from the address (429). */
function refusalOf(e: unknown): Reply | null {
  const retryAfter = retryAfterOf(e);
  if (retryAfter === null) return null;
  return {
    status: 429,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(retryAfter),
    },
    body: `${(e as Error).message}\n`,
  };
}

/**
 * The email-alert pages: the subscribe form (GET shows it, POST asks for the confirmation mail), and the
 * confirm and unsubscribe links, whose GET shows a button and whose POST acts, so a mail scanner opening
 * links changes nothing while a mail client's RFC 8058 one-click POST unsubscribes at once. Never cached:
 * they answer one person. False when the path is not one of them.
 */
export async function handleAlerts(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  options: PortalOptions,
  /** A POSTed form's body, as Fastify read it (urlencoded, within FORM_LIMIT). */
  form: string,
): Promise<boolean> {
  const bare = path.replace(/\/+$/, '') || '/';
  if (!/^\/alerts(\/confirm|\/unsubscribe)?$/.test(bare)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return false;
  if (!existsSync(options.root)) return false;
  setAssetRoot(options.root);
  const api = alertsApiFor(req, options);
  const query = new URL(req.url ?? '/', 'http://x').searchParams;
  let outcome: Outcome;
  try {
    outcome = (await outcomeOf(req, bare, api, query, form)) ?? notFound;
  } catch (e) {
    const refusal = refusalOf(e);
    if (refusal) {
      await send(req, res, refusal);
      return true;
    }
    if (!(e instanceof TRPCError) || (e.code !== 'NOT_FOUND' && e.code !== 'BAD_REQUEST')) throw e;
    // A link's address the register does not know, or a form about something that is not public.
    outcome = e.code === 'NOT_FOUND' && bare !== '/alerts' ? badLink(e.message) : notFound;
  }
  const body = renderPortalPage(outcome.view, portalAssets(), {
    origin: options.linkOrigin,
    path: bare,
  });
  await send(req, res, {
    status: outcome.status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The tokens in these addresses must not travel to other sites in a Referer.
      'referrer-policy': 'no-referrer',
    },
    body,
  });
  return true;
}
