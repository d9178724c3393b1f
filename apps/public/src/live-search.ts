import { onChosen } from './chosen.js';

/** Search as you type: fetch the server-rendered results for the form's current query and swap them in. */
export function enhanceLiveSearch(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-live-search]');
  const results = doc.getElementById('results');
  if (!form || !results) return;
  let timer: number | undefined;
  let controller: AbortController | null = null;

  const run = async () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form))
      if (typeof v === 'string' && v.trim() !== '') params.set(k, v.trim());
    const url = `/search${params.size > 0 ? `?${params.toString()}` : ''}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await fetch(url, { headers: { accept: 'text/html' }, signal: controller.signal });
      if (!res.ok) return;
      const next = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = next.getElementById('results');
      const freshForm = next.querySelector('form[data-live-search]');
      if (!fresh) return;
      results.innerHTML = fresh.innerHTML;
      // Counts per filter value change with the words: refresh the options, keeping focus where it is.
      for (const select of form.querySelectorAll('select')) {
        const replacement = freshForm?.querySelector<HTMLSelectElement>(
          `select[name="${select.name}"]`,
        );
        if (replacement && doc.activeElement !== select) select.innerHTML = replacement.innerHTML;
      }
      history.replaceState(null, '', url);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) throw e;
    }
  };

  form.querySelector('input[name="q"]')?.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  for (const select of form.querySelectorAll('select')) onChosen(select, () => void run());
}
