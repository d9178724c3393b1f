import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocument } from '@irr/documents';
import { parseRecords } from '@irr/domain';
import { medianTime, round } from './lib/stats.js';

export interface FormatRow {
  format: string;
  megabytes: number;
  records: number;
  okRecords: number;
  findings: number;
  recordsPerSecond: number;
  /** The format's rate over the codec's own rate on the record text, same run. */
  ratio: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The record text as a saved web page, laid out as offices' pages are: the header fields (`Label<TAB>value`)
 * as a two-column table, every other line a paragraph (a line of HTML as that HTML), so the page's text is
 * the record text.
 */
function webPage(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const endTable = () => {
    if (rows.length > 0) out.push(`<table border="1" cellpadding="6">${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const field = /^([^\t<]+)\t(.*)$/.exec(line);
    if (field) {
      rows.push(`<tr><td>${escape(field[1]!)}</td><td>${htmlOf(field[2]!)}</td></tr>`);
      continue;
    }
    endTable();
    out.push(/^\s*</.test(line) ? line : `<p>${escape(line)}</p>`);
  }
  endTable();
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Response records</title></head>\n<body>\n${out.join('\n')}\n</body></html>\n`;
}

const htmlOf = (value: string) => (/^\s*</.test(value) ? value : escape(value));

/** Where LibreOffice's output is kept between runs, by the page's hash: the same records convert once. */
const CONVERTED = join(tmpdir(), 'irr-bench-formats-converted');

/**
 * LibreOffice, once per page: the web page as a Word document and as a PDF. Laying out the PDF of
 * 500 records took over ten minutes on the shared machine, so there is no time limit, each run has
 * its own LibreOffice profile (two runs at once must not share one), and the files are kept by the
 * page's hash for the next run of the same records.
 */
function convert(html: string, dir: string): { docx: Uint8Array; pdf: Uint8Array } {
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 16);
  const kept = join(CONVERTED, hash);
  const docxFile = join(kept, 'records.docx');
  const pdfFile = join(kept, 'records.pdf');
  if (!existsSync(docxFile) || !existsSync(pdfFile)) {
    const page = join(dir, 'records.html');
    writeFileSync(page, html);
    const profile = join(dir, 'libreoffice-profile');
    const soffice = (to: string) =>
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          to,
          '--outdir',
          dir,
          page,
        ],
        { stdio: 'pipe' },
      );
    soffice('docx:MS Word 2007 XML');
    soffice('pdf:writer_web_pdf_Export');
    mkdirSync(kept, { recursive: true });
    // Renamed into place last, so an interrupted run leaves no half-written file to reuse.
    copyFileSync(join(dir, 'records.docx'), `${docxFile}.part`);
    renameSync(`${docxFile}.part`, docxFile);
    copyFileSync(join(dir, 'records.pdf'), `${pdfFile}.part`);
    renameSync(`${pdfFile}.part`, pdfFile);
  }
  return {
    docx: new Uint8Array(readFileSync(docxFile)),
    pdf: new Uint8Array(readFileSync(pdfFile)),
  };
}

/**
 * The same records as record text, a web page, a Word document and a PDF, each read in this process
 * by `readDocument` (the median of runs over at least two seconds), beside `parseRecords` on the text: what each format's reader costs
 * on top of the codec, and how many records and findings come back from it.
 */
export async function formatsBench(texts: readonly string[]): Promise<FormatRow[]> {
  const text = texts.join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'irr-bench-formats-'));
  try {
    const html = webPage(text);
    const { docx, pdf } = convert(html, dir);
    const codec = await medianTime(() => parseRecords(text));
    const codecRate = codec.last.length / (codec.ms / 1000);
    const row = (
      format: string,
      bytes: number,
      ms: number,
      records: ReturnType<typeof parseRecords>,
    ): FormatRow => {
      const rate = records.length / (ms / 1000);
      return {
        format,
        megabytes: round(bytes / 2 ** 20, 2),
        records: records.length,
        okRecords: records.filter((r) => r.ok).length,
        findings: records.reduce((n, r) => n + (r.record?.findings.length ?? 0), 0),
        recordsPerSecond: round(rate, 1),
        ratio: round(rate / codecRate, 4),
      };
    };
    const rows = [
      row('codec (parseRecords)', new TextEncoder().encode(text).length, codec.ms, codec.last),
    ];
    const files: [string, Uint8Array, string][] = [
      ['record text', new TextEncoder().encode(text), 'records.txt'],
      ['html', new TextEncoder().encode(html), 'records.html'],
      ['docx', docx, 'records.docx'],
      ['pdf', pdf, 'records.pdf'],
    ];
    for (const [format, bytes, name] of files) {
      const read = await medianTime(() => readDocument(bytes, name));
      rows.push(row(format, bytes.length, read.ms, read.last.records));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
