import { roleChange } from '../../src/detect/rules/role-change.js';
import { ruleTable } from './harness.js';

ruleTable(roleChange, {
  valid: [
    // The possessive and the attributive name the same office of the same body.
    {
      lang: 'en',
      source: "Lawmakers questioned TikTok's CEO Shou Zi Chew for five hours on Thursday.",
      rewrite: 'Lawmakers questioned TikTok CEO Shou Zi Chew for five hours on Thursday.',
    },
    {
      lang: 'en',
      source: 'French Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      rewrite: 'Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
    },
    {
      lang: 'de',
      source: 'Präsident Wladimir Putin lehnte die Waffenruhe ab.',
      rewrite: 'Kremlchef Wladimir Putin lehnte die Waffenruhe ab.',
    },
    {
      lang: 'de',
      source: 'EU-Chefdiplomatin Kaja Kallas warnte vor Zugeständnissen.',
      rewrite: 'Die EU-Außenbeauftragte Kaja Kallas warnte vor Zugeständnissen.',
    },
    {
      lang: 'en',
      source: 'Chief Executive Officer Jane Doe said sales rose.',
      rewrite: 'CEO Jane Doe said sales rose.',
    },
    {
      lang: 'de',
      source: 'US-Präsident Donald Trump traf am Montag Kanzler Friedrich Merz in Berlin.',
      rewrite: 'Am Montag traf US-Präsident Donald Trump in Berlin Kanzler Friedrich Merz.',
    },
    {
      lang: 'de',
      source: 'Der ehemalige Kanzler Olaf Scholz sprach in Hamburg vor Studenten.',
      rewrite: 'Ex-Kanzler Olaf Scholz hielt in Hamburg eine Rede vor Studenten.',
    },
    {
      lang: 'en',
      source: 'President Joe Biden met Chancellor Olaf Scholz in Washington on Friday.',
      rewrite: 'On Friday, President Joe Biden hosted Chancellor Olaf Scholz in Washington.',
    },
    {
      lang: 'en',
      source: 'Former President Barack Obama spoke at the rally in Chicago.',
      rewrite: 'Ex-President Barack Obama addressed the rally in Chicago.',
    },
  ],
  invalid: [
    {
      lang: 'en',
      source: 'French Foreign Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      rewrite: 'French Defence Minister Jean-Noël Barrot met his counterparts in Brussels on Friday.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'French Foreign Minister',
          rewrite: 'French Defence Minister',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Außenministerin Annalena Baerbock reiste am Montag nach Kiew.',
      rewrite: 'Verteidigungsministerin Annalena Baerbock reiste am Montag nach Kiew.',
      errors: [
        {
          messageId: 'titleChanged',
          severity: 'medium',
          source: 'Außenministerin',
          rewrite: 'Verteidigungsministerin',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Governor Maria Lopez signed the budget bill on Friday.',
      rewrite: 'Senator Maria Lopez signed the budget bill on Friday.',
      errors: [{ messageId: 'titleChanged', severity: 'medium', source: 'Governor', rewrite: 'Senator' }],
    },
    {
      lang: 'de',
      source: 'Der Prozess wurde von US-Präsident Donald Trump initiiert und läuft seit Wochen.',
      rewrite:
        'Der Prozess wurde von dem ehemaligen US-Präsidenten Donald Trump initiiert und läuft seit Wochen.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'US-Präsident',
          rewrite: 'ehemaligen US-Präsidenten',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die frühere Außenministerin Annalena Baerbock reiste nach Kiew.',
      rewrite: 'Außenministerin Annalena Baerbock reiste nach Kiew.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'frühere Außenministerin',
          rewrite: 'Außenministerin',
        },
      ],
    },
    {
      lang: 'en',
      source: 'NATO Secretary General Mark Rutte warned of new threats on Tuesday.',
      rewrite: 'Former NATO Secretary General Mark Rutte warned of new threats on Tuesday.',
      errors: [
        {
          messageId: 'statusChanged',
          severity: 'high',
          source: 'NATO Secretary General',
          rewrite: 'Former NATO Secretary General',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The talks were led by President-elect Maria Lopez in the capital.',
      rewrite: 'The talks were led by President Maria Lopez in the capital.',
      errors: [
        { messageId: 'statusChanged', severity: 'medium', source: 'President-elect', rewrite: 'President' },
      ],
    },
  ],
});
