import { CalendarDate, londonDateOf } from '@irr/domain';
import { z } from 'zod';
import { publicProcedure } from '../../trpc.js';

/** The register's calendar date (London), against which overdue and due dates are judged. */
export const today = publicProcedure
  .input(z.void())
  .output(CalendarDate)
  .query(({ ctx }) => londonDateOf(ctx.now()));
