/**
 * Read a line from the terminal with echo off (a password must not show on screen or in a
 * recording). Null when standard input is not a terminal: piping secrets in is what IRR_PASSWORD is for.
 */
export function readSecretFromTerminal(
  prompt: string,
  stdin: NodeJS.ReadStream = process.stdin,
  stderr: NodeJS.WriteStream = process.stderr,
): Promise<string | null> {
  if (!stdin.isTTY) return Promise.resolve(null);
  // Echo goes off before the prompt shows, so nothing typed after seeing it can appear.
  stdin.setRawMode(true);
  stderr.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    const finish = (result: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(value);
        if (char === '\u0003' || char === '\u0004') return finish(null); // Ctrl-C, Ctrl-D
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.resume();
    stdin.on('data', onData);
  });
}
