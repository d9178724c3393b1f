import { useEffect } from 'react';
import { holdUnsaved } from './router';

/**
 * Asks before leaving a page with unsaved changes: in-app navigation, the back and forward buttons
 * (lib/router.tsx) and closing the tab alike.
 */
export function useUnsavedGuard(
  dirty: boolean,
  message = 'You have unsaved changes. Leave this page and lose them?',
): void {
  useEffect(() => (dirty ? holdUnsaved(message) : undefined), [dirty, message]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
