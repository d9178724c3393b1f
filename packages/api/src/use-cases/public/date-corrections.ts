import type { Db } from '@irr/db';
import { listDateCorrections } from '@irr/db/read-models';
import { CalendarDate, dateCorrections, londonDateOf, RecordedDateField } from '@irr/domain';
import { z } from 'zod';

/** A recorded date corrected after publication, as the public page lists it. */
export const DateCorrection = z.object({
  correctedOn: CalendarDate,
  field: RecordedDateField,
  from: CalendarDate,
  to: CalendarDate.nullable(),
});

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/** Every correction of the record's recorded dates, oldest first: the dates only, never who. */
export async function publicDateCorrections(
  db: Db,
  recordId: string,
): Promise<z.input<typeof DateCorrection>[]> {
  const events = await listDateCorrections(db, recordId);
  return events.flatMap((e) =>
    dateCorrections(asObject(e.before), asObject(e.after)).map((c) => ({
      correctedOn: londonDateOf(e.at),
      ...c,
    })),
  );
}
