import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
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
  /** Records whose findings came back as the codec reads them from the record text (kind, number, text, updates). */
  sameFindings: number;
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

/** Where LibreOffice's output is kept between runs, by the pages' hash: the same records convert once. */
const CONVERTED = join(tmpdir(), 'irr-bench-formats-converted');

/**
 * LibreOffice, once per format for all the pages: each record's web page as a Word document and as a PDF,
 * one file per record as offices keep them. (One document of 100 records took LibreOffice over ten
 * minutes to lay out; a hundred one-record documents take seconds.) Each run has its own LibreOffice
 * profile (two runs at once must not share one), and the files are kept by the pages' hash.
 */
function convert(pages: readonly string[], dir: string): { docx: Uint8Array[]; pdf: Uint8Array[] } {
  const hash = createHash('sha256').update(pages.join('\f')).digest('hex').slice(0, 16);
  const kept = join(CONVERTED, hash);
  const names = pages.map((_, i) => `record-${String(i + 1).padStart(4, '0')}`);
  const done = join(kept, 'done');
  if (!existsSync(done)) {
    const files = pages.map((page, i) => {
      const file = join(dir, `${names[i]}.html`);
      writeFileSync(file, page);
      return file;
    });
    const profile = join(dir, 'libreoffice-profile');
    const soffice = (to: string, inputs: readonly string[]) =>
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          to,
          '--outdir',
          dir,
          ...inputs,
        ],
        { stdio: 'pipe' },
      );
    // LibreOffice now and then skips a file of a long list without saying so: convert what is missing again.
    for (const [ext, filter] of [
      ['docx', 'docx:MS Word 2007 XML'],
      ['pdf', 'pdf:writer_web_pdf_Export'],
    ] as const) {
      for (let attempt = 1; ; attempt++) {
        const missing = files.filter((_, i) => !existsSync(join(dir, `${names[i]}.${ext}`)));
        if (missing.length === 0) break;
        if (attempt > 3)
          throw new Error(`LibreOffice did not convert ${missing.length} pages to ${ext}`);
        soffice(filter, missing);
      }
    }
    mkdirSync(kept, { recursive: true });
    for (const name of names)
      for (const ext of ['docx', 'pdf'])
        copyFileSync(join(dir, `${name}.${ext}`), join(kept, `${name}.${ext}`));
    // Marked done last, so an interrupted run leaves nothing half-written to reuse.
    writeFileSync(done, '');
  }
  const read = (ext: string) =>
    names.map((n) => new Uint8Array(readFileSync(join(kept, `${n}.${ext}`))));
  return { docx: read('docx'), pdf: read('pdf') };
}

type Parsed = ReturnType<typeof parseRecords>[number]['record'];

/**
 * What a reader must get right of a record's findings, markup and spacing aside: a finding whose text
 * swallowed the next one, or a response joined to its finding, counts the same findings but differs here.
 */
function findingsKey(record: Parsed): string {
  const plain = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return (record?.findings ?? [])
    .map((f) => [f.kind, f.ref, plain(f.text), f.updates.length].join('|'))
    .join('\n');
}

/**
 * The same records as record text, a web page, a Word document and a PDF, each read in this process
 * by `readDocument` (the median of runs over at least two seconds), beside `parseRecords` on the text: what each format's reader costs
 * on top of the codec, and how many records and findings come back from it, and how many records' findings
 * came back as the codec reads them.
 */
export async function formatsBench(texts: readonly string[]): Promise<FormatRow[]> {
  const text = texts.join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'irr-bench-formats-'));
  try {
    const pages = texts.map(webPage);
    const { docx, pdf } = convert(pages, dir);
    const codec = await medianTime(() => parseRecords(text));
    const expected = codec.last.map((r) => findingsKey(r.record));
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
        sameFindings: records.filter((r, i) => findingsKey(r.record) === expected[i]).length,
        recordsPerSecond: round(rate, 1),
        ratio: round(rate / codecRate, 4),
      };
    };
    const rows = [
      row('codec (parseRecords)', new TextEncoder().encode(text).length, codec.ms, codec.last),
    ];
    const encode = (t: string) => new TextEncoder().encode(t);
    const formats: [string, Uint8Array[], string][] = [
      ['record text', texts.map(encode), 'txt'],
      ['html', pages.map(encode), 'html'],
      ['docx', docx, 'docx'],
      ['pdf', pdf, 'pdf'],
    ];
    // A file per record, as offices keep them: each read by readDocument, its records counted together.
    for (const [format, files, ext] of formats) {
      const read = await medianTime(async () => {
        const records = [];
        for (const [i, bytes] of files.entries())
          records.push(...(await readDocument(bytes, `record-${i + 1}.${ext}`)).records);
        return records;
      });
      const bytes = files.reduce((n, f) => n + f.length, 0);
      rows.push(row(format, bytes, read.ms, read.last));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
