import { omission } from '../../src/detect/rules/omission.js';
import { ruleTable } from './harness.js';
import { DE_OTHER_STORY, EN_OTHER_STORY } from './stories.js';

ruleTable(omission, {
  valid: [
    // A list kept with a synonym, a gendered pair said once, or the members told in another statement.
    {
      lang: 'de',
      source: 'Das Gespräch mit Sozialpartnern, Expertinnen und Experten fand am Montag statt.',
      rewrite: 'Das Gespräch mit Sozialpartnern und Fachleuten fand am Montag statt.',
    },
    {
      lang: 'en',
      source: 'The vote was held among players, coaches, journalists and fans on Monday.',
      rewrite: 'The vote was held on Monday. Players, coaches, journalists and supporters took part in it.',
    },
    {
      lang: 'de',
      source: 'Die Bahn erhöht die Preise. Der Fahrgastverband kritisiert das.',
      rewrite: 'Der Fahrgastverband kritisiert, dass die Bahn die Preise erhöht.',
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected.',
      rewrite: 'About 300 jobs are affected when the plant closes in June.',
    },
  ],
  invalid: [
    // A list cut down to one of its members: the others the source names are gone.
    {
      lang: 'de',
      source:
        'Bei der Abstimmung von Spielern, Nationaltrainern, Journalisten und Fans setzte sich der Pole durch.',
      rewrite: 'Bei der Abstimmung von Journalisten setzte sich der Pole durch.',
      errors: [
        {
          messageId: 'listNarrowed',
          severity: 'medium',
          source: 'Spielern, Nationaltrainern, Journalisten und Fans',
          rewrite: 'Bei der Abstimmung von Journalisten setzte sich der Pole durch.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'In a vote by players, coaches, journalists and fans, the Pole beat Lionel Messi.',
      rewrite: 'In a vote by a jury of journalists, the Pole beat Lionel Messi.',
      errors: [
        {
          messageId: 'listNarrowed',
          severity: 'medium',
          source: 'players, coaches, journalists and fans',
          rewrite: 'In a vote by a jury of journalists, the Pole beat Lionel Messi.',
        },
      ],
    },
    // A left-out sentence whose words the rewrite says of other shares: its figure, repeated nowhere, is lost.
    {
      lang: 'de',
      source:
        'Mehr als zwei Drittel sehen negative Folgen für ihre mentale Gesundheit. Über 40 Prozent erkennen Folgen für ihre körperliche Gesundheit. Genau 22,7 Prozent sehen sogar positive Folgen für ihre körperliche Gesundheit.',
      rewrite:
        'Mehr als zwei Drittel sehen negative Folgen für ihre mentale Gesundheit. Genau 22,7 Prozent sehen sogar positive Folgen für ihre körperliche Gesundheit.',
      errors: [
        {
          messageId: 'figures',
          severity: 'medium',
          source: 'Über 40 Prozent erkennen Folgen für ihre körperliche Gesundheit.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'More than two thirds see harm to their mental health. Over 40 percent see effects on their physical health. Exactly 22.7 percent even see benefits for their physical health.',
      rewrite:
        'More than two thirds see harm to their mental health. Exactly 22.7 percent even see benefits for their physical health.',
      errors: [
        {
          messageId: 'figures',
          severity: 'medium',
          source: 'Over 40 percent see effects on their physical health.',
        },
      ],
    },
    // An aside wholly in parentheses, a cross-reference or a note, is left out at low importance.
    {
      lang: 'en',
      source:
        'The new bridge over the river opened on Monday after two years of work. (Also see "Bridge Works Delayed Again" - City Post, 2 Feb, 2023.)',
      rewrite: 'The new bridge over the river opened on Monday after two years of work.',
      errors: [
        {
          messageId: 'figures',
          severity: 'low',
          source: '(Also see "Bridge Works Delayed Again" - City Post, 2 Feb, 2023.)',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Die neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit eröffnet. (Siehe auch: Bauarbeiten verzögern sich, Stadtzeitung vom 2. Februar 2023.)',
      rewrite: 'Die neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit eröffnet.',
      errors: [
        {
          messageId: 'figures',
          severity: 'low',
          source: '(Siehe auch: Bauarbeiten verzögern sich, Stadtzeitung vom 2. Februar 2023.)',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The new bridge over the river opened on Monday after two years of work. It cost 40 million euros. Mayor Anna Berg thanked the workers who built it.',
      rewrite:
        'The new bridge over the river opened on Monday after two years of work. It cost 40 million euros.',
      errors: [
        {
          messageId: 'person',
          severity: 'medium',
          source: 'Mayor Anna Berg thanked the workers who built it.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Die neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit eröffnet. Sie kostete 40 Millionen Euro. Bürgermeisterin Anna Berg dankte den Arbeitern für ihren Einsatz.',
      rewrite:
        'Die neue Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit eröffnet. Sie kostete 40 Millionen Euro.',
      errors: [
        {
          messageId: 'person',
          severity: 'medium',
          source: 'Bürgermeisterin Anna Berg dankte den Arbeitern für ihren Einsatz.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Mayor Anna Berg opened the new bridge on Monday. The bridge cost 40 million euros. The ceremony ended with fireworks over the river.',
      rewrite: 'Mayor Anna Berg opened the new bridge on Monday. The bridge cost 40 million euros.',
      errors: [
        {
          messageId: 'statement',
          severity: 'low',
          source: 'The ceremony ended with fireworks over the river.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Bürgermeisterin Anna Berg eröffnete am Montag die neue Brücke. Die Brücke kostete 40 Millionen Euro. Die Feier endete mit einem Feuerwerk über dem Fluss.',
      rewrite:
        'Bürgermeisterin Anna Berg eröffnete am Montag die neue Brücke. Die Brücke kostete 40 Millionen Euro.',
      errors: [
        {
          messageId: 'statement',
          severity: 'low',
          source: 'Die Feier endete mit einem Feuerwerk über dem Fluss.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Die Bahn erhöht die Preise im Fernverkehr. «Das ist eine Zumutung für alle Pendler», sagte der Verbandschef.',
      rewrite: 'Die Bahn erhöht die Preise im Fernverkehr.',
      errors: [
        {
          messageId: 'quote',
          severity: 'low',
          source: '«Das ist eine Zumutung für alle Pendler», sagte der Verbandschef.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The plant will close in June. About 300 jobs are affected, the union said.',
      rewrite: 'The plant will close in June.',
      errors: [
        { messageId: 'figures', severity: 'low', source: 'About 300 jobs are affected, the union said.' },
      ],
    },
    // Another story after both (a second report in the same file) uses the left-out sentence's words, one here and
    // one there: none of its passages says it, so the sentence is still left out.
    {
      lang: 'en',
      source: `The city council approved the new budget on Tuesday. The mayor said schools would receive more money for teachers and buildings. ${EN_OTHER_STORY}`,
      rewrite: `On Tuesday the city council approved the new budget. ${EN_OTHER_STORY}`,
      errors: [
        {
          messageId: 'statement',
          severity: 'low',
          source: 'The mayor said schools would receive more money for teachers and buildings.',
        },
      ],
    },
    {
      lang: 'de',
      source: `Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Der Bürgermeister sagte, die Schulen bekämen mehr Geld für Lehrer und Gebäude. ${DE_OTHER_STORY}`,
      rewrite: `Am Dienstag beschloss der Stadtrat den neuen Haushalt. ${DE_OTHER_STORY}`,
      errors: [
        {
          messageId: 'statement',
          severity: 'low',
          source: 'Der Bürgermeister sagte, die Schulen bekämen mehr Geld für Lehrer und Gebäude.',
        },
      ],
    },
  ],
});
