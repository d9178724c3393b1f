import { afterEach, beforeEach, vi } from 'vitest';

// A test that logs to the console fails: noise usually means a swallowed problem.
let logged = [];
beforeEach(() => {
  logged = [];
  for (const level of ['log', 'warn', 'error', 'info', 'debug']) {
    vi.spyOn(console, level).mockImplementation((...args) => {
      logged.push(`${level}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length > 0) {
    throw new Error(`test wrote to the console:\n${logged.join('\n')}`);
  }
});
