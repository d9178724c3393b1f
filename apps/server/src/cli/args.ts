import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './main.js';

/**
 * Parse a command's arguments strictly; on a mistake print it with the usage and return null
 * (the command then exits 2, the convention for a usage error).
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  io: CliIo,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (e) {
    io.err(`irr: ${(e as Error).message}\n${usage}`);
    return null;
  }
}
