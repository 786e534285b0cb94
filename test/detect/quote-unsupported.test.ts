import { quoteUnsupported } from '../../src/detect/rules/quote-unsupported.js';
import { ruleTable } from './harness.js';

ruleTable(quoteUnsupported, {
  valid: [
    // A feed that strips quotation marks: the words stand verbatim in a sentence that gives them to a speaker.
    {
      lang: 'de',
      source: 'Wir sind die Post und nicht die Bank, sagte Huber am Montag in Wien.',
      rewrite: '„Wir sind die Post und nicht die Bank“, sagte Huber am Montag in Wien.',
    },
    {
      lang: 'en',
      source: 'We are the post office, not a bank, Huber said on Monday in Vienna.',
      rewrite: '"We are the post office, not a bank," Huber said on Monday in Vienna.',
    },
    // A headline in quotation marks is a title, no one's words (only where headlines capitalise every word).
    {
      lang: 'en',
      source: 'The works on the bridge over the river are delayed again, the city said on Monday.',
      rewrite:
        'The works on the bridge are delayed again, the city said on Monday. (Also see "Bridge Works Delayed Again Until Spring".)',
    },
    {
      lang: 'de',
      source: 'Kallas sagte: «Russland gewinnt nicht.» Die Verluste seien hoch.',
      rewrite: '«Russland gewinnt nicht», sagte Kallas. Die Verluste seien hoch.',
    },
    {
      lang: 'de',
      source: 'Die Länder wollen eine „multinationale Truppe“ entsenden.',
      rewrite: 'Eine „multinationale Truppe“ soll entsandt werden, wollen die Länder.',
    },
    {
      lang: 'en',
      source: 'The minister said the plan was "dead on arrival" and left.',
      rewrite: 'The minister called the plan "dead on arrival" and left.',
    },
    {
      lang: 'en',
      source: 'Officials said the bridge will reopen in May after repairs.',
      rewrite: 'The bridge will reopen in May after repairs, officials said.',
    },
  ],
  invalid: [
    {
      lang: 'en',
      source: 'The mayor said the bridge would open next spring and cost less than planned.',
      rewrite: 'The mayor said "the bridge would open next spring" and cost less than planned.',
      errors: [
        {
          messageId: 'notQuotedInSource',
          severity: 'medium',
          rewrite: '"the bridge would open next spring"',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Bürgermeister sagte, die Brücke werde im Frühjahr eröffnet und günstiger als geplant.',
      rewrite: 'Der Bürgermeister sagte, „die Brücke werde im Frühjahr eröffnet“ und günstiger als geplant.',
      errors: [
        {
          messageId: 'notQuotedInSource',
          severity: 'medium',
          rewrite: '„die Brücke werde im Frühjahr eröffnet“',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Kallas äußerte sich in Brüssel zur Lage der russischen Armee.',
      rewrite:
        'Kallas sagte in Brüssel zur Lage der russischen Armee: «Die Armee steht vor dem Zusammenbruch.»',
      errors: [
        {
          messageId: 'unsupportedSpeaker',
          severity: 'high',
          rewrite: '«Die Armee steht vor dem Zusammenbruch.»',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regierung plant neue Steuern für große Konzerne ab dem Sommer.',
      rewrite:
        'Die Regierung plant neue Steuern für große Konzerne ab dem Sommer. „Wir holen uns das Geld zurück“, sagte der Minister.',
      errors: [
        { messageId: 'unsupportedSpeaker', severity: 'high', rewrite: '„Wir holen uns das Geld zurück“' },
      ],
    },
    {
      lang: 'en',
      source: 'The company reported lower profits for the third quarter.',
      rewrite:
        'The company reported lower profits for the third quarter. "This is our worst year ever," the chief executive said.',
      // The speaker is a role alone ("the chief executive"), said in the message.
      errors: [
        { messageId: 'unsupportedSpeaker', severity: 'high', rewrite: '"This is our worst year ever,"' },
      ],
    },
    {
      lang: 'en',
      source: 'The senator voted against the bill on Tuesday evening.',
      rewrite:
        'The senator voted against the bill on Tuesday evening, saying "this bill is a disaster for farmers".',
      errors: [
        { messageId: 'unsupported', severity: 'high', rewrite: '"this bill is a disaster for farmers"' },
      ],
    },
    // An invented quote beside a statement with a quote: a word or two in common do not make it that quote.
    {
      lang: 'de',
      source:
        'Mattis schrieb an Trump: „Ich halte es in diesen Fragen für richtig, meinen Posten zu räumen.“ Der Rücktritt gilt ab Februar.',
      rewrite:
        'Mattis schrieb an Trump: „Ich halte es in diesen Fragen für richtig, meinen Posten zu räumen.“ «Meine Überzeugungen in diesen Fragen sind nicht verhandelbar.» Der Rücktritt gilt ab Februar.',
      // The invented quote stands alone after Mattis's in the same paragraph: it is given to him.
      errors: [
        {
          messageId: 'unsupportedSpeaker',
          severity: 'high',
          rewrite: '«Meine Überzeugungen in diesen Fragen sind nicht verhandelbar.»',
        },
      ],
    },
  ],
});
