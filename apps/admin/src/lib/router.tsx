/**
 * What the app needs beyond wouter (routing, links, params, base path): the unsaved-changes guard on
 * in-app navigation and on the browser's back and forward buttons, a NavLink that marks the current
 * page, the URL's `#fragment`, the state a navigation carries, and search params read from the raw
 * query string. Each history entry this app makes carries its position (`idx`), so a back or
 * forward that the guard refuses can be undone by the same number of steps.
 */
import { useMemo, type ReactNode } from 'react';
import { Link, useLocation, type AroundNavHandler } from 'wouter';
import { useHistoryState, useLocationProperty, useSearch } from 'wouter/use-browser-location';

interface Entry {
  idx: number;
  usr: unknown;
}

const isEntry = (s: unknown): s is Entry =>
  typeof s === 'object' && s !== null && typeof (s as Entry).idx === 'number';

/** Messages of the pages that now hold unsaved changes (see useUnsavedGuard). */
const guards = new Set<{ message: string }>();
let current = { idx: 0, path: '' };
let undoing = false;

/** Asks when a page holds unsaved changes and the path changes; true to go on. */
function mayLeave(nextPath: string): boolean {
  const [guard] = guards;
  if (!guard || nextPath === current.path) return true;
  return window.confirm(guard.message);
}

/** Keeps `message` asked before leaving the path while it is held; returns the release. */
export function holdUnsaved(message: string): () => void {
  const guard = { message };
  guards.add(guard);
  return () => {
    guards.delete(guard);
  };
}

if (typeof window !== 'undefined') {
  const first: unknown = history.state;
  current = { idx: isEntry(first) ? first.idx : 0, path: location.pathname };
  if (!isEntry(first)) history.replaceState({ idx: 0, usr: first }, '');
  // Registered before wouter listens (on its first render), so a refused back or forward is stopped
  // here, before the router sees the new URL, and undone.
  window.addEventListener('popstate', (event) => {
    if (undoing) {
      undoing = false;
      return;
    }
    const state: unknown = event.state;
    if (isEntry(state) && !mayLeave(location.pathname)) {
      event.stopImmediatePropagation();
      undoing = true;
      history.go(current.idx - state.idx);
      return;
    }
    // A `#fragment` link makes an entry of its own, unnumbered: number it.
    const idx = isEntry(state) ? state.idx : current.idx + 1;
    if (!isEntry(state)) history.replaceState({ idx, usr: state }, '');
    current = { idx, path: location.pathname };
  });
}

/** Every navigation the router makes (links, redirects, navigate, search params) passes here. */
export const guardedNavigation: AroundNavHandler = (navigate, to, options) => {
  const next = new URL(to, location.href);
  if (!mayLeave(next.pathname)) return;
  const idx = options?.replace ? current.idx : current.idx + 1;
  current = { idx, path: next.pathname };
  const usr: unknown = options?.state ?? null;
  navigate(to, { ...options, state: { idx, usr } });
};

/** The state the navigation to this entry carried (`navigate(to, { state })`), or null. */
export function useNavigationState<T>(): Partial<T> | null {
  const state = useHistoryState<unknown>();
  return isEntry(state) ? (state.usr as Partial<T> | null) : null;
}

/** The URL's `#fragment`, with its `#`, or ''. */
export const useHash = (): string => useLocationProperty(() => location.hash);

/**
 * The query string as URLSearchParams, and a setter that navigates to it. wouter's own runs the
 * string through decodeURI first, which turns `%2526` into `%26` and so changes what a value says.
 */
export function useSearchParams(): [
  URLSearchParams,
  (next: URLSearchParams, options?: { replace?: boolean }) => void,
] {
  const [path, navigate] = useLocation();
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = (next: URLSearchParams, options?: { replace?: boolean }) => {
    const query = next.toString();
    navigate(query ? `${path}?${query}` : path, options);
  };
  return [params, set];
}

/**
 * A link in the main navigation: `aria-current="page"` while its page, or a page under it, is shown
 * (`end`: only its own path).
 */
export function NavLink({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [path] = useLocation();
  const active = end ? path === to : path === to || path.startsWith(`${to}/`);
  return (
    <Link to={to} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
