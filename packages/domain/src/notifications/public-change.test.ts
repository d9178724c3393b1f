import { describe, expect, it } from 'vitest';
import { publicChangePath, type PublicChangeFacts } from './public-change.js';

describe('publicChangePath', () => {
  const change: PublicChangeFacts = {
    kind: 'version',
    organisation: { slug: 'staffordshire', name: 'Staffordshire Police' },
    report: {
      slug: 'police-effectiveness-efficiency-and-legitimacy-2018-19-an-inspection-of-staffordshire',
      title:
        'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    },
    responseSlug: 'peel-2018-19',
    finding: null,
    version: 1,
    from: null,
    to: null,
  };

  it("links a change to its response's own short address, not the report's", () => {
    expect(publicChangePath(change)).toBe('/forces/staffordshire/responses/peel-2018-19');
  });

  it("links a finding's change to the finding's page under the response", () => {
    expect(
      publicChangePath({
        ...change,
        kind: 'update',
        finding: { ref: 'AFI 1', kind: 'area_for_improvement' },
      }),
    ).toBe('/forces/staffordshire/responses/peel-2018-19/findings/AFI%201');
  });
});
