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
    // A percentage measures the change on both sides: the verb's strength is worth a look, not an alarm. (The German
    // pack has no scale of change verbs; its counterpart cases below keep their severity.)
    {
      lang: 'en',
      source: "Hong Kong's Hang Seng index dropped 0.27% on Wednesday.",
      rewrite: "Hong Kong's Hang Seng slipped 0.27% on Wednesday.",
      errors: [{ messageId: 'softened', severity: 'low', source: 'dropped', rewrite: 'slipped' }],
    },
    {
      lang: 'en',
      source: "Hong Kong's Hang Seng index plunged on Wednesday.",
      rewrite: "Hong Kong's Hang Seng slipped on Wednesday.",
      errors: [{ messageId: 'softened', severity: 'medium', source: 'plunged', rewrite: 'slipped' }],
    },
    // A word that only judges the figure, or a verb beside a count of whom it befell, still frames.
    {
      lang: 'en',
      source: 'Prices rose sharply by 5 percent in March.',
      rewrite: 'Prices rose slightly by 5 percent in March.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'sharply', rewrite: 'slightly' }],
    },
    {
      lang: 'de',
      source: 'Die Preise stiegen im März deutlich um 5 Prozent.',
      rewrite: 'Die Preise stiegen im März leicht um 5 Prozent.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'deutlich', rewrite: 'leicht' }],
    },
    {
      lang: 'en',
      source: 'Twelve people were murdered in the village on Sunday.',
      rewrite: 'Twelve people were killed in the village on Sunday.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'murdered', rewrite: 'killed' }],
    },
    {
      lang: 'de',
      source: 'Zwölf Menschen wurden am Sonntag in dem Dorf ermordet.',
      rewrite: 'Zwölf Menschen wurden am Sonntag in dem Dorf getötet.',
      errors: [{ messageId: 'softened', severity: 'medium', source: 'ermordet', rewrite: 'getötet' }],
    },
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
