import { headerLabelField } from '@irr/domain';
import { blockHtml } from './block-html.js';
import type { ContentWriter } from './content-writer.js';
import { attr, childrenOf, elementChildren, elementsUnder, HEADINGS, type Element } from './dom.js';

/**
 * A table as record text. A table of header fields (Force | Staffordshire, …) becomes `Label<TAB>value`
 * lines; a table used for layout (one column, or headings inside) is read as the content it holds; any
 * other table (findings with their updates) is one HTML line, left to the findings reader.
 */
export function writeTable(w: ContentWriter, table: Element) {
  const rows = rowsOf(table);
  const caption = elementChildren(table).find((e) => e.tagName === 'caption');
  if (caption) w.paragraphLine(childrenOf(caption));
  const labelRows = rows.filter((r) => isLabelRow(w, r)).length;
  if (labelRows >= 2 || (labelRows === 1 && rows.length === 1)) {
    // The record format reads "Version" before the fields; a table may hold it anywhere. It is written
    // first, at the paragraph it will have once the rows before it are counted.
    const version = rows.findIndex(
      (r) => r.length === 2 && headerLabelField(w.inline(childrenOf(r[0]!)).text) === 'version',
    );
    if (version > 0) {
      const value = w.inline(childrenOf(rows[version]![1]!)).text;
      w.out.line(`Version\t${value}`, w.placeAhead(version + 1));
    }
    rows.forEach((row, i) => {
      if (i === version && version > 0) w.place();
      else writeHeaderRow(w, row);
    });
  } else if (isLayout(rows)) {
    for (const row of rows) for (const cell of row) w.flow(childrenOf(cell));
  } else {
    const place = w.place();
    const html = tableHtml(w, rows, place);
    if (html) w.out.line(html, place);
  }
}

type Row = Element[];

/** The rows of a table (not of tables inside it), each its cells. */
function rowsOf(table: Element): Row[] {
  const rows: Row[] = [];
  for (const part of elementChildren(table)) {
    if (part.tagName === 'tr') rows.push(cellsOf(part));
    else if (['thead', 'tbody', 'tfoot'].includes(part.tagName))
      for (const tr of elementChildren(part)) if (tr.tagName === 'tr') rows.push(cellsOf(tr));
  }
  return rows.filter((r) => r.length > 0);
}

function cellsOf(tr: Element): Element[] {
  return elementChildren(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th');
}

/** Label | value pairs across the row (two or four columns), each label a header field's. */
function isLabelRow(w: ContentWriter, row: Row): boolean {
  if (row.length < 2 || row.length % 2 !== 0) return false;
  return row.every((cell, i) => i % 2 === 1 || headerLabelField(w.inline(childrenOf(cell)).text));
}

function isLayout(rows: Row[]): boolean {
  if (rows.every((r) => r.length === 1)) return true;
  return rows.some((r) =>
    r.some((cell) =>
      [...elementsUnder(cell)].some(
        (e) => e !== cell && (HEADINGS.has(e.tagName) || e.tagName === 'table'),
      ),
    ),
  );
}

function writeHeaderRow(w: ContentWriter, row: Row) {
  if (row.length === 1) {
    w.flow(childrenOf(row[0]!));
    return;
  }
  for (let i = 0; i + 1 < row.length; i += 2) writeField(w, row[i]!, row.slice(i + 1, i + 2));
  if (row.length % 2 === 1) for (const cell of row.slice(-1)) w.flow(childrenOf(cell));
}

/**
 * A definition list, as CMS pages show a record's details: `<dt>Force</dt><dd>Kent</dd>` pairs whose
 * terms are header labels become `Label<TAB>value` lines; any other is read as its paragraphs.
 */
export function writeDefinitions(w: ContentWriter, dl: Element) {
  const items = elementChildren(dl).flatMap((e) =>
    e.tagName === 'div' ? elementChildren(e) : [e],
  );
  const terms = items.filter((e) => e.tagName === 'dt');
  if (!terms.some((t) => headerLabelField(w.inline(childrenOf(t)).text))) {
    w.flow(childrenOf(dl));
    return;
  }
  items.forEach((e, i) => {
    if (e.tagName !== 'dt') return;
    const values: Element[] = [];
    for (const next of items.slice(i + 1)) {
      if (next.tagName !== 'dd') break;
      values.push(next);
    }
    writeField(w, e, values);
  });
}

/**
 * One header field. A findings section's value with more than a line (a list, paragraphs) follows its
 * bare label line by line, as the findings reader reads it; any other field's value is one line.
 */
function writeField(w: ContentWriter, labelCell: Element, valueCells: Element[]) {
  const label = w.inline(childrenOf(labelCell)).text.replace(/\s*:$/, '');
  const field = headerLabelField(label);
  const nodes = valueCells.flatMap((c) => childrenOf(c));
  const place = w.place();
  const { html, leftOut } = blockHtml(nodes, w.options);
  w.leftOut(leftOut, place);
  const single = /^<p>((?:(?!<p>).)*)<\/p>$/.exec(html);
  const plain = single && !/</.test(single[1]!) ? w.inline(nodes).text : null;
  if (plain !== null || html === '') {
    w.out.line(`${label}\t${plain ?? ''}`, place);
  } else if (
    field === 'recommendations' ||
    field === 'causesOfConcern' ||
    field === 'areasForImprovement'
  ) {
    w.out.line(label, place);
    w.flow(nodes);
  } else {
    w.out.line(`${label}\t${html}`, place);
  }
}

/** A data table as one line of HTML: header cells, spans, and each cell's paragraphs and lists kept. */
function tableHtml(
  w: ContentWriter,
  rows: Row[],
  place: ReturnType<ContentWriter['place']>,
): string {
  let html = '';
  for (const row of rows) {
    html += '<tr>';
    for (const cell of row) {
      const { html: inner, leftOut } = blockHtml(childrenOf(cell), w.options);
      w.leftOut(leftOut, place);
      const spans = ['colspan', 'rowspan']
        .map((a) => [a, attr(cell, a)] as const)
        .filter(([, v]) => v !== null && /^\d+$/.test(v) && v !== '1')
        .map(([a, v]) => ` ${a}="${v}"`)
        .join('');
      html += `<${cell.tagName}${spans}>${unwrapped(inner)}</${cell.tagName}>`;
    }
    html += '</tr>';
  }
  return html.replace(/<tr><\/tr>/g, '') ? `<table>${html}</table>` : '';
}

/** A cell of one paragraph as its text, as the record format writes a cell (Word puts a `<p>` in every cell). */
function unwrapped(inner: string): string {
  const single = /^<p>((?:(?!<\/?p>).)*)<\/p>$/.exec(inner);
  return single ? single[1]! : inner;
}
