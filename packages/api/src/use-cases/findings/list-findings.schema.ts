import { FindingSort, SortDirection } from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../../schemas.js';
import { DueFinding } from '../dashboard/dashboard-summary.schema.js';

/** A finding in the list: as the dashboard's, its target date perhaps unset, with its organisation. */
const FindingsListItem = DueFinding.extend({
  targetDate: z.string().nullable(),
  /** Days since the target date of a finding still open and past it; null otherwise. */
  daysOverdue: z.number().int().nullable(),
  reportId: Uuid,
  organisationId: Uuid,
  organisationName: z.string(),
});

/** One page of the findings list, with the sort it was given in and the total the filter keeps. */
export const FindingsList = z.object({
  today: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  sort: FindingSort,
  dir: SortDirection,
  items: z.array(FindingsListItem),
});
export type FindingsList = z.infer<typeof FindingsList>;
