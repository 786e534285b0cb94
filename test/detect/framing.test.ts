import { framing } from '../../src/detect/rules/framing.js';
import { ruleTable } from './harness.js';

ruleTable(framing, {
  valid: [
    {
      lang: 'en',
      source:
        'The vaccine was slightly better than the rival shot and significantly better than the older one.',
      rewrite: 'The vaccine was slightly better than the rival shot and well ahead of the older one.',
    },
    {
      lang: 'de',
      source: 'Die Verluste der Armee seien deutlich gestiegen.',
      rewrite: 'Die Verluste der Armee seien erheblich gestiegen.',
    },
    {
      lang: 'de',
      source: 'Russland führt seit 2022 einen Angriffskrieg gegen die Ukraine.',
      rewrite: 'Seit 2022 führt Russland einen Angriffskrieg gegen die Ukraine.',
    },
    {
      lang: 'en',
      source: 'Police said the protesters blocked the main road for hours.',
      rewrite: 'The protesters blocked the main road for hours, police said.',
    },
  ],
  invalid: [
    {
      lang: 'en',
      source:
        'The vaccine was slightly better than the rival shot and significantly better than the older one.',
      rewrite: 'The vaccine was slightly better than the rival shot and slightly better than the older one.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'significantly', rewrite: 'slightly' }],
    },
    {
      lang: 'de',
      source: 'Russland habe im Angriffskrieg gegen die Ukraine keine Fortschritte gemacht.',
      rewrite: 'Russland habe im Konflikt in der Ukraine keine Fortschritte gemacht.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'Angriffskrieg', rewrite: 'Konflikt' }],
    },
    {
      lang: 'en',
      source: 'Police said the protesters blocked the main road for hours.',
      rewrite: 'Police said the rioters blocked the main road for hours.',
      errors: [{ messageId: 'sharpened', severity: 'medium', source: 'protesters', rewrite: 'rioters' }],
    },
    {
      lang: 'en',
      source: 'The invasion of the country began in February.',
      rewrite: 'The conflict in the country began in February.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'invasion', rewrite: 'conflict' }],
    },
  ],
});
