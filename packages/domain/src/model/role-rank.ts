// Apart from the schemas: the staff app checks roles on its first screen, where zod is not loaded.

/** The roles, least powerful first; each includes the powers of the ones before it. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;

/** Whether a holder of `held` may do what needs `needed`. */
export function roleAtLeast(held: (typeof ROLES)[number], needed: (typeof ROLES)[number]): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
