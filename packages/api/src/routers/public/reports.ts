import { z } from 'zod';
import { publicProcedure } from '../../trpc.js';
import { listReports, ReportList } from '../../use-cases/public/list-reports.js';

/** Every report a response has been published to, newest first: the register of reports. */
export const reports = publicProcedure
  .input(z.void())
  .output(ReportList)
  .query(({ ctx }) => listReports(ctx));
