import { findingName as name, type Finding, type ResponseRecord } from '../model/index.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed in one finding between versions: the parts named, never the wording. */
function findingParts(prior: Finding, f: Finding): string[] {
  const parts: string[] = [];
  // Versions frozen before titles existed have none: absent and null are the same.
  if ((prior.title ?? null) !== (f.title ?? null)) parts.push('title');
  if (prior.text !== f.text || !same(prior.subItems, f.subItems)) parts.push('wording');
  if (!same(prior.acceptance, f.acceptance)) parts.push('response');
  if (!same(prior.group, f.group) || prior.deadlinePhrase !== f.deadlinePhrase)
    parts.push('details');
  if (!same(prior.updates, f.updates)) parts.push('updates');
  return parts;
}

function findingChanges(before: ResponseRecord, after: ResponseRecord): string[] {
  const changes: string[] = [];
  const old = new Map(before.findings.map((f) => [f.ref, f]));
  const now = new Map(after.findings.map((f) => [f.ref, f]));
  for (const f of after.findings) {
    const prior = old.get(f.ref);
    if (!prior) {
      changes.push(`${name(f)} added.`);
      continue;
    }
    const parts = findingParts(prior, f);
    if (parts.length > 0) changes.push(`${name(f)}: ${parts.join(', ')} changed.`);
  }
  for (const f of before.findings) if (!now.has(f.ref)) changes.push(`${name(f)} removed.`);
  return changes;
}

/** What a published version changed from the one before, in plain words (no wording of either). */
export function describeChanges(before: ResponseRecord | null, after: ResponseRecord): string[] {
  if (!before) return ['First published.'];
  const changes: string[] = [];
  if (
    !same(before.commissioner, after.commissioner) ||
    !same(before.chiefOfficer, after.chiefOfficer)
  )
    changes.push('Office holders changed.');
  if (!same(before.report, after.report)) changes.push('Report details changed.');
  if ((before.documentVersion ?? null) !== (after.documentVersion ?? null))
    changes.push("The office's document version changed.");
  if (before.summary !== after.summary) changes.push('Summary changed.');
  if (!same(before.grades, after.grades)) changes.push('Grades changed.');
  changes.push(...findingChanges(before, after));
  if (before.commissionerComments !== after.commissionerComments)
    changes.push("Commissioner's comments changed.");
  if (before.chiefOfficerComments !== after.chiefOfficerComments)
    changes.push("Chief officer's comments changed.");
  return changes.length > 0 ? changes : ['Republished without changes to the text.'];
}
