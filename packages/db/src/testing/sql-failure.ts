/** The database's own message for a refused statement (drizzle wraps it as the cause), or 'no error'. */
export async function sqlFailure(query: Promise<unknown>): Promise<string> {
  try {
    await query;
    return 'no error';
  } catch (e) {
    return String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
  }
}
