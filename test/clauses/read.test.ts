import { describe, expect, it } from 'vitest';
import { readClauses } from '../../src/clauses/read.js';
import { languagePack } from '../../src/lang/index.js';
import type { Language } from '../../src/types.js';
import { tokenize } from '../../src/text/tokens.js';

const clauses = (lang: Language, text: string) =>
  readClauses({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang)).map((c) => ({
    kind: c.kind,
    status: c.status,
    mood: c.mood,
    lemma: c.verb?.lemma,
    verb: c.verb?.text,
  }));

/** Each clause's verb group, whether it carries a flag of the clause reader, and its status. */
const flagged = (flag: 'condition' | 'participle') => (lang: Language, text: string) =>
  readClauses({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang)).map((c) => [
    c.verb?.text,
    c[flag] ?? false,
    c.status,
  ]);

type Row = [Language, string, { status: string; mood: string; lemma?: string; verb?: string }[]];

const rows: Row[] = [
  // English negates and asks with "do": the auxiliary carries the tense, the bare infinitive after it the event.
  // German negates the finite verb itself.
  [
    'en',
    'The minister did not attend the meeting.',
    [{ status: 'done', mood: 'indicative', lemma: 'attend', verb: 'did … attend' }],
  ],
  [
    'en',
    "The company doesn't sell cars.",
    [{ status: 'unmarked', mood: 'indicative', lemma: 'sell', verb: "doesn't sell" }],
  ],
  ['en', 'They did their homework.', [{ status: 'done', mood: 'indicative', lemma: 'do', verb: 'did' }]],
  [
    'de',
    'Der Minister besuchte die Sitzung nicht.',
    [{ status: 'done', mood: 'indicative', lemma: 'besuchen', verb: 'besuchte' }],
  ],
  // A noun after an article is no infinitive though "to" stands before the article ("according to a survey"), and a
  // form of an adjective in the irregular list is no verb ("better" of "good").
  [
    'en',
    'According to a survey by the agency, the staff felt better.',
    [{ status: 'done', mood: 'indicative', lemma: 'feel', verb: 'felt' }],
  ],
  [
    'de',
    'Laut einer Umfrage der Agentur fühlten sich die Mitarbeiter besser.',
    [{ status: 'done', mood: 'indicative', lemma: 'fühlen', verb: 'fühlten' }],
  ],
  // The state a hearsay passes on may be "have": the bracket closes on it, and English reads its infinitive.
  [
    'de',
    'Die Firma soll weniger Geld haben.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'haben', verb: 'soll … haben' }],
  ],
  [
    'en',
    'Social enterprises are said to have fewer sick days.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'have', verb: 'are said to have' }],
  ],
  // A preposition is no verb though a rare verb has its form ("samt" of "samen", "bar" of "to bar").
  [
    'de',
    'Die Stadt baute das Haus, samt den Plänen der Firma.',
    [
      { status: 'done', mood: 'indicative', lemma: 'bauen', verb: 'baute' },
      { status: 'unmarked', mood: 'indicative' },
    ],
  ],
  [
    'en',
    'All members voted, bar the chairman.',
    [{ status: 'done', mood: 'indicative', lemma: 'vote', verb: 'voted' }],
  ],
  // An adjective between an article and its noun is no verb, though a verb has that form ("deutsche" of
  // "eindeutschen"); English: a participle after an article is an adjective ("the proposed law").
  [
    'de',
    'Auch die deutsche Außenministerin Annalena Baerbock kritisierte leere Worte aus Moskau.',
    [{ status: 'done', mood: 'indicative', lemma: 'kritisieren', verb: 'kritisierte' }],
  ],
  [
    'en',
    'The proposed law angered the German foreign minister.',
    [{ status: 'done', mood: 'indicative', lemma: 'anger', verb: 'angered' }],
  ],
  // A German subordinate clause holds its finite verb before it ends: a comma before that parts a list inside it, and
  // the separable particle after the clause is its main clause's ("rief … auf" is "aufrufen").
  [
    'de',
    'Das Land rief alle, die aus Südafrika, Lesotho oder Eswatini zurückgekehrt sind, dazu auf, einen Test zu machen.',
    [
      { status: 'done', mood: 'indicative', lemma: 'aufrufen', verb: 'rief … auf' },
      { status: 'done', mood: 'indicative', lemma: 'zurückkehren', verb: 'zurückgekehrt sind' },
      { status: 'unmarked', mood: 'indicative' },
    ],
  ],
  [
    'en',
    'The state asked everyone who had returned from South Africa, Lesotho or Eswatini to take a test.',
    [
      { status: 'done', mood: 'indicative', lemma: 'ask', verb: 'asked' },
      { status: 'done', mood: 'indicative', lemma: 'return', verb: 'had returned' },
    ],
  ],
  // An apposition opened by an article after a comma is no relative clause: with no verb before its comma it gives
  // the main clause back the rest of its bracket ("soll … verbrannt werden").
  [
    'de',
    'Künftig soll eine Strohpuppe, der sogenannte Nubbel, verbrannt werden und mit ihm die Sünden.',
    [
      { status: 'planned', mood: 'indicative', lemma: 'verbrennen', verb: 'soll … verbrannt werden' },
      { status: 'unmarked', mood: 'indicative' },
    ],
  ],
  [
    'en',
    'In future a straw doll, the so-called Nubbel, is to be burned along with the sins.',
    [{ status: 'planned', mood: 'indicative', lemma: 'burn', verb: 'is to be burned' }],
  ],
  // A date between the subject and its verb, with or without its year, is an adverbial, not the verb's subject.
  [
    'en',
    'The council on July 7, 2016 urged the mayor to act.',
    [{ status: 'done', mood: 'indicative', lemma: 'urge', verb: 'urged' }],
  ],
  [
    'en',
    'The mayor on Monday, March 3, withdrew the parking plan.',
    [{ status: 'done', mood: 'indicative', lemma: 'withdraw', verb: 'withdrew' }],
  ],
  // A negation ("no longer") and an adverb WordNet knows more often as such than as a noun ("now") stand inside the
  // verb group between the modal and its infinitive.
  [
    'en',
    'Makers may now no longer make health claims on their products.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'make', verb: 'may … make' }],
  ],
  [
    'de',
    'Hersteller dürfen nun nicht mehr mit Gesundheit auf ihren Dosen werben.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'werben', verb: 'dürfen … werben' }],
  ],
  // A thing's pronoun is a subject like a noun, and an adverb the lexicon also knows as a verb between a modal and
  // its infinitive is no event ("can even inhibit").
  [
    'en',
    'It lifts the mood and can even inhibit inflammation.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'lift', verb: 'lifts' },
      { status: 'unmarked', mood: 'indicative', lemma: 'inhibit', verb: 'can … inhibit' },
    ],
  ],
  [
    'de',
    'Es hebt die Stimmung und kann sogar Entzündungen hemmen.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'heben', verb: 'hebt' },
      { status: 'unmarked', mood: 'indicative', lemma: 'hemmen', verb: 'kann … hemmen' },
    ],
  ],
  [
    'en',
    'The plan may still work.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'work', verb: 'may … work' }],
  ],
  // A separable verb's form without its particle in the sentence is no verb there ("deutsche" of "eindeutschen").
  [
    'de',
    'Vorsorge wird wichtiger, denn deutsche Unternehmen sind auf ältere Mitarbeiter angewiesen.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'werden', verb: 'wird' },
      { status: 'unmarked', mood: 'indicative', lemma: 'anweisen', verb: 'sind … angewiesen' },
    ],
  ],
  [
    'en',
    'Prevention matters more, because German companies depend on older staff.',
    [
      { status: 'unmarked', mood: 'indicative' },
      { status: 'unmarked', mood: 'indicative', lemma: 'depend', verb: 'depend' },
    ],
  ],
  // German: future, modal + infinitive, Präteritum (weak, strong, separable), Perfekt with haben and sein, passive,
  // A formula's Konjunktiv I opening its clause reports no one ("sei es … oder", "es sei denn"); "Wichtig sei es"
  // does. English has no such form: "be it" is no verb group of its own.
  [
    'de',
    'Sportliche Aktivitäten halten fit, sei es Radfahren oder Gymnastik.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'halten', verb: 'halten' },
      { status: 'unmarked', mood: 'indicative', lemma: 'sein', verb: 'sei' },
    ],
  ],
  [
    'de',
    'Der Zug fährt pünktlich, es sei denn, es schneit.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'fahren', verb: 'fährt' },
      { status: 'unmarked', mood: 'indicative', lemma: 'sein', verb: 'sei' },
      { status: 'unmarked', mood: 'indicative', lemma: 'schneien', verb: 'schneit' },
    ],
  ],
  [
    'de',
    'Wichtig sei es, ruhig zu bleiben.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'sein', verb: 'sei' }],
  ],
  [
    'en',
    'Sport keeps you fit, be it cycling or gymnastics.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'keep', verb: 'keeps' }],
  ],
  // Konjunktiv I and II, sollen as plan and as hearsay.
  [
    'de',
    'Lauterbach wird im Herbst einen Entwurf vorlegen.',
    [{ status: 'planned', mood: 'indicative', lemma: 'vorlegen', verb: 'wird … vorlegen' }],
  ],
  [
    'de',
    'Die Regierung will die Steuern erhöhen.',
    [{ status: 'planned', mood: 'indicative', lemma: 'erhöhen', verb: 'will … erhöhen' }],
  ],
  // A verb bracket closed before a comma, a second group after it sharing the finite verb.
  [
    'de',
    'Ab Februar soll die Impfpflicht in Kraft treten, ab Mitte März der Impfstatus kontrolliert werden.',
    [
      { status: 'planned', mood: 'indicative', lemma: 'treten', verb: 'soll … treten' },
      { status: 'planned', mood: 'indicative', lemma: 'kontrollieren', verb: 'soll … kontrolliert werden' },
    ],
  ],
  [
    'de',
    'Er hat versucht, das Problem zu lösen.',
    [
      { status: 'done', mood: 'indicative', lemma: 'versuchen', verb: 'hat versucht' },
      { status: 'unmarked', mood: 'indicative' },
    ],
  ],
  // German puts a main clause's finite verb second: after a comma, a first phrase of some words and a verb that
  // is followed by more of its clause open a clause of their own; at its segment's end the form closes a bracket.
  [
    'de',
    'Jeder Zweite denkt über Krankheit nach, 20 Prozent hegen derzeit solche Gedanken.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'nachdenken', verb: 'denkt … nach' },
      { status: 'unmarked', mood: 'indicative', lemma: 'hegen', verb: 'hegen' },
    ],
  ],
  [
    'de',
    'Die Regierung will Frankreich, Italien und Spanien helfen.',
    [{ status: 'planned', mood: 'indicative', lemma: 'helfen', verb: 'will … helfen' }],
  ],
  // English: the copula governs no bare infinitive ("still" is a verb too), and a verb group reaches over no comma.
  [
    'en',
    'It was still unclear when the road could be cleared.',
    [
      { status: 'done', mood: 'indicative', lemma: 'be', verb: 'was' },
      { status: 'unmarked', mood: 'hypothetical', lemma: 'clear', verb: 'could be cleared' },
    ],
  ],
  [
    'en',
    'We are the post office, not a bank, Huber said.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'be', verb: 'are' }],
  ],
  // After an auxiliary or the infinitive marker only a non-finite form is a verb ("to other parts" holds a noun); an
  // adverb may stand between a subject and its verb; a number counts the word after it ("six draws").
  [
    'en',
    'Storm Arwen also brought traffic chaos to other parts of Britain.',
    [{ status: 'done', mood: 'indicative', lemma: 'bring', verb: 'brought' }],
  ],
  [
    'en',
    'Rapid has 12 wins and six draws this season.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'have', verb: 'has' }],
  ],
  // English simple present: a form more often a verb than a noun, after its subject and before no auxiliary.
  [
    'en',
    'The government raises taxes.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'raise', verb: 'raises' }],
  ],
  [
    'en',
    'Pay raises were frozen last year.',
    [{ status: 'done', mood: 'indicative', lemma: 'freeze', verb: 'were frozen' }],
  ],
  [
    'en',
    'Pay talks continued on Monday.',
    [{ status: 'done', mood: 'indicative', lemma: 'continue', verb: 'continued' }],
  ],
  // A present form with the plural's ending between a singular noun after an article and an article is the verb,
  // even where the word is more often a noun ("sorts"); before a verb it is the plural subject.
  [
    'en',
    'The robot sorts the parcels in the warehouse.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'sort', verb: 'sorts' }],
  ],
  [
    'en',
    'The company shares the view of the union.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'share', verb: 'shares' }],
  ],
  [
    'en',
    'The company shares rose on Monday.',
    [{ status: 'done', mood: 'indicative', lemma: 'rise', verb: 'rose' }],
  ],
  [
    'de',
    'Der Roboter sortiert die Pakete im Lager.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'sortieren', verb: 'sortiert' }],
  ],
  // A base form more often a verb than a noun, after a plural subject; not after a word in the singular.
  [
    'en',
    'At the opera, visitors wear evening dress.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'wear', verb: 'wear' }],
  ],
  [
    'en',
    'They affect small farms in the north.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'affect', verb: 'affect' }],
  ],
  [
    'en',
    'Evening wear is expected at the opera.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'expect', verb: 'is expected' }],
  ],
  // The verb bracket closes after a clause set into the main clause: a particle, a participle, an infinitive.
  [
    'de',
    'Zudem rief er alle, die noch nicht geimpft sind, dazu auf, sich impfen zu lassen.',
    [
      { status: 'done', mood: 'indicative', lemma: 'aufrufen', verb: 'rief … auf' },
      { status: 'done', mood: 'indicative', lemma: 'impfen', verb: 'geimpft sind' },
      { status: 'unmarked', mood: 'indicative', lemma: 'impfen', verb: 'impfen' },
    ],
  ],
  [
    'de',
    'Der Minister hat den Plan, den er ausgearbeitet hatte, am Montag vorgestellt.',
    [
      { status: 'done', mood: 'indicative', lemma: 'vorstellen', verb: 'hat … vorgestellt' },
      { status: 'done', mood: 'indicative', lemma: 'ausarbeiten', verb: 'ausgearbeitet hatte' },
    ],
  ],
  [
    'de',
    'Der Minister will den Plan, den er ausgearbeitet hat, am Montag vorstellen.',
    [
      { status: 'planned', mood: 'indicative', lemma: 'vorstellen', verb: 'will … vorstellen' },
      { status: 'done', mood: 'indicative', lemma: 'ausarbeiten', verb: 'ausgearbeitet hat' },
    ],
  ],
  // A main clause going on with a finite verb of its own is a clause of its own.
  [
    'de',
    'Der Chef, der gestern kam, geht heute.',
    [
      { status: 'unmarked', mood: 'indicative' },
      { status: 'done', mood: 'indicative', lemma: 'kommen', verb: 'kam' },
      { status: 'unmarked', mood: 'indicative', lemma: 'gehen', verb: 'geht' },
    ],
  ],
  [
    'de',
    'Die Regierung erhöhte die Steuern.',
    [{ status: 'done', mood: 'indicative', lemma: 'erhöhen', verb: 'erhöhte' }],
  ],
  [
    'de',
    'Das Treffen fand am Montag statt.',
    [{ status: 'done', mood: 'indicative', lemma: 'stattfinden', verb: 'fand … statt' }],
  ],
  [
    'de',
    'Die Preise sind stark gestiegen.',
    [{ status: 'done', mood: 'indicative', lemma: 'steigen', verb: 'sind … gestiegen' }],
  ],
  // "sein" with the participle of a verb whose perfect takes "haben" is a state passive, a state of today: the
  // perfect with "sein" is only a verb of motion or change's. With "worden" it is the perfect of the passive.
  [
    'de',
    'Ab Samstag sind Veranstaltungen wieder erlaubt.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'erlauben', verb: 'sind … erlaubt' }],
  ],
  [
    'de',
    'Der Kandidat ist am Dienstag gewählt worden.',
    [{ status: 'done', mood: 'indicative', lemma: 'wählen', verb: 'ist … gewählt worden' }],
  ],
  [
    'de',
    'Veranstaltungen sollen ab Samstag wieder erlaubt sein.',
    [{ status: 'planned', mood: 'indicative', lemma: 'erlauben', verb: 'sollen … erlaubt sein' }],
  ],
  [
    'de',
    'Die Ministerin ist gestern zurückgetreten.',
    [{ status: 'done', mood: 'indicative', lemma: 'zurücktreten', verb: 'ist … zurückgetreten' }],
  ],
  [
    'de',
    'Das Gesetz wurde im Mai beschlossen.',
    [{ status: 'done', mood: 'indicative', lemma: 'beschließen', verb: 'wurde … beschlossen' }],
  ],
  [
    'de',
    'Der Entwurf wird im Mai vorgelegt werden.',
    [{ status: 'planned', mood: 'indicative', lemma: 'vorlegen', verb: 'wird … vorgelegt werden' }],
  ],
  [
    'de',
    'Die Verluste seien deutlich gestiegen.',
    [{ status: 'done', mood: 'reported', lemma: 'steigen', verb: 'seien … gestiegen' }],
  ],
  [
    'de',
    'Der Minister soll das Geld angenommen haben.',
    [{ status: 'done', mood: 'reported', lemma: 'annehmen', verb: 'soll … angenommen haben' }],
  ],
  // Hearsay: the modal of hearsay before a state, which no one plans ("soll krank sein", "soll sich um … handeln");
  // English: a verb of saying in the passive before a state or a perfect. A dynamic verb stays a plan, and so does a
  // state set for a day.
  [
    'de',
    'Der Minister soll schwer krank sein.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'sein', verb: 'soll … sein' }],
  ],
  [
    'de',
    'Bei dem Fund soll es sich um eine Fliegerbombe handeln.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'handeln', verb: 'soll … handeln' }],
  ],
  // A modal put first after a fronted subordinate clause is the main clause's finite verb, not a preposition
  // before a relative pronoun ("bei der"): "müssen die Pfleger".
  [
    'de',
    'Weil Pflegekräfte fehlen, müssen die Pfleger mehr arbeiten.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: 'fehlen', verb: 'fehlen' },
      { status: 'unmarked', mood: 'indicative', lemma: 'arbeiten', verb: 'müssen … arbeiten' },
    ],
  ],
  // A word cut short by its hyphen is a compound's first part, no verb: "Kann- und Soll-Regeln".
  [
    'de',
    'Dabei darf es Kann- und Soll-Regeln geben.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'geben', verb: 'darf … geben' }],
  ],
  // Only the present of the modal passes on hearsay: "sollte … sein" advises, or tells what was to be.
  [
    'de',
    'Der Minister sollte schwer krank sein.',
    [{ status: 'planned', mood: 'indicative', lemma: 'sein', verb: 'sollte … sein' }],
  ],
  // A verb of saying after the infinitive marker is the event, not a report: "is to be stated on the label".
  [
    'en',
    'The allergens are always to be stated on the label.',
    [{ status: 'planned', mood: 'indicative', lemma: 'state', verb: 'are … to be stated' }],
  ],
  // A verb of belief in the passive passes on as a verb of saying does: "is supposed to", "is assumed to".
  [
    'en',
    'The substance is supposed to be harmless.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'be', verb: 'is supposed to be' }],
  ],
  [
    'de',
    'Die Regierung soll rasch handeln.',
    [{ status: 'planned', mood: 'indicative', lemma: 'handeln', verb: 'soll … handeln' }],
  ],
  [
    'de',
    'Thema der Beratungen soll am Freitag auch der Haushalt sein.',
    [{ status: 'planned', mood: 'indicative', lemma: 'sein', verb: 'soll … sein' }],
  ],
  [
    'en',
    'The minister is said to have accepted the money.',
    [{ status: 'done', mood: 'reported', lemma: 'accept', verb: 'is said to have accepted' }],
  ],
  [
    'en',
    'The minister is reported to be seriously ill.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'be', verb: 'is reported to be' }],
  ],
  [
    'en',
    'The company is reported to plan job cuts.',
    [{ status: 'planned', mood: 'reported', lemma: 'plan', verb: 'is reported to plan' }],
  ],
  [
    'de',
    'So verfasste er einen Brief, um eine Erneuerung der Kirche auszulösen.',
    [
      { status: 'done', mood: 'indicative', lemma: 'verfassen', verb: 'verfasste' },
      { status: 'planned', mood: 'indicative', lemma: 'auslösen', verb: 'auszulösen' },
    ],
  ],
  [
    'de',
    'Die Preise stiegen um zehn Prozent, um die Kosten zu decken.',
    [
      { status: 'done', mood: 'indicative', lemma: 'steigen', verb: 'stiegen' },
      { status: 'planned', mood: 'indicative', lemma: 'decken', verb: 'zu decken' },
    ],
  ],
  [
    'de',
    'Danach reichte der Treibstoff nicht aus, um zurück zur Erde zu kommen.',
    [{ status: 'done', mood: 'indicative', lemma: 'ausreichen', verb: 'reichte … aus' }],
  ],
  [
    'en',
    'He wrote a letter in order to start a renewal of the church.',
    [
      { status: 'done', mood: 'indicative', lemma: 'write', verb: 'wrote' },
      { status: 'planned', mood: 'indicative', lemma: 'start', verb: 'to start' },
    ],
  ],
  [
    'de',
    'Er schrieb die Thesen und löste damit eine Erneuerung der Kirche aus.',
    [
      { status: 'done', mood: 'indicative', lemma: 'schreiben', verb: 'schrieb' },
      { status: 'done', mood: 'indicative', lemma: 'auslösen', verb: 'löste … aus' },
    ],
  ],
  [
    'en',
    'The relics of the Three Kings are said to lie here.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'lie', verb: 'are said to lie' }],
  ],
  [
    'de',
    'Er soll das Geld genommen haben, berichtet die Zeitung.',
    [
      { status: 'done', mood: 'reported', lemma: 'nehmen', verb: 'soll … genommen haben' },
      { status: 'unmarked', mood: 'indicative', lemma: 'berichten', verb: 'berichtet' },
    ],
  ],
  [
    'de',
    'Er hat das Geld genommen, versteckt und ausgegeben.',
    [
      { status: 'done', mood: 'indicative', lemma: 'verstecken', verb: 'hat … versteckt' },
      { status: 'done', mood: 'indicative', lemma: 'ausgeben', verb: 'hat … ausgegeben' },
    ],
  ],
  // A participle after a comma with its preposition opens a phrase of its own; the bracket closed before the comma.
  [
    'de',
    'Die Regierung hat die Steuern erhöht, gefolgt von neuen Ausgaben.',
    [{ status: 'done', mood: 'indicative', lemma: 'erhöhen', verb: 'hat … erhöht' }],
  ],
  [
    'de',
    'Die Köche müssen großen Wert auf Qualität legen, verbunden mit Tradition.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'legen', verb: 'müssen … legen' }],
  ],
  // Adverbs inside the verb group, a comparative with its "than" among them: "has more than doubled".
  [
    'en',
    'Sales have more than doubled in ten years.',
    [{ status: 'done', mood: 'indicative', lemma: 'double', verb: 'have … doubled' }],
  ],
  [
    'en',
    'The area is expected to more than triple.',
    [{ status: 'planned', mood: 'indicative', lemma: 'triple', verb: 'is expected to … triple' }],
  ],
  [
    'en',
    'Prices are set to nearly double.',
    [{ status: 'planned', mood: 'indicative', lemma: 'double', verb: 'are set to … double' }],
  ],
  // A verb of belief in the passive passes on a claim as one of saying does.
  [
    'en',
    'The rock is thought to have formed 400 million years ago.',
    [{ status: 'done', mood: 'reported', lemma: 'form', verb: 'is thought to have formed' }],
  ],
  [
    'en',
    'The minister is believed to be ill.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'be', verb: 'is believed to be' }],
  ],
  // A quantifier opening the sentence is no verb ("Einige" is also a form of "einigen"); inside, "einigen" is.
  [
    'de',
    'Einige von ihnen sind nach Süden ausgerichtet.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'ausrichten', verb: 'sind … ausgerichtet' }],
  ],
  [
    'de',
    'Die Parteien einigen sich.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'einigen', verb: 'einigen' }],
  ],
  [
    'de',
    'Ohne Hilfe wäre die Firma pleite.',
    [{ status: 'unmarked', mood: 'hypothetical', lemma: 'sein', verb: 'wäre' }],
  ],
  [
    'de',
    'Die Firma würde die Stellen streichen.',
    [{ status: 'unmarked', mood: 'hypothetical', lemma: 'streichen', verb: 'würde … streichen' }],
  ],
  // A verb whose stem begins with "ge" has no particle "ge" ("gab" is "geben", not a separable verb).
  [
    'de',
    'Im Mai gab es mehrere Änderungen.',
    [{ status: 'done', mood: 'indicative', lemma: 'geben', verb: 'gab' }],
  ],
  // A word that can only be finite is the finite verb, not one that may also be a participle ("enthalten").
  [
    'de',
    'Darin enthalten sei die Reduktion der Abfälle.',
    [{ status: 'unmarked', mood: 'reported', lemma: 'enthalten', verb: 'enthalten sei' }],
  ],
  // "wollen" with a perfect infinitive is a claim about the past, not a plan.
  [
    'de',
    'Er will davon nichts bemerkt haben.',
    [{ status: 'done', mood: 'reported', lemma: 'bemerken', verb: 'will … bemerkt haben' }],
  ],
  // The Konjunktiv I of the third person is the indicative of the first ("ich habe" states a fact).
  [
    'de',
    'Ich habe den Vertrag unterschrieben.',
    [{ status: 'done', mood: 'indicative', lemma: 'unterschreiben', verb: 'habe … unterschrieben' }],
  ],
  [
    'de',
    'Er habe den Vertrag unterschrieben.',
    [{ status: 'done', mood: 'reported', lemma: 'unterschreiben', verb: 'habe … unterschrieben' }],
  ],
  // English: simple past, present perfect, will, is to / is set to / is expected to, progressive, conditional.
  [
    'en',
    'The minister presented the plan.',
    [{ status: 'done', mood: 'indicative', lemma: 'present', verb: 'presented' }],
  ],
  [
    'en',
    'The minister has presented the plan.',
    [{ status: 'done', mood: 'indicative', lemma: 'present', verb: 'has presented' }],
  ],
  [
    'en',
    'The minister will present the plan.',
    [{ status: 'planned', mood: 'indicative', lemma: 'present', verb: 'will present' }],
  ],
  // The passive of the future: an auxiliary's infinitive after "will" ("wird … vorgelegt werden" in German).
  [
    'en',
    'The subsidy contribution will be dropped in 2022.',
    [{ status: 'planned', mood: 'indicative', lemma: 'drop', verb: 'will be dropped' }],
  ],
  [
    'en',
    'The plan would be presented in May.',
    [{ status: 'unmarked', mood: 'hypothetical', lemma: 'present', verb: 'would be presented' }],
  ],
  [
    'en',
    'The president is to visit Kyiv.',
    [{ status: 'planned', mood: 'indicative', lemma: 'visit', verb: 'is to visit' }],
  ],
  [
    'en',
    'Talks are set to begin on Monday.',
    [{ status: 'planned', mood: 'indicative', lemma: 'begin', verb: 'are set to begin' }],
  ],
  [
    'en',
    'The talks were held in Geneva.',
    [{ status: 'done', mood: 'indicative', lemma: 'hold', verb: 'were held' }],
  ],
  // After the frame's marker an auxiliary's infinitive takes the participle that names the event.
  [
    'en',
    'He is expected to be named the best player.',
    [{ status: 'planned', mood: 'indicative', lemma: 'name', verb: 'is expected to be named' }],
  ],
  // A verb's own base is no regular form of another verb ("hold" of "hole", "find" of "fin").
  [
    'en',
    'The leaders will hold talks and will find a compromise.',
    [
      { status: 'planned', mood: 'indicative', lemma: 'hold', verb: 'will hold' },
      { status: 'planned', mood: 'indicative', lemma: 'find', verb: 'will find' },
    ],
  ],
  // A past form after a coordinator, behind a lexical past and its object, is the subject's second predicate.
  [
    'en',
    'The ministers held talks in Brussels and found a compromise.',
    [
      { status: 'done', mood: 'indicative', lemma: 'hold', verb: 'held' },
      { status: 'done', mood: 'indicative', lemma: 'find', verb: 'found' },
    ],
  ],
  [
    'en',
    'Officials are holding talks.',
    [{ status: 'underway', mood: 'indicative', lemma: 'hold', verb: 'are holding' }],
  ],
  // "May" inside a sentence is a name, not the modal; the participle clause and the main clause each keep a verb.
  [
    'en',
    'The plan presented in May was rejected.',
    [
      { status: 'done', mood: 'indicative', lemma: 'present', verb: 'presented' },
      { status: 'done', mood: 'indicative', lemma: 'reject', verb: 'was rejected' },
    ],
  ],
  [
    'en',
    'The company would cut jobs.',
    [{ status: 'unmarked', mood: 'hypothetical', lemma: 'cut', verb: 'would cut' }],
  ],
  // A relative pronoun is the subject of its clause: the past form after it is its verb.
  [
    'en',
    'Maria Lopez, who served as finance minister, said the budget was balanced.',
    [
      { status: 'unmarked', mood: 'indicative', lemma: undefined, verb: undefined },
      { status: 'done', mood: 'indicative', lemma: 'serve', verb: 'served' },
      { status: 'done', mood: 'indicative', lemma: 'say', verb: 'said' },
      { status: 'done', mood: 'indicative', lemma: 'balance', verb: 'was balanced' },
    ],
  ],
  // An infinitive with its marker is a clause's own, never the copula's event; a negative contraction is its modal.
  [
    'en',
    'There were no plans to raise taxes.',
    [{ status: 'done', mood: 'indicative', lemma: 'be', verb: 'were' }],
  ],
  [
    'en',
    'The firm cannot pay the workers.',
    [{ status: 'unmarked', mood: 'indicative', lemma: 'pay', verb: 'cannot pay' }],
  ],
];

describe('the verb group of a clause', () => {
  it.each(rows)('%s: %s', (lang, text, expected) => {
    expect(clauses(lang, text).map(({ kind: _kind, ...rest }) => rest)).toEqual(expected);
  });

  it('splits at a conjunction and a relative pronoun, the verb last in a German subordinate clause', () => {
    expect(clauses('de', 'Die Regierung beschloss das Gesetz, das im Mai in Kraft treten wird.')).toEqual([
      { kind: 'main', status: 'done', mood: 'indicative', lemma: 'beschließen', verb: 'beschloss' },
      { kind: 'subordinate', status: 'planned', mood: 'indicative', lemma: 'treten', verb: 'treten wird' },
    ]);
    // "der" after a comma opens a relative clause or, as here, a reported one; its finite verb is "sei" either way.
    expect(clauses('de', 'Er begründete es damit, der IS sei dort besiegt.')[1]).toEqual({
      kind: 'subordinate',
      status: 'unmarked',
      mood: 'reported',
      lemma: 'besiegen',
      verb: 'sei … besiegt',
    });
    expect(
      clauses('en', 'He would resign if the vote failed.').map((c) => [c.kind, c.status, c.lemma]),
    ).toEqual([
      ['main', 'unmarked', 'resign'],
      ['subordinate', 'done', 'fail'],
    ]);
  });

  it('reads "lässt sich" with an infinitive as a modal of possibility, the infinitive as the event', () => {
    const modals = (text: string) =>
      readClauses({ text, start: 0, tokens: tokenize(text, 'de') }, languagePack('de')).map((c) => [
        c.verb?.lemma,
        c.verb?.text,
        c.verb?.modal,
      ]);
    expect(modals('Mit der Impfung lasse sich die Immunitätsrate beschleunigen.')).toEqual([
      ['beschleunigen', 'lasse … beschleunigen', 'possible'],
    ]);
    // Without the reflexive pronoun "lassen" has someone else do it: the event, no possibility.
    expect(modals('Er lässt das Auto reparieren.')).toEqual([
      ['reparieren', 'lässt … reparieren', undefined],
    ]);
  });

  it('takes an English verb group from its finite verb on: a participle before it describes a noun', () => {
    expect(
      clauses('en', 'Devices with the app installed will be considered non-compliant.').map((c) => c.verb),
    ).toEqual(['will be considered']);
  });

  it('reads a reported clause without a conjunction as a clause of its own', () => {
    expect(
      clauses('de', 'Er sagte, er werde den Entwurf vorlegen.').map((c) => [c.status, c.mood, c.verb]),
    ).toEqual([
      ['done', 'indicative', 'sagte'],
      ['planned', 'reported', 'werde … vorlegen'],
    ]);
    expect(clauses('en', 'Lordstown said it would suspend production.').map((c) => [c.mood, c.verb])).toEqual(
      [
        ['indicative', 'said'],
        ['hypothetical', 'would suspend'],
      ],
    );
  });

  it('splits verb groups joined by a comma, the subject left out', () => {
    expect(
      clauses('de', 'Die Bahn will einen Notfahrplan anbieten, kann aber nichts garantieren.').map(
        (c) => c.verb,
      ),
    ).toEqual(['will … anbieten', 'kann … garantieren']);
    expect(
      clauses('en', 'The firm will cut jobs, may close a plant and has warned staff.').map((c) => c.verb),
    ).toEqual(['will cut', 'may close', 'has warned']);
  });

  it('ends a verb bracket at its particle, and shares a finite verb between coordinated verb groups', () => {
    const groups = (text: string) => clauses('de', text).map((c) => [c.status, c.lemma, c.verb]);
    // "um" before a time is a preposition: the verb is "leiten", not "umleiten".
    expect(groups('Er leitete die erste Einheit, um 14 Uhr wurde er vorgestellt.')).toEqual([
      ['done', 'leiten', 'leitete'],
      ['done', 'vorstellen', 'wurde … vorgestellt'],
    ]);
    // The first bracket end is the first verb's; the second finite verb opens its own clause.
    expect(groups('Er stellte den Plan am Montag vor, danach reiste er ab.')).toEqual([
      ['done', 'vorstellen', 'stellte … vor'],
      ['done', 'abreisen', 'reiste … ab'],
    ]);
    // "wird … leiten und … vorgestellt": two verb groups on one finite verb, the first a plan.
    expect(groups('Sie wird am Montag die erste Sitzung leiten und danach offiziell vorgestellt.')).toEqual([
      ['planned', 'leiten', 'wird … leiten'],
      ['unmarked', 'vorstellen', 'wird … vorgestellt'],
    ]);
    // A conjunct with a finite verb of its own keeps it.
    expect(groups('Sie hat den Plan vorgelegt und die Opposition kritisiert ihn.')).toEqual([
      ['done', 'vorlegen', 'hat … vorgelegt'],
      ['unmarked', 'kritisieren', 'kritisiert'],
    ]);
  });

  it('reads what an intention or an announcement governs as planned, named by the governed verb', () => {
    const first = (lang: Language, text: string) => {
      const [c] = clauses(lang, text);
      return [c!.status, c!.lemma, c!.verb];
    };
    expect(first('de', 'Die Regierung plant, den Entwurf im Herbst vorzulegen.')).toEqual([
      'planned',
      'vorlegen',
      'plant … vorzulegen',
    ]);
    expect(first('de', 'Der Minister versprach, die Steuern zu senken.')).toEqual([
      'planned',
      'senken',
      'versprach … zu senken',
    ]);
    expect(first('en', 'The company plans to provide an update in March.')).toEqual([
      'planned',
      'provide',
      'plans to provide',
    ]);
    expect(first('en', 'The company agreed to pay a fine.')).toEqual(['planned', 'pay', 'agreed to pay']);
    // An intention with an object is planned; an announcement with one is not ("announced results").
    expect(first('en', 'Moderna plans regulatory filings in 2023.')).toEqual(['planned', 'plan', 'plans']);
    expect(first('de', 'Die Firma plant eine neue Fabrik.')).toEqual(['planned', 'planen', 'plant']);
    expect(first('en', 'The company announced record results.')).toEqual(['done', 'announce', 'announced']);
    // A present-tense clause an announcement governs is still to come.
    expect(
      clauses('de', 'Die Regierung kündigte an, dass die Maskenpflicht ab Samstag fällt.').map((c) => [
        c.status,
        c.lemma,
      ]),
    ).toEqual([
      ['done', 'ankündigen'],
      ['planned', 'fallen'],
    ]);
  });

  it('reads a statement that opens with its finite verb as a condition, a question not', () => {
    const conditions = flagged('condition');
    expect(conditions('de', 'Sollte die Auswilderung scheitern, gibt es einen Plan.')).toEqual([
      ['Sollte … scheitern', true, 'unmarked'],
      ['gibt', false, 'unmarked'],
    ]);
    expect(conditions('de', 'Kommt es zu keiner Einigung, droht ein Streik.')[0]![1]).toBe(true);
    expect(conditions('de', 'Wird das Gesetz beschlossen?')[0]![1]).toBe(false);
    // A fronted phrase whose first word may be a verb, with no comma closing it, is no condition.
    expect(conditions('de', 'Sieben Spiele hat die Mannschaft gewonnen.').some(([, c]) => c)).toBe(false);
    expect(conditions('en', 'Hurt in the crash were four people.').some(([, c]) => c)).toBe(false);
    expect(conditions('en', 'Had he known, he would have stayed.')).toEqual([
      ['Had … known', true, 'unmarked'],
      ['would have stayed', false, 'unmarked'],
    ]);
  });

  it('reads a participle clause before the main clause as one with no finite verb and no event of its own', () => {
    const participles = flagged('participle');
    expect(participles('en', 'Made into pesto, the leaves keep longer.')).toEqual([
      [undefined, true, 'unmarked'],
      ['keep', false, 'unmarked'],
    ]);
    expect(participles('de', 'Zu Pesto verarbeitet, halten die Blätter länger.')).toEqual([
      [undefined, true, 'unmarked'],
      ['halten', false, 'unmarked'],
    ]);
    // A conjunction opens a finite clause; a base form opening the sentence gives an order; a second verb makes a
    // finite clause.
    expect(participles('de', 'Wenn man sie verarbeitet, halten die Blätter länger.')[0]![1]).toBe(false);
    expect(participles('en', 'Cut the bread, then fry it.')[0]![1]).toBe(false);
    expect(participles('en', 'Reported cases rose, officials said.')[0]![1]).toBe(false);
  });

  it('reads a verb the lexicon lacks by its shape where the verb bracket shows it', () => {
    expect(clauses('de', 'Die Leistung hat sich bis 2020 verfünffacht.')[0]).toMatchObject({
      verb: 'hat … verfünffacht',
      status: 'done',
    });
    expect(clauses('de', 'Er sagte, dass sich die Leistung bis 2020 verfünffachen wird.')[1]).toMatchObject({
      verb: 'verfünffachen wird',
      status: 'planned',
    });
    // An adjective or an adverb closing the clause is no participle: it has neither shape.
    expect(clauses('de', 'Er hat recht.')[0]!.verb).toBe('hat');
    expect(clauses('de', 'Die Lage ist ernst.')[0]!.verb).toBe('ist');
  });

  it('does not read articles, nouns or adjectives as verbs', () => {
    // Right before a finite auxiliary stands no second finite verb: "lange" is the adverb, not "langen".
    expect(clauses('de', 'Schon lange ist bekannt, dass die Brücke saniert werden muss.')[0]!.verb).toBe(
      'ist bekannt',
    );
    // "einen" is also a verb (to unite), "Treffen" a noun, "proposed" an adjective after an article.
    expect(clauses('de', 'Das Treffen hat einen Entwurf gebracht.')[0]!.verb).toBe('hat … gebracht');
    expect(clauses('en', 'The proposed law failed.')[0]!.verb).toBe('failed');
    // After an article or a possessive stands a noun where nouns take no capital: "on their cans", "the will".
    expect(clauses('en', 'The label on their cans lists the ingredients.').map((c) => c.verb)).not.toContain(
      'cans',
    );
    expect(clauses('en', 'She has the will to win.')[0]!.verb).toBe('has');
    // A word before a negation and its verb is an adverb, though WordNet knows it as a verb too ("to still").
    expect(clauses('en', 'The police could still not say how it happened.')[0]!.verb).toBe('could … say');
    // A silent "e" drops only before a vowel: "units" is no form of "unite".
    expect(clauses('en', 'The company announced job cuts and sold units.').map((c) => c.lemma)).toEqual([
      'announce',
      'sell',
    ]);
    // A word of degree between the article and an inflected adjective: "die sehr schnelle Verarbeitung".
    expect(
      clauses('de', 'Durch die sehr schnelle Verarbeitung besitzt Tiefkühlgemüse viele Vitamine.').map(
        (c) => c.verb,
      ),
    ).toEqual(['besitzt']);
  });

  it('reads a present form after a plural subject that opens the sentence, or after "both"', () => {
    expect(clauses('en', 'Anthocyanins protect the cells.')[0]!.verb).toBe('protect');
    expect(clauses('en', 'Both protect the cells.')[0]!.verb).toBe('protect');
    expect(clauses('en', 'Both teams won the match.')[0]!.verb).toBe('won');
    // A plural without an ending: "police", as "people".
    expect(clauses('en', 'Police suspect arson in the flat.')[0]!.verb).toBe('suspect');
    expect(clauses('en', 'The police believe the woman was killed.')[0]!.verb).toBe('believe');
  });

  it('splits a German subordinate clause at a coordinator between two verb-last groups, each with its subject', () => {
    expect(
      clauses(
        'de',
        'Er kauft nichts, weil keine Hygiene gewährleistet werden kann und Keime eindringen können.',
      ).map((c) => c.verb),
    ).toEqual(['kauft', 'gewährleistet werden kann', 'eindringen können']);
    expect(
      clauses('de', 'Er kauft nichts, weil die Preise steigen und die Löhne sinken.').map((c) => c.verb),
    ).toEqual(['kauft', 'steigen', 'sinken']);
    // Infinitives that share the closing auxiliary or modal stay one group; a conjunct of verbs alone has no subject.
    expect(
      clauses('de', 'Es heißt, dass er die Einheit leiten und danach präsentieren wird.').map((c) => c.verb),
    ).toEqual(['heißt', 'präsentieren wird']);
    expect(clauses('de', 'Die Kinder, die lesen und schreiben können, spielen.').map((c) => c.verb)).toEqual([
      'spielen',
      'schreiben können',
    ]);
  });
});

describe('tense, aspect and modal of a verb group', () => {
  const groups = (lang: Language, text: string) =>
    readClauses({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang)).map((c) => ({
      kind: c.kind,
      verb: c.verb?.text,
      tense: c.verb?.tense,
      aspect: c.verb?.aspect,
      modal: c.verb?.modal,
      mood: c.mood,
    }));

  it('reads an adjective before the infinitive marker as governing it, a verb of obligation as a duty', () => {
    // "is to", "is set to" arrange; "is important to note" judges, "is required to list" obliges.
    expect(groups('en', 'It is important to note the date.')[0]).toMatchObject({
      verb: 'is',
      tense: 'present',
    });
    expect(groups('en', 'It is important to note the date.')[0]!.modal).toBeUndefined();
    expect(groups('en', 'The allergens are required to be listed on the label.')[0]).toMatchObject({
      verb: 'are required to be listed',
      tense: 'present',
      modal: 'necessary',
    });
    expect(groups('en', 'The plan is set to be presented.')[0]).toMatchObject({
      tense: 'future',
      modal: 'expected',
    });
  });

  it('reads a modal over the passive infinitive as passive', () => {
    const verbOf = (lang: Language, text: string) =>
      readClauses({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang))[0]?.verb;
    const passive = { passive: true, modal: 'necessary' };
    expect(verbOf('en', 'The intake must be stated on the label.')).toMatchObject({
      ...passive,
      lemma: 'state',
    });
    expect(verbOf('de', 'Die Menge muss auf dem Etikett angegeben werden.')).toMatchObject({
      ...passive,
      lemma: 'angeben',
    });
    expect(verbOf('de', 'Die Firma muss die Menge angeben.')?.passive).toBe(false);
  });

  it("reads a modal infinitive under an auxiliary as the group's modal: the perfect and the future of a modal", () => {
    // German puts the modal's infinitive for its participle ("haben … verbringen müssen"): the perfect of "müssen",
    // read as its past ("mussten … verbringen") is. English has no such form.
    expect(groups('de', 'Die Gäste haben eine dritte Nacht im Pub verbringen müssen.')).toEqual([
      {
        kind: 'main',
        verb: 'haben … verbringen müssen',
        tense: 'past',
        aspect: 'perfect',
        modal: 'necessary',
        mood: 'indicative',
      },
    ]);
    expect(groups('de', 'Die Gäste mussten eine dritte Nacht im Pub verbringen.')[0]).toMatchObject({
      tense: 'past',
      modal: 'necessary',
    });
    expect(groups('de', 'Die Regierung wird die Steuern erhöhen müssen.')[0]).toMatchObject({
      verb: 'wird … erhöhen müssen',
      tense: 'future',
      modal: 'necessary',
    });
    // Without a modal the future stays a plan.
    expect(groups('de', 'Die Regierung wird die Steuern erhöhen.')[0]).toMatchObject({ tense: 'future' });
    expect(groups('de', 'Die Regierung wird die Steuern erhöhen.')[0]!.modal).toBeUndefined();
  });

  it('opens an indirect question at its interrogative after a comma, its modal its own', () => {
    expect(groups('de', 'Sie sagte, es sei unklar, wann die Straße geräumt werden kann.')).toEqual([
      { kind: 'main', verb: 'sagte', tense: 'past', aspect: 'simple', mood: 'indicative', modal: undefined },
      { kind: 'main', verb: 'sei', tense: 'present', aspect: 'simple', mood: 'reported', modal: undefined },
      expect.objectContaining({ kind: 'subordinate', modal: 'possible' }),
    ]);
    expect(groups('en', 'She said it was unclear when the road could be cleared.')[2]).toMatchObject({
      kind: 'subordinate',
      modal: 'possible',
    });
  });

  it("reads the conditional's perfect as what did not happen: past, perfect, hypothetical", () => {
    expect(groups('en', "Sassoli's term would have ended in January.")[0]).toMatchObject({
      verb: 'would have ended',
      tense: 'past',
      aspect: 'perfect',
      mood: 'hypothetical',
    });
    expect(groups('de', 'Die Amtszeit würde im Jänner ausgelaufen sein.')[0]).toMatchObject({
      tense: 'past',
      aspect: 'perfect',
      mood: 'hypothetical',
    });
    // The conditional's passive is a passive: its "be" is no copula.
    const passive = (lang: Language, text: string) =>
      readClauses({ text, start: 0, tokens: tokenize(text, lang) }, languagePack(lang))[0]?.verb?.passive;
    expect(passive('en', 'The firm would be sold.')).toBe(true);
    expect(passive('de', 'Die Firma würde verkauft werden.')).toBe(true);
    expect(passive('en', 'The deal would be costly.')).toBe(false);
    // A reflexive verb's participle with "sein" is a state, no perfect: its perfect takes "haben".
    expect(groups('de', 'Die Länder würden an dem Projekt beteiligt sein.')[0]).toMatchObject({
      tense: 'present',
      aspect: 'simple',
      mood: 'hypothetical',
    });
    // "would have to" is a necessity, no perfect; the conditional alone looks ahead.
    expect(groups('en', 'Central banks would have to lift interest rates further.')[0]).toMatchObject({
      aspect: 'simple',
      mood: 'hypothetical',
    });
    expect(groups('en', 'The company would cut jobs.')[0]).toMatchObject({
      aspect: 'simple',
      mood: 'hypothetical',
    });
  });
});
