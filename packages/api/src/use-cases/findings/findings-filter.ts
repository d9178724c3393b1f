import type { FindingsListFilter } from '@irr/db/read-models';
import {
  addDays,
  DEFAULT_DUE_WITHIN_DAYS,
  type CalendarDate,
  type FindingsQuery,
} from '@irr/domain';
import { readableOrganisations, type Actor } from '../context.js';

/**
 * A findings-list query as the read model's filter: the organisations the actor may read (one,
 * if the query names it: FORBIDDEN unless a member), `me` as the actor's id, and due windows as
 * dates from today. Null when nothing can match (no organisations; `me` for the operator, who is
 * no account).
 */
export function findingsFilterOf(
  actor: Actor,
  query: FindingsQuery,
  today: CalendarDate,
): FindingsListFilter | null {
  const organisationIds = readableOrganisations(actor, query.organisationId);
  if (organisationIds?.length === 0) return null;
  if (query.owner === 'me' && actor.id === null) return null;
  const ownerUserId =
    query.owner === undefined
      ? undefined
      : query.owner === 'nobody'
        ? null
        : query.owner === 'me'
          ? actor.id!
          : query.owner;
  return {
    organisationIds,
    statuses: query.status,
    kinds: query.kind,
    ownerUserId,
    team: query.team,
    reportId: query.reportId,
    due: dueWindow(query, today),
  };
}

function dueWindow(query: FindingsQuery, today: CalendarDate): FindingsListFilter['due'] {
  switch (query.due) {
    case undefined:
      return undefined;
    case 'none':
      return { kind: 'none' };
    case 'overdue':
      return { kind: 'overdue', today };
    case 'today':
      return { kind: 'between', from: today, to: today };
    case 'within':
      return {
        kind: 'between',
        from: today,
        to: addDays(today, query.days ?? DEFAULT_DUE_WITHIN_DAYS),
      };
  }
}
