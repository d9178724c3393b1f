import { importRecords, type Actor, type ImportItem } from '@irr/api/use-cases';
import type { Db } from '@irr/db';
import { parseCommandArgs } from './args.js';
import { formatDiagnostic } from './describe-record.js';
import type { CliIo, CliOptions } from './main.js';
import { findUserByEmail } from './members.js';
import { withDatabase } from './open-database.js';

const USAGE = `Usage: irr import FILE... --as EMAIL [--dry-run]
  --as EMAIL   the member of staff importing (needed unless --dry-run): the audit trail names them
               as the drafts' author, so they cannot approve them themselves
  --dry-run    report what would happen and change nothing
`;

/** `irr import`: every record of every file, each in its own transaction; exit 1 if any failed. */
export async function importCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' } },
    allowPositionals: true,
  });
  if (!parsed) return 2;
  const files = parsed.positionals;
  if (files.length === 0) {
    io.err(`irr import: name at least one file.\n${USAGE}`);
    return 2;
  }
  const dryRun = parsed.values['dry-run'] ?? false;
  if (!dryRun && !parsed.values.as) {
    // A draft nobody wrote could be approved by anyone, even whoever ran the import: four eyes.
    io.err(
      `irr import: name the member of staff importing with --as EMAIL; the drafts are recorded as theirs, so another person must approve them.\n${USAGE}`,
    );
    return 2;
  }
  return withDatabase(io, options, async ({ db }) => {
    const actor = await operatorActor(db, parsed.values.as);
    if (!actor) {
      io.err(
        `irr import: no account has the email ${parsed.values.as}; create it with irr create-user first.\n`,
      );
      return 2;
    }
    const uc = { db, actor, now: () => new Date() };
    const all: ImportItem[] = [];
    let unreadable = 0;
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch (e) {
        io.err(
          `${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
        );
        unreadable += 1;
        continue;
      }
      for await (const item of importRecords(uc, { file: bytes, fileName: file, dryRun })) {
        report(io, file, item);
        all.push(item);
      }
    }
    io.out(summary(all, files.length, unreadable, dryRun));
    const failed =
      unreadable + all.filter((i) => ['refused', 'invalid', 'failed'].includes(i.outcome)).length;
    return failed > 0 ? 1 : 0;
  });
}

/** The operator at the shell, who may import for any organisation; `--as` names them in the audit trail (a dry run needs no name). */
async function operatorActor(db: Db, email: string | undefined): Promise<Actor | null> {
  if (!email) return { id: null, displayName: 'operator', memberships: [], operator: true };
  const user = await findUserByEmail(db, email);
  return user && { id: user.id, displayName: user.displayName, memberships: [], operator: true };
}

const SUCCESS = new Set(['created', 'new_version', 'would_create', 'would_add_version']);

function report(io: CliIo, file: string, item: ImportItem): void {
  const where = `${file} lines ${item.startLine}-${item.endLine}`;
  const what = `${item.organisation ?? 'unknown organisation'}: "${item.reportTitle ?? 'untitled'}"`;
  const counts = `${item.findings} finding${item.findings === 1 ? '' : 's'}, ${item.updates} update${item.updates === 1 ? '' : 's'}`;
  const line = (() => {
    switch (item.outcome) {
      case 'created':
        return `created a draft response record ${item.recordId} for ${what} (${counts})`;
      case 'new_version':
        return `started draft version ${item.version} of record ${item.recordId} for ${what} (${counts}); the published version stays as it is`;
      case 'would_create':
        return `would create a draft response record for ${what} (${counts})`;
      case 'would_add_version':
        return `would start draft version ${item.version} of record ${item.recordId} for ${what} (${counts})`;
      case 'refused':
        return `refused: ${item.message}${item.recordId ? ` (record ${item.recordId})` : ''}; nothing was imported`;
      case 'invalid':
        return `not imported: ${item.message}`;
      case 'failed':
        return `failed: ${item.detail ?? item.message}; nothing was imported`;
    }
  })();
  const ok = SUCCESS.has(item.outcome);
  const write = (text: string) => (ok ? io.out(text) : io.err(text));
  write(`${where}: ${line}\n`);
  if (ok && item.organisationAdded)
    io.out(
      `  ${item.organisation} ${item.outcome.startsWith('would') ? 'would be' : 'was'} added from the reference list of forces\n`,
    );
  for (const d of item.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
}

function summary(
  items: readonly ImportItem[],
  files: number,
  unreadable: number,
  dryRun: boolean,
): string {
  const count = (...outcomes: string[]) => items.filter((i) => outcomes.includes(i.outcome)).length;
  const created = count('created', 'would_create');
  const versions = count('new_version', 'would_add_version');
  const failed = count('refused', 'invalid', 'failed');
  const parts = [
    `${created} created`,
    `${versions} new version${versions === 1 ? '' : 's'}`,
    `${failed} not imported`,
    ...(unreadable ? [`${unreadable} file${unreadable === 1 ? '' : 's'} unreadable`] : []),
  ];
  const head = dryRun ? 'Dry run, nothing was changed' : 'Imported';
  return `${head}: ${items.length} record${items.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ${parts.join(', ')}.\n`;
}
