import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './sanitize.js';
import { policyViolations } from './test-support/oracle.js';

/** Named attacks, each with what must come out when we know it exactly. */
const PAYLOADS: [name: string, html: string, expected?: string][] = [
  ['script tag', '<script>alert(1)</script>', ''],
  ['upper-case script tag', '<SCRIPT>alert(1)</SCRIPT>', ''],
  ['mixed-case script tag', '<ScRiPt>alert(1)</sCrIpT>after', 'after'],
  ['script with external source', '<script src=//evil.example/x.js></script>', ''],
  ['script with slash before attribute', '<script/src="//evil.example/x.js"></script>', ''],
  ['script tag split over lines', '<script\n>alert(1)</script\n>ok', 'ok'],
  ['script split around another script', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
  ['doubled angle brackets', '<<script>script>alert(1)<</script>/script>', '&lt;/script&gt;'],
  ['unterminated script element', '<p>Hi</p><script>alert(1)', '<p>Hi</p>'],
  ['unterminated script tag', 'Hi <script', 'Hi '],
  ['script inside an allowed element', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
  ['img onerror', '<img src=x onerror=alert(1)>', ''],
  ['img with javascript src', '<IMG SRC="javascript:alert(1)">', ''],
  ['img with eval of its own src', '<img src=x:alert(alt) onerror=eval(src) alt=0>', ''],
  ['img srcset', '<img srcset="x 1x" src=x onerror=alert(1)>', ''],
  ['svg onload', '<svg onload=alert(1)>', ''],
  ['svg with slash before onload', '<svg/onload=alert(1)>inside', ''],
  ['self-closed svg', '<svg onload=alert(1) />after', 'after'],
  ['script inside svg', '<svg><script>alert(1)</script></svg>after', 'after'],
  [
    'svg CDATA hiding an img',
    '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(1)//"></svg>',
    '',
  ],
  [
    'math with mglyph and style',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '',
  ],
  ['style inside math', '<math><style><img src=x onerror=alert(1)></style></math>ok', 'ok'],
  ['javascript link', '<a href="javascript:alert(1)">x</a>', 'x'],
  ['upper-case javascript link', '<a href="JAVASCRIPT:alert(1)">x</a>', 'x'],
  ['padded mixed-case javascript link', '<a href="  JaVaScRiPt:alert(1)">x</a>', 'x'],
  ['unquoted javascript link', '<a href=javascript:alert(1)>x</a>', 'x'],
  [
    'decimal-entity javascript link',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    'x',
  ],
  ['hex entity and &colon; javascript link', '<a href="&#x6A;avascript&colon;alert(1)">x</a>', 'x'],
  ['entity without semicolon, zero-padded', '<a href="&#0000106avascript:alert(1)">x</a>', 'x'],
  ['tab-split javascript link', '<a href="java\tscript:alert(1)">x</a>', 'x'],
  ['entity tab-split javascript link', '<a href="java&#x09;script:alert(1)">x</a>', 'x'],
  ['&Tab;-split javascript link', '<a href="java&Tab;script:alert(1)">x</a>', 'x'],
  ['newline-split javascript link', '<a href="java\nscript:alert(1)">x</a>', 'x'],
  ['entity newline in javascript link', '<a href="ja&#x0A;vascript:alert(1)">x</a>', 'x'],
  ['control character before javascript', '<a href="\u0001javascript:alert(1)">x</a>', 'x'],
  ['no-break space before javascript', '<a href="\u00a0javascript:alert(1)">x</a>', 'x'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
  [
    'data URL link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    'x',
  ],
  ['protocol-relative link', '<a href="//evil.example/">x</a>', 'x'],
  [
    'event handlers on a good link',
    '<a href="https://ok.example/" onclick="alert(1)" onmouseover=alert(1) target=_blank>x</a>',
    '<a href="https://ok.example/">x</a>',
  ],
  [
    'style attribute with javascript url',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<p>x</p>',
  ],
  ['style element', '<style>@import "http://evil.example/x.css";</style>ok', 'ok'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  ['iframe javascript src', '<iframe src="javascript:alert(1)">text</iframe>', ''],
  [
    'form button formaction',
    '<form><button formaction="javascript:alert(1)">go</button></form>',
    'go',
  ],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
  ['base href', '<base href="javascript:alert(1)//"><a href="x">y</a>', 'y'],
  ['object data', '<object data="javascript:alert(1)">fallback</object>', ''],
  ['embed src', '<embed src="javascript:alert(1)">after', 'after'],
  ['comment hiding a script', '<!--<script>alert(1)</script>-->', ''],
  ['abruptly closed comment', '<!--><script>alert(1)</script>-->', '--&gt;'],
  ['comment closed with --!>', '<!-- x --!><b>bold</b>', '<b>bold</b>'],
  ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '"&gt;'],
  [
    'style mutation inside svg',
    '<p><svg><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<p></p>',
  ],
  ['CDATA in HTML', '<![CDATA[<script>alert(1)</script>]]>', 'alert(1)]]&gt;'],
  ['textarea holding a script', '<textarea><script>alert(1)</script></textarea>', ''],
  ['title holding a script', '<title><script>alert(1)</script></title>', ''],
  ['template holding a script', '<template><script>alert(1)</script></template>', ''],
  ['select holding a script', '<select><option><script>alert(1)</script>', ''],
  ['xmp holding a script', '<xmp><script>alert(1)</script></xmp>', ''],
  ['plaintext holding a script', '<plaintext><script>alert(1)</script>', ''],
  ['div with handler', '<div onmouseover="alert(1)">hover</div>', 'hover'],
  ['details ontoggle', '<details open ontoggle=alert(1)>x</details>', 'x'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>', ''],
  [
    'table background',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<table><tr><td>x</td></tr></table>',
  ],
  ['attribute breakout in text', '"><script>alert(1)</script>', '"&gt;'],
  [
    'script in a dropped attribute',
    '<a href="https://ok.example/" title="&quot;><script>alert(1)</script>">x</a>',
    '<a href="https://ok.example/">x</a>',
  ],
  ['id, class and srcset', '<p id="x" class="y" srcset="z" lang="en">t</p>', '<p>t</p>'],
  ['escaped script stays text', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  [
    '__proto__ attribute',
    '<a __proto__="x" href="https://ok.example/">x</a>',
    '<a href="https://ok.example/">x</a>',
  ],
];

describe('sanitizeRichText against XSS payloads', () => {
  it('has a good number of named payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PAYLOADS)('%s', (_name, html, expected) => {
    const out = sanitizeRichText(html);
    const scriptText = /&lt;script/i.test(html) ? 'allow' : 'forbid';
    expect(policyViolations(out, scriptText)).toEqual([]);
    expect(sanitizeRichText(out)).toBe(out);
    if (expected !== undefined) expect(out).toBe(expected);
  });
});

describe('the oracle', () => {
  // Proves the checks above can fail.
  it('reports forbidden elements, attributes, hrefs and script-like text', () => {
    expect(policyViolations('<img src=x onerror=alert(1)>')).toEqual([
      '<img>',
      '<img src>',
      '<img onerror>',
    ]);
    expect(policyViolations('<a href="javascript:alert(1)">x</a>')).toEqual([
      'href "javascript:alert(1)"',
    ]);
    expect(policyViolations('<a href="//evil.example">x</a>')).toEqual(['href "//evil.example"']);
    expect(policyViolations('<p>&lt;script&gt;</p>')).toEqual(['text "<script>"']);
    expect(policyViolations('<svg><p>x</p></svg>')).toContain('foreign <svg>');
  });
});
