/**
 * Tables become stacked summaries on a phone (app.css, under 40em): each cell shows its column's heading
 * before it, from `data-label`. Every data table is labelled here from its own header row, so no page has to
 * repeat its headings; explicit roles keep the table's meaning for screen readers once CSS stacks it (some
 * browsers drop a table's semantics when its display changes).
 */
function labelTable(table: HTMLTableElement): void {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '');
  if (headings.length === 0) return;
  setRole(table, 'table');
  for (const section of [table.tHead, ...table.tBodies])
    for (const row of section?.rows ?? []) {
      setRole(row, 'row');
      for (const cell of row.cells) {
        if (cell.tagName === 'TH') {
          setRole(cell, cell.scope === 'row' ? 'rowheader' : 'columnheader');
          if (section === table.tHead) continue;
        } else setRole(cell, 'cell');
        const label = headings[cell.cellIndex] ?? '';
        if (cell.dataset.label !== label) cell.dataset.label = label;
      }
    }
}

function setRole(el: Element, role: string): void {
  if (el.getAttribute('role') !== role) el.setAttribute('role', role);
}

/**
 * Labels the tables under `root` now and whenever elements are added (React renders rows as data arrives).
 * Not on text changes: a keystroke in an editor must not relabel every table, and headings come with their rows.
 */
export function watchTables(root: HTMLElement): () => void {
  const all = () => root.querySelectorAll<HTMLTableElement>('table.table').forEach(labelTable);
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      all();
    });
  });
  all();
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
