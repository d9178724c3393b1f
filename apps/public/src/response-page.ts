import { onChosen } from './chosen.js';

const STATUS_LABELS: Record<string, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
  superseded: 'Superseded',
  no_longer_applicable: 'No longer applicable',
};

/** A print button, and a filter that shows only findings with a chosen status. */
export function enhanceResponsePage(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  const holder = doc.querySelector<HTMLElement>('[data-finding-filter]');
  const findings = [...doc.querySelectorAll<HTMLElement>('article.finding')];
  if (!holder || findings.length === 0) return;
  const present = [
    ...new Set(findings.map((f) => f.dataset.status ?? '').filter((s) => s in STATUS_LABELS)),
  ];
  const label = doc.createElement('label');
  label.htmlFor = 'finding-status-filter';
  label.textContent = 'Show findings with status';
  const select = doc.createElement('select');
  select.id = 'finding-status-filter';
  select.append(new Option('Any status', ''));
  for (const s of present) select.append(new Option(STATUS_LABELS[s], s));
  const count = doc.createElement('p');
  count.setAttribute('role', 'status');
  onChosen(select, () => {
    let shown = 0;
    for (const f of findings) {
      const show = select.value === '' || f.dataset.status === select.value;
      f.hidden = !show;
      if (show) shown += 1;
    }
    count.textContent =
      select.value === '' ? '' : `Showing ${shown} of ${findings.length} findings.`;
  });
  holder.append(label, select, count);
  holder.hidden = false;
}
