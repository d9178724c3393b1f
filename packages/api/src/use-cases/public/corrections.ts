import type { Db } from '@irr/db';
import { listCorrections } from '@irr/db/read-models';
import { organisationsByIds } from '@irr/db/repositories';
import {
  CalendarDate,
  dateCorrections,
  londonDateOf,
  RecordedDateField,
  ReportDetailField,
  reportDetailCorrections,
  type DateCorrection,
  type ReportDetailCorrection,
} from '@irr/domain';
import { z } from 'zod';

/** A recorded date corrected after publication, as the public page lists it. */
const PublicDateCorrection = z.object({
  correctedOn: CalendarDate,
  field: RecordedDateField,
  from: CalendarDate,
  to: CalendarDate.nullable(),
});

/**
 * A report detail corrected after the response was published: a date as YYYY-MM-DD, the type as
 * its value, the forces as their names joined by commas; null where it was not given.
 */
const PublicReportDetailCorrection = z.object({
  correctedOn: CalendarDate,
  field: ReportDetailField,
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const Correction = z.union([PublicDateCorrection, PublicReportDetailCorrection]);
type Correction = z.input<typeof Correction>;

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/**
 * Every correction the record's public page lists, oldest first: of its recorded dates, and of
 * its report's details made after it was first published. The values only, never who.
 */
export async function publicCorrections(db: Db, recordId: string): Promise<Correction[]> {
  const found = (await listCorrections(db, recordId)).flatMap(
    (e): ((DateCorrection | ReportDetailCorrection) & { at: Date })[] => {
      const [before, after] = [asObject(e.before), asObject(e.after)];
      return e.action === 'record.dates_corrected'
        ? dateCorrections(before, after).map((c) => ({ at: e.at, ...c }))
        : reportDetailCorrections(before, after).map((c) => ({ at: e.at, ...c }));
    },
  );
  const forceIds = found.flatMap((c) => (c.field === 'forces' ? [...c.from, ...c.to] : []));
  const names = new Map(
    (await organisationsByIds(db, [...new Set(forceIds)])).map((o) => [o.id, o.name]),
  );
  const forceNames = (ids: string[]) =>
    ids.length === 0
      ? null
      : ids
          .flatMap((id) => names.get(id) ?? [])
          .sort()
          .join(', ');
  return found.map(({ at, ...c }) => ({
    correctedOn: londonDateOf(at),
    ...(c.field === 'forces' ? { ...c, from: forceNames(c.from), to: forceNames(c.to) } : c),
  }));
}
