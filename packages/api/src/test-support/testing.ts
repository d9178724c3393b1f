/** Test support other packages' tests use (the server's public pages are checked against the same world). */
export { createWorld, type World } from './world.js';
export { CHOSEN_PUBLIC, INTERNAL, plantInternalText } from './internal-text.js';
export { publishRecord, responseSlugOf } from './record-states.js';
