import { useEffect } from 'react';
import { useHash } from './router';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/**
 * Moves focus to the element the URL's `#fragment` names, once the page's content is shown: where
 * a "check your answers" link to put something right leads. Call it in the component that renders
 * the page's content (an ancestor of its PageHeading), so it runs after the heading takes focus.
 */
export function useFocusFragment(): void {
  const hash = useHash();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.matches(FOCUSABLE)) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [hash]);
}
