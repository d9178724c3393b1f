import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/** Asks before leaving a page with unsaved changes: in-app navigation and closing the tab alike. */
export function useUnsavedGuard(
  dirty: boolean,
  message = 'You have unsaved changes. Leave this page and lose them?',
): void {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
