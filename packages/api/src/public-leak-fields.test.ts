import { testDrivers } from '@irr/db/testing';
import { describe, expect, it } from 'vitest';
import { CHOSEN_PUBLIC, INTERNAL, plantInternalText } from './test-support/internal-text.js';
import { PUBLIC_PROCEDURES, everyPublicAnswer, fieldsOf } from './test-support/public-answers.js';
import { createWorld } from './test-support/world.js';

/**
 * Internal text planted everywhere text enters the register (internal and default updates, status and
 * target-date reasons, a bulk move's reason, final updates, owners, draft wording, a request for changes,
 * staff names and emails), then every field of every answer of every `public.*` procedure — enumerated
 * from the router — searched for each marker.
 */
describe.each(testDrivers())('no public answer carries internal text (%s)', (driver) => {
  it('in any field of any public procedure, while text chosen public is shown', async () => {
    const w = await createWorld(driver);
    try {
      await plantInternalText(w);
      const markers = Object.values(INTERNAL).map((m) => m.toLowerCase());
      const answers = await everyPublicAnswer(w, Object.values(INTERNAL));
      const leaks: string[] = [];
      let fields = 0;
      for (const { procedure, input, answer } of answers) {
        for (const [path, value] of fieldsOf(answer)) {
          fields += 1;
          if (typeof value !== 'string') continue;
          const text = value.toLowerCase();
          for (const m of markers.filter((m) => text.includes(m)))
            leaks.push(`public.${procedure}(${JSON.stringify(input)}) ${path}: ${m}`);
        }
      }
      expect(leaks).toEqual([]);
      // Every procedure the router has was asked, and answered at least once with something to check.
      const answered = new Set(answers.filter((a) => !isRefusal(a.answer)).map((a) => a.procedure));
      expect([...answered].sort()).toEqual(PUBLIC_PROCEDURES);
      expect(fields).toBeGreaterThan(1000);
      const everything = JSON.stringify(answers.map((a) => a.answer));
      for (const chosen of Object.values(CHOSEN_PUBLIC)) expect(everything).toContain(chosen);
      // The report's page says West Midlands needs no response, without its office's words.
      expect(everything).toContain('"state":"not_required","reason":"office_recorded"');
    } finally {
      await w.close();
    }
  });
});

function isRefusal(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && 'refused' in answer;
}
