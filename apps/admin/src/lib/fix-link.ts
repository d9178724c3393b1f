/** An item "check your answers" lists: what is missing, and where. */
export interface MissingItem {
  code: string;
  field: string | null;
  findingRef: string | null;
  findingId: string | null;
}

/**
 * Where to put an item right: the field itself where the page has one (its id after `#`, which
 * the page focuses on arrival), else the finding on the record page; null when nothing can be
 * changed (another approver must approve). `editable`: whether the record's content can be edited
 * now (a draft, or approved), so a finding's response has a form to open (`?edit=`).
 */
export function fixLink(recordId: string, item: MissingItem, editable: boolean): string | null {
  const record = `/records/${recordId}`;
  if (item.code === 'ACCEPTANCE_MISSING' && item.findingId && item.findingRef) {
    if (!editable) return `${record}#h-${item.findingId}`;
    const field = item.field === 'explanation' ? 'explanation' : 'position';
    return `${record}?edit=${item.findingId}#${encodeURIComponent(`finding-${item.findingRef}-${field}`)}`;
  }
  if (item.code === 'OWNER_MISSING' && item.findingId)
    return `${record}/findings/${item.findingId}#finding-owner`;
  if (item.code === 'REPORT_DATE_UNKNOWN') return `${record}#report-published-on-day`;
  return null;
}
