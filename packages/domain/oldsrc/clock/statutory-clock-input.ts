import { z } from 'zod';
import { CalendarDate } from '../model/index.js';
import { compareDates } from './calendar-date.js';

const optionalDate = CalendarDate.nullish();

/** What the office records about one report's s55 response for one force. */
export const StatutoryClockInput = z
  .object({
    reportPublishedOn: CalendarDate,
    chiefOfficerCommentsRequestedOn: optionalDate,
    chiefOfficerCommentsDueOn: optionalDate,
    chiefOfficerCommentsReceivedOn: optionalDate,
    firstPublishedOn: optionalDate,
    sentToHmicfrsOn: optionalDate,
    sentToHomeSecretaryOn: optionalDate,
    notRequired: z
      .object({
        reason: z.string().trim().min(1, 'give the reason no response is required').max(2000),
      })
      .nullish(),
  })
  .superRefine((input, ctx) => {
    const mustNotPrecede = (
      field: keyof typeof input,
      earlier: string | null | undefined,
      message: string,
    ): void => {
      const later = input[field];
      if (typeof later === 'string' && earlier && compareDates(later, earlier) < 0) {
        ctx.addIssue({ code: 'custom', path: [field], message, params: { code: 'DATE_ORDER' } });
      }
    };
    const requested = input.chiefOfficerCommentsRequestedOn;
    mustNotPrecede(
      'chiefOfficerCommentsDueOn',
      requested,
      'the comments cannot be due before they were requested',
    );
    mustNotPrecede(
      'chiefOfficerCommentsReceivedOn',
      requested,
      'the comments cannot arrive before they were requested',
    );
    mustNotPrecede(
      'firstPublishedOn',
      input.reportPublishedOn,
      'the response cannot be published before the report',
    );
    for (const field of ['sentToHmicfrsOn', 'sentToHomeSecretaryOn'] as const) {
      if (!input[field]) continue;
      if (!input.firstPublishedOn) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'the response is sent after it is published: give the publication date first',
          params: { code: 'DATE_ORDER' },
        });
      }
      mustNotPrecede(
        field,
        input.firstPublishedOn,
        'the response cannot be sent before it was published',
      );
    }
    if (input.notRequired && input.firstPublishedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['notRequired'],
        message: 'a published response cannot also be marked not required',
        params: { code: 'CONTRADICTION' },
      });
    }
  });
export type StatutoryClockInput = z.input<typeof StatutoryClockInput>;
