// Bytes of a text in each encoding offices save in, built in the test rather than committed.
const HIGH_1252 = new Map(
  [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
    0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
    0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
  ].map((code, i) => [code, 0x80 + i]),
);

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

export function utf8(text: string, bom = false): Uint8Array {
  return Uint8Array.from([...(bom ? BOM_UTF8 : []), ...new TextEncoder().encode(text)]);
}

export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const all = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) all.push(text.charCodeAt(i));
  return Uint8Array.from(
    all.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])),
  );
}

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.codePointAt(0)!;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : HIGH_1252.get(code);
    if (byte === undefined) throw new Error(`${ch} is not in Windows-1252`);
    return byte;
  });
}
