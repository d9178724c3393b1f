import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as domain from '../index.js';

// Every enum the domain exports, with the labels people read for it. A new enum fails the first test
// until it is given labels here (and in labels.ts).
const LABELS_OF: Record<string, Readonly<Record<string, string>>> = {
  AcceptancePosition: domain.ACCEPTANCE_LABELS,
  AlertFrequency: domain.ALERT_FREQUENCY_LABELS,
  AlertTargetKind: domain.ALERT_TARGET_KIND_LABELS,
  AuditAction: domain.AUDIT_ACTION_LABELS,
  AuditEntityType: domain.AUDIT_ENTITY_TYPE_LABELS,
  BlockPlacement: domain.BLOCK_PLACEMENT_LABELS,
  CauseOfConcernStatus: domain.CAUSE_OF_CONCERN_STATUS_LABELS,
  DiagnosticSeverity: domain.DIAGNOSTIC_SEVERITY_LABELS,
  DigestFrequency: domain.DIGEST_FREQUENCY_LABELS,
  FacetName: domain.FACET_NAME_LABELS,
  FindingDue: domain.FINDING_DUE_LABELS,
  FindingKind: domain.FINDING_KIND_LABELS,
  FindingSort: domain.FINDING_SORT_LABELS,
  FindingStatus: domain.FINDING_STATUS_LABELS,
  GradeScale: domain.GRADE_SCALE_LABELS,
  GradeValue: domain.GRADE_VALUE_LABELS,
  InspectionType: domain.INSPECTION_TYPE_LABELS,
  NotificationKind: domain.NOTIFICATION_KIND_LABELS,
  NoTimeLimitReason: domain.NO_TIME_LIMIT_REASON_LABELS,
  Office: domain.OFFICE_LABELS,
  OrganisationKind: domain.ORGANISATION_KIND_LABELS,
  PublicationStatus: domain.PUBLICATION_STATUS_LABELS,
  RecordQueue: domain.RECORD_QUEUE_LABELS,
  RecordedDateField: domain.RECORDED_DATE_LABELS,
  ReportDetailField: domain.REPORT_DETAIL_LABELS,
  ReviewHeaderField: domain.REVIEW_HEADER_FIELD_LABELS,
  Role: domain.ROLE_LABELS,
  SortDirection: domain.SORT_DIRECTION_LABELS,
  UpdateAuthor: domain.UPDATE_AUTHOR_LABELS,
  DatePrecision: domain.DATE_PRECISION_LABELS,
  Visibility: domain.VISIBILITY_LABELS,
};

const enums: [string, readonly string[]][] = Object.entries(domain).flatMap(([name, value]) =>
  value instanceof z.ZodEnum ? [[name, value.options as string[]]] : [],
);

describe('labels', () => {
  it('exist for every enum the domain exports', () => {
    expect(enums.map(([name]) => name).sort()).toEqual(Object.keys(LABELS_OF).sort());
  });

  it.each(enums)('give every value of %s a label, and nothing else', (name, values) => {
    const labels = LABELS_OF[name] ?? {};
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value]?.trim()).toBeTruthy();
  });

  it('are distinct within each enum, so no two values read the same', () => {
    for (const labels of Object.values(LABELS_OF)) {
      const words = Object.values(labels);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
