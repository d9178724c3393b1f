import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The published Staffordshire PEEL 2018/19 response record the domain's codec is tested on. */
const SEED_RECORD_PATH = fileURLToPath(
  new URL(
    '../../../../packages/domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
    import.meta.url,
  ),
);

export function readSeedRecord(): Promise<string> {
  return readFile(SEED_RECORD_PATH, 'utf8');
}
