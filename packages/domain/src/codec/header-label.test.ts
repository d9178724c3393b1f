import { describe, expect, it } from 'vitest';
import { headerLabelField } from './labels.js';

describe('headerLabelField', () => {
  it('names the field a label sets apart, as a table cell or a bold label writes it', () => {
    expect(headerLabelField('Force')).toBe('organisation');
    expect(headerLabelField('Police and Crime Commissioner:')).toBe('commissioner');
    expect(headerLabelField(' Areas for improvement ')).toBe('areasForImprovement');
    expect(headerLabelField('Version')).toBe('version');
  });

  it('is null for anything else, a finding prefix included', () => {
    expect(headerLabelField('Update')).toBeNull();
    expect(headerLabelField('Recommendation 1')).toBeNull();
    expect(headerLabelField('The force should act')).toBeNull();
  });
});
