import type { RecordDiagnostic } from '@irr/domain';

/**
 * mammoth's messages that mean content was dropped (an element it cannot read, a symbol it cannot map),
 * as warnings. Messages about styles it has no mapping for are not the user's concern: the text is kept.
 */
export function droppedContent(
  messages: readonly { type: string; message: string }[],
): RecordDiagnostic[] {
  const dropped = new Map<string, number>();
  for (const { message } of messages) {
    if (/^(Unrecognised (paragraph|run|table) style|Did not find|Image of type)/i.test(message))
      continue;
    if (!/ignored|unsupported|could not find/i.test(message)) continue;
    dropped.set(message, (dropped.get(message) ?? 0) + 1);
  }
  return [...dropped].map(([message, count]) => ({
    severity: 'warning',
    line: 1,
    field: 'file',
    code: 'CONTENT_LEFT_OUT',
    message: `part of this Word document could not be read and was left out (${message}${count > 1 ? `, ${count} times` : ''}); check the record against the document`,
  }));
}
