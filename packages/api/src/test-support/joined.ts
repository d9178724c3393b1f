import { schema } from '@irr/db';
import type { World } from './world.js';

/**
 * Every member of the world has signed in since being added, as people who own findings have: only
 * then may they be owners (an invite reveals nothing about an account, not even its name).
 */
export async function joinEveryone(w: World): Promise<void> {
  await w.db.update(schema.memberships).set({ joinedAt: new Date('2026-11-28T09:00:00Z') });
}
