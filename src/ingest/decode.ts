import { InputError } from '../errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  warnings: string[];
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** Decodes article bytes: UTF-8 (with or without BOM), else Windows-1252; binary input is refused. */
export function decodeBytes(bytes: Uint8Array, name: string): DecodedText {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b))
      throw new InputError(`${name}: is a ${kind}, not an article text`);
  }
  if (bytes.subarray(0, 65_536).includes(0)) {
    throw new InputError(`${name}: looks like a binary file (it contains NUL bytes), not an article text`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', warnings: [] };
  } catch {
    return decodeByLine(bytes, name);
  }
}

/**
 * Text pasted together from several sources can mix UTF-8 and Windows-1252 lines: each line is read
 * in the encoding it is valid in, so the UTF-8 lines keep their „quotes“ and the others their umlauts.
 */
function decodeByLine(bytes: Uint8Array, name: string): DecodedText {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parts: string[] = [];
  const legacy: number[] = [];
  let start = 0;
  let line = 1;
  let lines = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const chunk = bytes.subarray(start, end);
    lines++;
    try {
      parts.push(utf8.decode(chunk));
    } catch {
      parts.push(decodeWindows1252(chunk));
      legacy.push(line);
    }
    start = end;
    line++;
  }
  const all = legacy.length === lines;
  return {
    text: parts.join(''),
    encoding: 'windows-1252',
    warnings: [
      all
        ? `${name}: not valid UTF-8; read as Windows-1252`
        : `${name}: ${legacy.length === 1 ? 'line' : 'lines'} ${listed(legacy)} not valid UTF-8; read as Windows-1252, the rest as UTF-8`,
    ],
  };
}

const listed = (lines: number[]): string =>
  lines.length > 6 ? `${lines.slice(0, 6).join(', ')} and ${lines.length - 6} more` : lines.join(', ');

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (typographic quotes, dashes, €); undefined bytes stay as is. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
