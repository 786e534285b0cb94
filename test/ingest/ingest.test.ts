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

  describe('date lines are metadata, not headlines', () => {
    const de =
      '\n\nDie Regierung hat am Dienstag neue Zahlen vorgelegt. Sie zeigen einen Anstieg der Arbeitslosigkeit.\n';
    const en = '\n\nThe government on Tuesday published new figures. They show unemployment rising.\n';
    it.each([
      ['Berlin, 12. März 2025', de, '2025-03-12'],
      ['LONDON, March 3, 2025', en, '2025-03-03'],
      ['Mittwoch, 12. März 2025', de, '2025-03-12'],
      ['Wednesday, March 12, 2025', en, '2025-03-12'],
      ['Published: March 3, 2025 09:15 GMT', en, '2025-03-03'],
      ['Berlin, 12.03.2025, 14:30 Uhr', de, '2025-03-12'],
      ['Frankfurt am Main, Mittwoch, 12. März 2025', de, '2025-03-12'],
    ])('%s', (line, body, iso) => {
      for (const text of [`${line}${body}`, `Zahlen vorgelegt\n\n${line}${body}`]) {
        const { article } = ingestText(text, { name: 'a.txt' });
        expect(article.date?.iso).toBe(iso);
        expect(article.headline?.text).not.toBe(line);
        expect(article.sentences.map((s) => s.text).join(' ')).not.toContain(line);
      }
    });

    it('a sentence that opens with a place and a date is body, not a date line', () => {
      const { article } = ingestText(`Berlin, 12. März 2025 war ein kalter Tag für die Regierung.${de}`, {
        name: 'a.txt',
      });
      expect(article.sentences[0]!.text).toMatch(/war ein kalter Tag/);
    });
  });

  it('keeps a byline after the headline apart from the statements, in either language', () => {
    for (const [text, byline] of [
      [
        'Talks end\n\nBy Jane Doe and John Roe, Reuters\n\nThe minister said no. She left early.\n',
        'By Jane Doe and John Roe, Reuters',
      ],
      [
        'Gespräche enden\n\nVon Anna Berg und Max Müller\n\nDer Minister sagte nein. Sie ging früh.\n',
        'Von Anna Berg und Max Müller',
      ],
    ] as const) {
      const { article } = ingestText(text, { name: 'a.txt' });
      expect(article.byline?.text).toBe(byline);
      expect(article.sentences).toHaveLength(2);
    }
    // A headline that opens with the marker word is no byline.
    const { article } = ingestText(
      'Talks end\n\nBy the river, the talks went on for days.\n\nThey ended.\n',
      {
        name: 'a.txt',
      },
    );
    expect(article.byline).toBeUndefined();
  });

  it('keeps Markdown subheadings and image descriptions as furniture, not statements', () => {
    const md =
      '# Kallas warnt\n\nDie EU-Außenbeauftragte hat gewarnt. Sie sagte, Europa müsse mehr tun.\n\n![Kallas in Brüssel](k.jpg)\n\n## Reaktionen aus Moskau\n\nDer Kreml wies das zurück, ![icon](i.png) sagte ein Sprecher.\n';
    const { article } = ingestText(md, { name: 'a.md' });
    expect(article.headline?.text).toBe('Kallas warnt');
    expect(article.furniture?.map((f) => [f.kind, f.text])).toEqual([
      ['image', 'Kallas in Brüssel'],
      ['subheading', 'Reaktionen aus Moskau'],
    ]);
    for (const f of article.furniture!) expect(article.text.slice(f.start, f.end)).toBe(f.text);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'Die EU-Außenbeauftragte hat gewarnt.',
      'Sie sagte, Europa müsse mehr tun.',
      'Der Kreml wies das zurück, sagte ein Sprecher.',
    ]);
  });

  it('decodes a file mixing UTF-8 and Windows-1252 line by line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Die Regierung sagte: „Wir handeln.“ Das ist klar.\n\n', 'utf8'),
      Buffer.from('Der Minister sagte, die \u00c4nderung sei n\u00f6tig.\n', 'latin1'),
    ]);
    const { article } = ingestBytes(bytes, { name: 'mixed.txt' });
    expect(article.text).toContain('„Wir handeln.“');
    expect(article.text).toContain('die Änderung sei nötig');
    expect(article.warnings).toEqual([
      'mixed.txt: line 3 not valid UTF-8; read as Windows-1252, the rest as UTF-8',
    ]);
  });

  it('warns when a forced language contradicts a clear detection', () => {
    const { article } = ingestBytes(seed(SOURCE), { name: SOURCE, language: 'en' });
    expect(article.language).toBe('en');
    expect(article.warnings).toEqual([
      `${SOURCE}: read as en as asked, but its text is de; the findings will be unreliable`,
    ]);
    expect(ingestBytes(seed(SOURCE), { name: SOURCE, language: 'de' }).article.warnings).toEqual([]);
  });
});
