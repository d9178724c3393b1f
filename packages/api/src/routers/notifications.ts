import { DigestFrequency, NotificationKind } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';
import { listMyNotifications } from '../use-cases/notifications/list-my-notifications.js';
import { listOutbox } from '../use-cases/notifications/list-outbox.js';
import { markNotificationsReadFor } from '../use-cases/notifications/mark-notifications-read.js';
import { setMyDigest } from '../use-cases/notifications/set-my-digest.js';

/** The signed-in person's own notifications and digest choice: nobody sees another's. */
export const notificationsRouter = router({
  mine: staffProcedure
    .output(
      z.object({
        unread: z.number().int(),
        digest: DigestFrequency,
        items: z.array(
          z.object({
            id: Uuid,
            kind: NotificationKind,
            line: z.string(),
            link: z.string(),
            createdAt: WireInstant,
            read: z.boolean(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => listMyNotifications(ctx.useCase)),

  /** These of mine read (ids), or all of mine (null). */
  markRead: staffProcedure
    .input(z.object({ ids: z.array(Uuid).max(500).nullable() }))
    .output(z.object({ marked: z.number().int() }))
    .mutation(({ ctx, input }) => markNotificationsReadFor(ctx.useCase, input)),

  /** Admins: the mail sent to their organisations' people (to read it where no SMTP server is set). */
  outbox: staffProcedure
    .output(
      z.array(
        z.object({
          id: z.number().int(),
          to: z.string(),
          subject: z.string(),
          text: z.string(),
          sentAt: WireInstant.nullable(),
          attempts: z.number().int(),
        }),
      ),
    )
    .query(({ ctx }) => listOutbox(ctx.useCase)),

  setDigest: staffProcedure
    .input(z.object({ digest: DigestFrequency }))
    .output(z.object({ digest: DigestFrequency }))
    .mutation(({ ctx, input }) => setMyDigest(ctx.useCase, input)),
});
