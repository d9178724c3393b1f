import { describe, expect, it } from 'vitest';
import { isHeaderLabel } from './labels.js';

describe('isHeaderLabel', () => {
  it('knows a header field label standing alone, as a document table cell sets it apart', () => {
    expect(isHeaderLabel('Police and Crime Commissioner')).toBe(true);
    expect(isHeaderLabel('  Title of inspection: ')).toBe(true);
    expect(isHeaderLabel('Version')).toBe(true);
    expect(isHeaderLabel('Areas for improvement')).toBe(true);
  });

  it('does not take a finding, an update label or prose for a header label', () => {
    expect(isHeaderLabel('Force Update:')).toBe(false);
    expect(isHeaderLabel('Recommendation 1: The force should act')).toBe(false);
    expect(isHeaderLabel('The force is good')).toBe(false);
  });
});
