/**
 * The seed record as an office's web page would lay it out: header fields in a table with bold labels,
 * each plain line a paragraph, its bullets as (nested) lists, its HTML lines as they are. The tests read
 * it as a page; `seed-as-word.docx` is this page, without the site around it, opened and saved as Word
 * by LibreOffice (README.md).
 */
export function seedAsWebPage(seed: string, siteAround = true): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const nav = '<nav><a href="/">Home</a> <a href="/about">About the Commissioner</a></nav>';
  const footer = "<footer><p>© Staffordshire Commissioner's Office</p></footer>";
  let html = `<html><head><meta charset="utf-8"></head><body>${siteAround ? nav : ''}<main>`;
  let inTable = false;
  for (const line of seed.split(/\r?\n/)) {
    const text = line.trim();
    const field = /^([^\t ][^\t]*)\t(.*)$/.exec(line);
    if (field) {
      if (!inTable) html += '<table border="1">';
      inTable = true;
      const value = field[2]!.trim();
      html += `<tr><td><b>${escape(field[1]!)}</b></td><td>${/</.test(value) ? value : escape(value)}</td></tr>`;
      continue;
    }
    if (inTable) html += '</table>';
    inTable = false;
    if (!text) continue;
    if (/<\/?[a-z]/i.test(text)) html += text;
    else if (/^-\s/.test(text)) {
      const depth = line.length - line.trimStart().length + 1;
      html += `${'<ul>'.repeat(depth)}<li>${escape(text.slice(2))}</li>${'</ul>'.repeat(depth)}`;
    } else if (text === 'Force Update:') html += `<p><b>${text}</b></p>`;
    else html += `<p>${escape(text)}</p>`;
  }
  return `${html}</main>${siteAround ? footer : ''}</body></html>`;
}
