/**
 * A domain enum's values as the non-empty tuple drizzle's `text({ enum })` wants (zod 4 types `.options` as a
 * plain array). The values are defined once, in the domain; the columns stay `text`, so migrations do not change.
 */
export function enumValues<T extends string>(domainEnum: { options: readonly T[] }): [T, ...T[]] {
  const [first, ...rest] = domainEnum.options;
  if (first === undefined) throw new Error('An enum column needs at least one value');
  return [first, ...rest];
}
