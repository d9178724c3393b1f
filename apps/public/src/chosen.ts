/**
 * Calls `apply` when a choice in `select` is made, but not while arrow keys move through its options
 * (WCAG 3.2.2, On Input): a keyboard user going down the list to the value they want must not have the
 * page change under them at each step. A choice made with the pointer applies at once; one made with the
 * keyboard applies when they press Enter or leave the list.
 */
export function onChosen(select: HTMLSelectElement, apply: () => void): void {
  let byKeyboard = false;
  let pending = false;
  select.addEventListener('keydown', (e) => {
    byKeyboard = true;
    if (e.key === 'Enter' && pending) {
      e.preventDefault();
      pending = false;
      apply();
    }
  });
  select.addEventListener('pointerdown', () => (byKeyboard = false));
  select.addEventListener('change', () => {
    if (byKeyboard) pending = true;
    else apply();
  });
  select.addEventListener('blur', () => {
    byKeyboard = false;
    if (!pending) return;
    pending = false;
    apply();
  });
}
