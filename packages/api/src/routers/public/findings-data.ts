import { FindingFilters } from '@irr/domain';
import { z } from 'zod';
import { publicProcedure, rateLimited } from '../../trpc.js';
import { exportFindings } from '../../use-cases/public/export-findings.js';
import { PublicFindingRow } from '../../use-cases/public/public-finding.js';

/** The findings open data (CSV and JSON downloads). */
export const findingsData = publicProcedure
  .use(rateLimited('open-data'))
  .input(FindingFilters)
  .output(z.array(PublicFindingRow))
  .query(({ ctx, input }) => exportFindings(ctx, input));
