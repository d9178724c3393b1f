/**
 * The largest file the register reads through its API. A file travels as base64 (four characters for
 * three bytes), so 18 MB fits the server's 25 MB request limit with room for the rest of the request.
 */
export const MAX_IMPORT_FILE_BYTES = 18 * 1024 * 1024;
