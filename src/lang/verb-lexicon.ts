/** What one written word can be as a verb: which verb, and in which form. */
export interface VerbReading {
  lemma: string;
  /** The separable particle that belongs with it ("vor" of "vorlegen"), when the word is written without it. */
  particle: string;
  form:
    | 'present'
    | 'past'
    | 'subjunctive1'
    | 'subjunctive2'
    | 'participle'
    | 'progressive'
    | 'infinitive'
    | 'zu-infinitive';
}

/** The order of a lexicon line's fields after lemma, particle and shared start (see bench/lexicons/german-verbs.ts). */
const FIELD_FORMS = [
  'present',
  'past',
  'subjunctive1',
  'subjunctive2',
  'participle',
  'zu-infinitive',
] as const;

/** The forms of each field of a line, the shared start put back before every form. */
function expand(fields: string[]): string[][] {
  const [start = '', ...rest] = fields;
  const forms = rest.map((field, i) =>
    field
      ? field
          .split(',')
          .map((f) =>
            FIELD_FORMS[i] === 'participle' || FIELD_FORMS[i] === 'zu-infinitive'
              ? f.replace('*', start)
              : start + f,
          )
      : [],
  );
  return forms;
}

/**
 * Every written form of a lexicon's verbs and what it can be, built from the generated lines on first use.
 * Separable verbs are found both split ("legte" with the particle "vor") and joined ("vorlegte", in a subordinate
 * clause). The forms are written in the tokens' folded spelling and stand once in each field, so they are added
 * as they come; only the lemmas, in their dictionary spelling, are folded (`fold`) to be found as infinitives.
 */
export function verbReadings(lines: string, fold: (word: string) => string): Map<string, VerbReading[]> {
  const byLemma = new Map<string, string[]>();
  const rows: string[][] = [];
  for (const line of lines.split('\n')) {
    if (!line) continue;
    const row = line.split('|');
    byLemma.set(row[0]!, row);
    rows.push(row);
  }
  const readings = new Map<string, VerbReading[]>();
  const add = (form: string, reading: VerbReading) => {
    const list = readings.get(form);
    if (list) list.push(reading);
    else readings.set(form, [reading]);
  };
  for (const row of rows) {
    const [lemma = '', particle = '', ...fields] = row;
    const reference = fields[0]?.startsWith('=') ? byLemma.get(fields[0].slice(1)) : undefined;
    const forms = expand(reference ? reference.slice(2) : fields);
    add(fold(lemma), { lemma, particle: '', form: 'infinitive' });
    // A base without a particle has no zu-infinitive of its own ("legen"); the separable verb puts "zu" after its
    // particle ("vorzulegen").
    const zu = particle + 'zu' + fold(reference?.[0] ?? '');
    if (reference && particle && !readings.get(zu)?.some((r) => r.lemma === lemma))
      add(zu, { lemma, particle: '', form: 'zu-infinitive' });
    forms.forEach((list, i) => {
      const kind = FIELD_FORMS[i]!;
      for (const written of list) {
        if (kind === 'participle' || kind === 'zu-infinitive') {
          // A referenced base's participle gains the particle ("gelegt" → "vorgelegt").
          const whole = reference
            ? particle + (kind === 'zu-infinitive' ? 'zu' + fold(reference[0]!) : written)
            : written;
          add(whole, { lemma, particle: '', form: kind });
          continue;
        }
        add(written, { lemma, particle, form: kind });
        if (particle) add(particle + written, { lemma, particle: '', form: kind });
      }
    });
  }
  return readings;
}
