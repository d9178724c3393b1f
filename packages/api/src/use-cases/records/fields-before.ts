/** The stored values of the fields a change sets, for the audit event's `before`. */
export function fieldsBefore(row: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((k) => k in row).map((k) => [k, (row as Record<string, unknown>)[k]]),
  );
}
