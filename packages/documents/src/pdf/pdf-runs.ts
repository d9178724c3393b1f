import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText, TextRun } from './page-text.js';

/** A font is bold when its PostScript name says so ("Arial-BoldMT", "LiberationSans-Bold"). */
const BOLD_NAME = /bold|black|heavy|semibold|demibold/i;

/**
 * A page's text runs, upright text only (rotated stamps and margin notes are not body text; they are
 * counted, so the reader can say so). Font
 * weight comes from the font objects, which the operator list loads.
 */
export async function readPageText(page: PDFPageProxy): Promise<PageText> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  await page.getOperatorList();
  const bold = new Map<string, boolean>();
  const isBold = (fontName: string): boolean => {
    if (!bold.has(fontName)) {
      const font: unknown = page.commonObjs.has(fontName) ? page.commonObjs.get(fontName) : null;
      const name = (font as { name?: unknown } | null)?.name;
      const flagged = (font as { bold?: unknown } | null)?.bold === true;
      bold.set(fontName, flagged || (typeof name === 'string' && BOLD_NAME.test(name)));
    }
    return bold.get(fontName)!;
  };
  const runs: TextRun[] = [];
  let rotatedChars = 0;
  const labels = new LabelTags();
  for (const item of content.items) {
    if (!('str' in item)) {
      labels.mark(item);
      continue;
    }
    if (item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01 || a! <= 0 || d! <= 0) {
      rotatedChars += item.str.trim().length;
      continue;
    }
    const size = Math.abs(d!);
    if (labels.text(item.str)) runs.push(drawnBullet(e!, f!, size));
    runs.push({
      text: item.str,
      x: e!,
      y: f!,
      width: item.width,
      size,
      bold: isBold(item.fontName),
    });
  }
  // The view box may not start at 0: measure from its origin.
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  for (const r of runs) {
    r.x -= x0;
    r.y -= y0;
  }
  return { page: page.pageNumber, width: x1 - x0, height: y1 - y0, runs, rotatedChars };
}

/**
 * A tagged PDF marks a list item's label (`Lbl`); where the label holds no text, its bullet was drawn as a
 * shape (Chromium's list discs), which the text layer lacks. `text` says whether the text about to be
 * placed follows such a label, so a bullet is put before it.
 */
class LabelTags {
  private readonly open: string[] = [];
  private labelText: boolean | null = null;
  private pending = false;

  mark(item: { type: string; tag?: string }) {
    if (item.type === 'endMarkedContent') {
      if (this.open.pop() === 'Lbl' && this.labelText === false) this.pending = true;
      if (!this.open.includes('Lbl')) this.labelText = null;
      return;
    }
    this.open.push(item.tag ?? '');
    if (item.tag === 'Lbl') this.labelText = false;
  }

  /** Text is placed: true when it is the first after a label with none of its own. */
  text(str: string): boolean {
    if (str.trim() === '') return false;
    if (this.labelText === false) this.labelText = true;
    const bullet = this.pending;
    this.pending = false;
    return bullet;
  }
}

/** The bullet of a drawn list label, set before the item's text as a list's marker sits. */
function drawnBullet(x: number, y: number, size: number): TextRun {
  return { text: '•', x: x - 1.2 * size, y, width: 0.35 * size, size, bold: false };
}
