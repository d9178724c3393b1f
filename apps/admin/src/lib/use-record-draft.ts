import type { Grade } from '@irr/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormError } from '../components/form/ErrorSummary';
import { useStoreRecord } from './record-cache';
import { useTRPC, type StaffRecord } from './trpc';
import { useVersionedDraft } from './use-versioned-draft';

/** The record's own fields, as the record page edits them. */
export interface RecordFields {
  summary: string;
  commissionerComments: string;
  chiefOfficerComments: string;
  commissionerName: string;
  commissionerTitle: string;
  chiefOfficerName: string;
  chiefOfficerTitle: string;
  documentVersion: string;
  grades: Grade[];
}

function fieldsOf(r: StaffRecord): RecordFields {
  return {
    summary: r.record.summary,
    commissionerComments: r.record.commissionerComments,
    chiefOfficerComments: r.record.chiefOfficerComments,
    commissionerName: r.record.commissioner.name,
    commissionerTitle: r.record.commissioner.title,
    chiefOfficerName: r.record.chiefOfficer.name,
    chiefOfficerTitle: r.record.chiefOfficer.title,
    documentVersion: r.record.documentVersion ?? '',
    grades: r.record.grades,
  };
}

/** The forms of the record page that save the record's own fields. */
export type RecordSection = 'top' | 'comments';

/**
 * The record's own fields as one draft (`useVersionedDraft`), shared by its two forms (the top and
 * the comments), each sending only what was changed.
 */
export function useRecordDraft(record: StaffRecord) {
  const trpc = useTRPC();
  const storeRecord = useStoreRecord();
  const d = useVersionedDraft<RecordFields>({
    server: fieldsOf(record),
    rowVersion: record.rowVersion,
    recordId: record.id,
  });
  const changes = useQuery({
    ...trpc.versions.changes.queryOptions({ recordId: record.id, limit: 5 }),
    enabled: d.conflict,
  });

  const save = useMutation(
    trpc.records.updateDraft.mutationOptions({
      onSuccess: (r) => {
        storeRecord(r);
        d.reset();
        setSaved(true);
      },
      onError: d.onError,
    }),
  );

  // Which form sent the save: its answer (an error, a conflict, the confirmation) is shown there, once.
  const [where, setWhere] = useState<RecordSection>('top');
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState<FormError[]>([]);
  const submit = (section: RecordSection) => (e: React.FormEvent) => {
    e.preventDefault();
    setWhere(section);
    setSaved(false);
    const { draft, value } = d;
    const found: FormError[] =
      value.documentVersion.trim().length > 40
        ? [
            {
              field: 'document-version',
              message: 'The version label must be 40 characters or fewer',
            },
          ]
        : [];
    setChecked(found);
    if (found.length > 0) return;
    save.mutate({
      recordId: record.id,
      rowVersion: d.rowVersion,
      patch: {
        ...(draft.summary !== undefined && { summary: draft.summary }),
        ...(draft.commissionerComments !== undefined && {
          commissionerComments: draft.commissionerComments,
        }),
        ...(draft.chiefOfficerComments !== undefined && {
          chiefOfficerComments: draft.chiefOfficerComments,
        }),
        ...((draft.commissionerName !== undefined || draft.commissionerTitle !== undefined) && {
          commissioner: {
            ...record.record.commissioner,
            name: value.commissionerName,
            title: value.commissionerTitle,
          },
        }),
        ...((draft.chiefOfficerName !== undefined || draft.chiefOfficerTitle !== undefined) && {
          chiefOfficer: {
            ...record.record.chiefOfficer,
            name: value.chiefOfficerName,
            title: value.chiefOfficerTitle,
          },
        }),
        ...(draft.grades !== undefined && { grades: draft.grades }),
        ...(draft.documentVersion !== undefined && {
          documentVersion: draft.documentVersion.trim() || null,
        }),
      },
    });
  };

  return {
    ...d,
    set: <K extends keyof RecordFields>(key: K, value: RecordFields[K]) => {
      d.set(key, value);
      setSaved(false);
    },
    record,
    save,
    submit,
    where,
    changes,
    /** Whether the last save (of the form `where`) went through. */
    saved,
    /** The form's own checks at its last try to save. */
    checked,
  };
}
export type RecordDraft = ReturnType<typeof useRecordDraft>;
