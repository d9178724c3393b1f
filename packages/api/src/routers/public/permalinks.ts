import { z } from 'zod';
import { publicProcedure } from '../../trpc.js';
import { listPermalinks, Permalinks } from '../../use-cases/public/list-permalinks.js';

/** Every force, report, response and finding page: the sitemap. */
export const permalinks = publicProcedure
  .input(z.void())
  .output(Permalinks)
  .query(({ ctx }) => listPermalinks(ctx));
