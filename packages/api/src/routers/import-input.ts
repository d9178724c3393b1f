import { MAX_IMPORT_FILE_BYTES } from '@irr/domain';
import { appError } from '../errors.js';

/** 20 MB of text is several hundred records; anything larger is refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The file's bytes, refused before decoding when there are more than the API reads. */
export function fileBytes(base64: string): Uint8Array {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = (base64.length / 4) * 3 - padding;
  if (size > MAX_IMPORT_FILE_BYTES) {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    throw appError(
      {
        code: 'PAYLOAD_TOO_LARGE',
        message: `This file is ${mb(size)}; files of up to ${mb(MAX_IMPORT_FILE_BYTES)} can be imported. Save the document without its pictures, or split its records into smaller files`,
        field: 'file',
      },
      { size, limit: MAX_IMPORT_FILE_BYTES },
    );
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
