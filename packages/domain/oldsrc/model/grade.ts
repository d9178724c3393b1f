import { z } from 'zod';

export const GradeValue = z.enum([
  'outstanding',
  'good',
  'adequate',
  'requires_improvement',
  'inadequate',
]);
export type GradeValue = z.infer<typeof GradeValue>;

/** Four-point up to PEEL 2018/19 and early fire rounds; five-point (adds Adequate) from 2021/22. */
export const GradeScale = z.enum(['four_point', 'five_point']);
export type GradeScale = z.infer<typeof GradeScale>;

/** What a grade is for: the whole force, a pillar, or a question/area within one. */
export const GradeScope = z.discriminatedUnion('level', [
  z.object({ level: z.literal('overall') }),
  z.object({ level: z.literal('pillar'), pillar: z.string().min(1).max(200) }),
  z.object({
    level: z.literal('area'),
    pillar: z.string().min(1).max(200).nullable(),
    area: z.string().min(1).max(300),
  }),
]);
export type GradeScope = z.infer<typeof GradeScope>;

export const Grade = z.object({
  scope: GradeScope,
  value: GradeValue,
  /** Brought forward from an earlier inspection rather than graded afresh. */
  carriedOver: z.boolean().default(false),
});
export type Grade = z.infer<typeof Grade>;
