import { publicProcedure } from '../../trpc.js';
import {
  Compliance,
  ComplianceInput,
  readCompliance,
} from '../../use-cases/public/read-compliance.js';

/** Compliance at a glance, for every force or one, over a period: the compliance pages and their downloads. */
export const compliance = publicProcedure
  .input(ComplianceInput)
  .output(Compliance)
  .query(({ ctx, input }) => readCompliance(ctx, input));
