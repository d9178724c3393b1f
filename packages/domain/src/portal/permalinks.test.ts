import { describe, expect, it } from 'vitest';
import { publicResponsePath } from './permalinks.js';

describe('publicResponsePath', () => {
  it("builds the portal's path of a response, and of one version of it", () => {
    expect(publicResponsePath('staffordshire', 'peel-2018-19')).toBe(
      '/forces/staffordshire/responses/peel-2018-19',
    );
    expect(publicResponsePath('staffordshire', 'peel-2018-19', 3)).toBe(
      '/forces/staffordshire/responses/peel-2018-19?version=3',
    );
  });

  it('escapes slugs, so a link never leaves the path', () => {
    expect(publicResponsePath('a/b', 'c?d')).toBe('/forces/a%2Fb/responses/c%3Fd');
  });
});
