import { modality } from '../../src/detect/rules/modality.js';
import { ruleTable } from './harness.js';

ruleTable(modality, {
  valid: [
    {
      lang: 'de',
      source:
        '«Wenn die USA keine Zugeständnisse verlangen, ist es Sache der Europäer, das zu tun», sagte Kallas.',
      rewrite:
        'Falls die USA keine Zugeständnisse verlangen, sei es Sache der Europäer, das zu tun, sagte Kallas.',
    },
    {
      lang: 'de',
      source: 'Die Regierung könnte die Steuern im Herbst erhöhen.',
      rewrite: 'Möglicherweise erhöht die Regierung im Herbst die Steuern.',
    },
    {
      lang: 'en',
      source: 'If the talks fail, the union may call a strike in March.',
      rewrite: 'The union could call a strike in March if the talks fail.',
    },
    {
      lang: 'en',
      source: 'The mayor demanded a full inquiry into the fire at the depot.',
      rewrite: 'The mayor called for a full inquiry into the depot fire.',
    },
  ],
  invalid: [
    {
      lang: 'de',
      source: 'Als Ort der Zusammenkunft wäre die saudische Hauptstadt Riad für beide Seiten passend.',
      rewrite: 'Als Ort der Zusammenkunft ist die saudische Hauptstadt Riad für beide Seiten passend.',
      mentions: ['"wäre"'],
    },
    {
      lang: 'de',
      source:
        '«Wenn die USA keine Zugeständnisse von den Russen verlangen, ist es Sache der Europäer, das zu tun», sagte Kallas.',
      rewrite:
        'Die USA verlangen keine Zugeständnisse von den Russen, daher ist es Sache der Europäer, das zu tun.',
      mentions: ['condition'],
    },
    {
      lang: 'de',
      source: 'Als mögliche Forderung nannte Kallas Beschränkungen für die russische Armee.',
      rewrite: 'Kallas setzte Beschränkungen für die russische Armee durch.',
      mentions: ['possibility'],
    },
    {
      lang: 'en',
      source: 'The new tariffs could raise prices for consumers by ten percent.',
      rewrite: 'The new tariffs raise prices for consumers by ten percent.',
      mentions: ['possibility'],
    },
    {
      lang: 'en',
      source: 'Protesters demanded the closure of the coal plant near the river.',
      rewrite: 'The coal plant near the river was closed by protesters.',
      mentions: ['demand'],
    },
  ],
});
