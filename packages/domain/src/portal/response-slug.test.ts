import { describe, expect, it } from 'vitest';
import { responseSlugCandidates, shortResponseSlug } from './response-slug.js';

describe('shortResponseSlug', () => {
  it("shortens a force inspection's title to what offices call it", () => {
    expect(
      shortResponseSlug(
        'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
        'Staffordshire Police',
      ),
    ).toBe('peel-2018-19');
    expect(
      shortResponseSlug(
        'PEEL 2023–25 An inspection of Staffordshire Police',
        'Staffordshire Police',
      ),
    ).toBe('peel-2023-25');
  });

  it("leaves out the force's other names and the words that only say it is an inspection", () => {
    expect(
      shortResponseSlug('An inspection of Staffs crime data integrity', 'Staffordshire Police'),
    ).toBe('cdi');
    expect(
      shortResponseSlug(
        'An inspection of vetting, misconduct, and misogyny in the police service',
        'Kent Police',
      ),
    ).toBe('vetting-misconduct-and-misogyny-in-the-police-service');
    expect(shortResponseSlug('Vetting: an inspection', 'Kent Police')).toBe('vetting');
    expect(
      shortResponseSlug('A joint inspection into the police response to stalking', 'Kent Police'),
    ).toBe('police-response-to-stalking');
  });

  it('cuts a long title at a word, never ending on a joining word', () => {
    const slug = shortResponseSlug(
      'An inspection of how well the police and other agencies respond to and protect children who go missing from home and from care',
      'Kent Police',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('how-well-the-police-and-other-agencies-respond');
    expect(slug.endsWith('-and')).toBe(false);
  });

  it('keeps only ASCII letters, digits and single hyphens', () => {
    expect(shortResponseSlug('Évaluation — “Policing” & Mental Health', 'Gwent Police')).toBe(
      'evaluation-policing-and-mental-health',
    );
  });
});

describe('responseSlugCandidates', () => {
  const input = {
    reportTitle: 'Vetting: an inspection of Kent Police',
    reportSlug: 'vetting-an-inspection-of-kent-police',
    reportPublishedOn: '2022-11-02',
    organisationName: 'Kent Police',
    recordId: '0b7c2a4e-1111-4222-8333-944455556666',
  };

  it('tries the short name, then it with the month and the day of publication, then the report slug, then one with the id', () => {
    expect(responseSlugCandidates(input)).toEqual([
      'vetting',
      'vetting-2022-11',
      'vetting-2022-11-02',
      'vetting-an-inspection-of-kent-police',
      'vetting-an-inspection-of-kent-police-0b7c2a4e',
    ]);
  });

  it('has no dated forms for an undated report, and no empty short name', () => {
    expect(responseSlugCandidates({ ...input, reportPublishedOn: null })).toEqual([
      'vetting',
      'vetting-an-inspection-of-kent-police',
      'vetting-an-inspection-of-kent-police-0b7c2a4e',
    ]);
    expect(
      responseSlugCandidates({ ...input, reportTitle: 'Kent Police', reportSlug: 'kent-police' }),
    ).toEqual(['kent-police', 'kent-police-0b7c2a4e']);
  });

  it('gives only slugs the portal routes (at most 80 characters)', () => {
    const long = 'x'.repeat(70) + '-2';
    for (const slug of responseSlugCandidates({ ...input, reportSlug: long }))
      expect(slug).toMatch(/^[a-z0-9-]{1,80}$/);
  });
});
