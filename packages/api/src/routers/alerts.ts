import { AlertSubscription, AlertTarget, AlertToken } from '@irr/domain';
import { z } from 'zod';
import { resolveAlertTarget } from '../use-cases/alerts/alert-target.js';
import { confirmAlerts } from '../use-cases/alerts/confirm-alerts.js';
import { subscribeToAlerts } from '../use-cases/alerts/subscribe-to-alerts.js';
import { unsubscribeFromAlerts } from '../use-cases/alerts/unsubscribe-from-alerts.js';
import { publicProcedure, rateLimited, router } from '../trpc.js';

/**
 * Email alerts for the public, without an account: ask (double opt-in), confirm by the mailed link,
 * unsubscribe in one click. Anonymous like the portal; the forms that send mail are rate-limited per
 * address, and nothing here ever answers with an address or says whether one is subscribed.
 */
export const alertsRouter = router({
  /** What the subscribe page names: a public force, report or finding; NOT_FOUND for anything else. */
  target: publicProcedure
    .input(AlertTarget)
    .output(z.object({ label: z.string(), path: z.string() }))
    .query(async ({ ctx, input }) => {
      const { label, path } = await resolveAlertTarget(ctx.db, input);
      return { label, path };
    }),

  subscribe: publicProcedure
    .use(rateLimited('alerts'))
    .input(AlertSubscription)
    .output(z.object({ target: z.string() }))
    .mutation(({ ctx, input }) => subscribeToAlerts(ctx, input)),

  /** ALERT_LINK_INVALID when the link was used or has expired. */
  confirm: publicProcedure
    .use(rateLimited('alerts'))
    .input(z.object({ token: AlertToken }))
    .output(z.object({ confirmed: z.number().int() }))
    .mutation(({ ctx, input }) => confirmAlerts(ctx, input.token)),

  unsubscribe: publicProcedure
    .input(z.object({ token: AlertToken }))
    .output(z.object({ deleted: z.boolean() }))
    .mutation(({ ctx, input }) => unsubscribeFromAlerts(ctx, input.token)),
});
