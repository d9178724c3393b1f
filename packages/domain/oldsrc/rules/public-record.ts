import type { ResponseRecord } from '../model/index.js';

/**
 * What the public may see of a record when it is published: public updates only. Owners, target
 * dates and internal notes are not part of a record's text, so they never reach a snapshot.
 */
export function publicRecord(record: ResponseRecord): ResponseRecord {
  return {
    ...record,
    findings: record.findings.map((f) => ({
      ...f,
      updates: f.updates.filter((u) => u.visibility === 'public'),
    })),
  };
}
