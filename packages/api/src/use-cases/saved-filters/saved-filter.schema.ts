import { SavedFindingsQuery } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';

const SavedFilterName = z
  .string()
  .trim()
  .min(1, 'Give the filter a name')
  .max(80, 'A filter name is at most 80 characters');

export const SaveFilterInput = z.object({ name: SavedFilterName, query: SavedFindingsQuery });
export type SaveFilterInput = z.infer<typeof SaveFilterInput>;

export const SavedFilter = z.object({
  id: Uuid,
  name: z.string(),
  query: SavedFindingsQuery,
  createdAt: WireInstant,
});
