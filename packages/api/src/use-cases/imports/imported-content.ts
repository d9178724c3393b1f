import type { ResponseRecord } from '@irr/domain';

/** The record's own fields an import writes (its findings are written one by one). */
export function importedContent(record: ResponseRecord) {
  return {
    documentVersion: record.documentVersion,
    commissioner: record.commissioner,
    chiefOfficer: record.chiefOfficer,
    summary: record.summary,
    grades: record.grades,
    commissionerComments: record.commissionerComments,
    chiefOfficerComments: record.chiefOfficerComments,
  };
}
