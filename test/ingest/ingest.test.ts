import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText } from '../../src/ingest/article.js';
import { InputError } from '../../src/errors.js';

const seed = (n: string): Buffer => readFileSync(new URL(`../../seeds/${n}`, import.meta.url));
const SOURCE = '000_bafdc0cafe821a47.txt';
const REWRITE = '001_919184c9a5fb0886.txt';

describe('ingest', () => {
  it('reads a date line glued to the lead as metadata, not body', () => {
    const { article } = ingestBytes(seed(SOURCE), { name: SOURCE });
    expect(article.language).toBe('de');
    expect(article.date?.iso).toBe('2026-02-10');
    expect(article.sentences[0]!.text).toMatch(/^EU-Chefdiplomatin Kaja Kallas erklärt/);
    expect(article.sentences.find((s) => s.text.startsWith('Kallas gespannt'))?.heading).toBe(true);
  });

  it('reads date, section and headline lines as metadata', () => {
    const { article } = ingestBytes(seed(REWRITE), { name: REWRITE });
    expect(article.date).toMatchObject({ iso: '2026-02-10', precision: 'day' });
    expect(article.section?.text).toBe('Politik');
    expect(article.headline?.text).toMatch(/^EU-Chefdiplomatin Kallas: Europa zeigt/);
    expect(article.sentences[0]!.text).toMatch(/^Neueste Informationen/);
  });

  it('gives sentence offsets into the text as given', () => {
    const given = 'Feb. 10, 2026\r\n\r\nThe minister\u00A0said no.\r\nShe left\u00AD early. Talks end.';
    const { article } = ingestText(given, { name: 'x.txt' });
    expect(article.date?.iso).toBe('2026-02-10');
    for (const s of article.sentences) expect(given.slice(s.start, s.end)).toBe(s.text);
    expect(article.sentences.map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      'The minister\u00A0said no.'.replace(/\s+/g, ' '),
      'She left\u00AD early.',
      'Talks end.',
    ]);
  });

  it.each([
    ['ISO with label', ' date 2025-04 Der Präsident kam.', '2025-04'],
    ['German long form', '10. Februar, 2026\n\nDer Präsident kam.', '2026-02-10'],
    ['English long form', 'February 10, 2026\n\nThe president came.', '2026-02-10'],
    ['numeric German', '10.02.2026\n\nDer Präsident kam.', '2026-02-10'],
  ])('finds the leading date: %s', (_label, text, iso) => {
    expect(ingestText(text).article.date?.iso).toBe(iso);
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Der Präsident kam. Er ging.'),
    ]);
    const { article } = ingestBytes(bytes);
    expect(article.text.startsWith('Der')).toBe(true);
    expect(article.encoding).toBe('utf-8');
  });

  it('reads text that is not UTF-8 as Windows-1252 and says so', () => {
    // "Die Gespräche „enden“." with ä = 0xE4 and „ = 0x84, “ = 0x93 as Windows-1252 writes them.
    const bytes = Buffer.from([
      ...Buffer.from('Die Gespr'),
      0xe4,
      ...Buffer.from('che '),
      0x84,
      ...Buffer.from('enden'),
      0x93,
      ...Buffer.from('. Er ging.'),
    ]);
    const { article } = ingestBytes(bytes, { name: 'cp.txt' });
    expect(article.encoding).toBe('windows-1252');
    expect(article.text).toBe('Die Gespräche „enden“. Er ging.');
    expect(article.warnings.join()).toMatch(/Windows-1252/);
  });

  it('refuses binary input', () => {
    expect(() => ingestBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), { name: 'a.png' })).toThrow(
      InputError,
    );
    expect(() => ingestBytes(Buffer.from([0x41, 0x00, 0x42]), { name: 'a.bin' })).toThrow(/binary/);
  });

  it('refuses empty text', () => {
    expect(() => ingestText('  \n\t ', { name: 'e.txt' })).toThrow(/empty/);
  });

  it('extracts the main text of an HTML page with a real parser', () => {
    const html = `<!doctype html><html><head><title>Site</title><meta property="article:published_time" content="2026-02-10T08:00:00Z">
      <script>var x = "Nicht lesen.";</script></head><body><nav>Menü Start Politik</nav>
      <article><h1>Kallas warnt Moskau</h1><p>Die EU-Chefdiplomatin sprach am Montag &amp; forderte mehr.</p>
      <p>Sie sagte: «Wir bleiben standhaft.»</p></article><footer>Impressum</footer></body></html>`;
    const { article } = ingestText(html, { name: 'page.html' });
    expect(article.format).toBe('html');
    expect(article.headline?.text).toBe('Kallas warnt Moskau');
    expect(article.date?.iso).toBe('2026-02-10');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'Die EU-Chefdiplomatin sprach am Montag & forderte mehr.',
      'Sie sagte: «Wir bleiben standhaft.»',
    ]);
    expect(article.text).not.toMatch(/Menü|Impressum|Nicht lesen/);
  });

  it('strips Markdown markup and keeps paragraphs', () => {
    const md =
      '---\ntitle: Talks end\ndate: 2026-02-10\n---\n# Talks end\n\nThe **minister** said [no](http://x).\n\n- She left *early*.\n';
    const { article } = ingestText(md, { name: 'a.md' });
    expect(article.format).toBe('markdown');
    expect(article.headline?.text).toBe('Talks end');
    expect(article.date?.iso).toBe('2026-02-10');
    expect(article.sentences.map((s) => s.text)).toEqual(['The minister said no.', 'She left early.']);
  });
});
