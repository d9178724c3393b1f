import { publicProcedure } from '../../trpc.js';
import {
  readPublishedRecord,
  PublishedRecord,
  PublishedRecordInput,
} from '../../use-cases/public/read-published-record.js';

/** A published response by record id, for JSON clients (the portal reads it by permalink: `response`). */
export const record = publicProcedure
  .input(PublishedRecordInput)
  .output(PublishedRecord)
  .query(({ ctx, input }) => readPublishedRecord(ctx, input));
