import { importRecords } from '@irr/api/use-cases';
import { openDatabase, schema, type Db } from '@irr/db';
import { insertUser } from '@irr/db/repositories';
import { drizzle } from 'drizzle-orm/pglite';

export interface ImportQueries {
  records: number;
  findings: number;
  transactions: number;
  statements: number;
  perRecord: number;
  perFinding: number;
}

/**
 * The statements an import sends, counted in this process: `importRecords` (what `irr import` runs)
 * over the same text on an in-memory PGlite whose drizzle logs every statement to a counter. BEGIN and
 * COMMIT are not drizzle's statements on PGlite; each record's transaction is counted apart.
 */
export async function countImportQueries(text: string): Promise<ImportQueries> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  try {
    await database.migrate();
    let statements = 0;
    const client = (database.db as unknown as { $client: Parameters<typeof drizzle>[0] }).$client;
    const db = drizzle(client as never, {
      schema,
      logger: { logQuery: () => void (statements += 1) },
    }) as unknown as Db;
    let transactions = 0;
    const transaction = db.transaction.bind(db);
    db.transaction = (work, config) => {
      transactions += 1;
      return transaction(work, config);
    };
    const importer = await insertUser(db, {
      email: 'counted@bench.example.org',
      displayName: 'Counted importer',
      passwordHash: 'not used: this account never signs in',
    });
    const uc = {
      db,
      actor: { id: importer.id, displayName: 'Counted importer', memberships: [], operator: true },
      now: () => new Date(),
    };
    statements = 0;
    let records = 0;
    let findings = 0;
    for await (const item of importRecords(uc, { text, dryRun: false })) {
      if (item.outcome !== 'created')
        throw new Error(`counted import: ${item.outcome} ${item.message}`);
      records += 1;
      findings += item.findings;
    }
    return {
      records,
      findings,
      transactions,
      statements,
      perRecord: statements / records,
      perFinding: statements / findings,
    };
  } finally {
    await database.close();
  }
}
