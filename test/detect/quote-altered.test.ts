import { quoteAltered } from '../../src/detect/rules/quote-altered.js';
import { ruleTable } from './harness.js';

ruleTable(quoteAltered, {
  valid: [
    {
      lang: 'de',
      source: '«Russland gewinnt nicht», sagte Kallas in Brüssel am Montag.',
      rewrite: 'Kallas sagte am Montag in Brüssel: „Russland gewinnt nicht.“',
    },
    {
      lang: 'de',
      source: '«Wir haben jetzt die Chance auf einen echten Friedensprozess», sagte Merz.',
      rewrite: 'Merz sagte, man habe «jetzt die Chance auf einen echten Friedensprozess».',
    },
    {
      lang: 'en',
      source: '"We will rebuild every home," the governor said on Monday.',
      rewrite: 'The governor said on Monday: "We will rebuild every home."',
    },
    {
      lang: 'en',
      source: 'The mayor promised change in the city.',
      rewrite: 'The mayor promised change in the city.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source: '«Sie sind in einer schwierigen Lage», sagte Kallas über die Russen.',
      rewrite: '«Sie sind in einer aussichtslosen Lage», sagte Kallas über die Russen.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '«Sie sind in einer schwierigen Lage»',
          rewrite: '«Sie sind in einer aussichtslosen Lage»',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Merz sagte: „Wir werden die Ukraine weiter unterstützen.“',
      rewrite: 'Merz sagte: „Wir werden die Ukraine nicht weiter unterstützen.“',
      errors: [
        {
          messageId: 'reworded',
          severity: 'high',
          source: '„Wir werden die Ukraine weiter unterstützen.“',
          rewrite: '„Wir werden die Ukraine nicht weiter unterstützen.“',
        },
      ],
    },
    {
      lang: 'en',
      source: '"We will rebuild every home," the governor said on Monday.',
      rewrite: '"We will rebuild most homes," the governor said on Monday.',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '"We will rebuild every home,"',
          rewrite: '"We will rebuild most homes,"',
        },
      ],
    },
    {
      lang: 'en',
      source: 'She said: "The budget is balanced and the debt is falling."',
      rewrite: 'She said: "The budget is balanced and the debt is rising."',
      errors: [
        {
          messageId: 'wordsReplaced',
          severity: 'high',
          source: '"The budget is balanced and the debt is falling."',
          rewrite: '"The budget is balanced and the debt is rising."',
        },
      ],
    },
  ],
});
