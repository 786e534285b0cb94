import { certainty } from '../../src/detect/rules/certainty.js';
import { ruleTable } from './harness.js';

ruleTable(certainty, {
  valid: [
    // A statement told as a confirmation is told as often as it matters: no finding; nor is a guess kept as one.
    {
      lang: 'de',
      source: 'Die Polizei sagte, dass die Frau getötet wurde.',
      rewrite: 'Die Polizei bestätigte, dass die Frau getötet wurde.',
    },
    {
      lang: 'en',
      source: 'Police suspect arson in the flat on Main Street.',
      rewrite: 'Police believe there was arson in the flat on Main Street.',
    },
    // The contribution kept in other words, or made a possibility: no cause claimed alone.
    {
      lang: 'en',
      source: 'Omega-3 fatty acids help prevent arteriosclerosis.',
      rewrite: 'Omega-3 fatty acids contribute to preventing arteriosclerosis.',
    },
    {
      lang: 'de',
      source: 'Omega-3-Fettsäuren helfen, Arteriosklerose vorzubeugen.',
      rewrite: 'Omega-3-Fettsäuren können Arteriosklerose vorbeugen.',
    },
    // One hedging adverb for another under the negation hedges as much.
    {
      lang: 'de',
      source: 'Dass die Verhandlungen so schnell enden, war nicht wirklich erwartet worden.',
      rewrite: 'Dass die Verhandlungen so schnell enden, hatte man nicht unbedingt erwartet.',
    },
    {
      lang: 'en',
      source: 'That the talks would end so quickly was not really expected.',
      rewrite: 'That the talks would end so quickly was not necessarily expected.',
    },
    {
      lang: 'de',
      source: 'Ein hoher Preis ist nicht unbedingt ein Zeichen von Qualität, sagen Verbraucherschützer.',
      rewrite: 'Ein hoher Preis ist nicht zwangsläufig ein Zeichen von Qualität, sagen Verbraucherschützer.',
    },
    {
      lang: 'en',
      source: 'A high price is not necessarily a sign of quality, consumer advocates say.',
      rewrite: 'A high price is not inevitably a sign of quality, consumer advocates say.',
    },
    // Rarity the source gives itself, or said of another event than the source's.
    {
      lang: 'en',
      source: 'Prices at the market seldom change with the seasons.',
      rewrite: 'Prices at the market rarely change with the seasons.',
    },
    {
      lang: 'de',
      source: 'Die Preise auf dem Wochenmarkt ändern sich mit den Jahreszeiten.',
      rewrite:
        'Die Preise auf dem Wochenmarkt ändern sich mit den Jahreszeiten, die Händler wechseln selten.',
    },
    // A view kept as a view in another verb, and a verb of knowing with an object, not a clause.
    {
      lang: 'de',
      source: 'Damals glaubte Müller, dass der Plan scheitert.',
      rewrite: 'Damals meinte Müller, dass der Plan scheitern werde.',
    },
    {
      lang: 'en',
      source: 'She thought that the plan would fail, and she knew the risks.',
      rewrite: 'She knew the risks and thought that the plan would fail.',
    },
    // A word of proof on both sides, in other words: the certainty is the source's.
    {
      lang: 'de',
      source: 'Der Wirkstoff senkt nachweislich den Blutdruck älterer Patienten.',
      rewrite: 'Der Wirkstoff senkt erwiesenermaßen den Blutdruck älterer Patienten.',
    },
    {
      lang: 'en',
      source: 'The drug demonstrably lowers blood pressure in older patients.',
      rewrite: 'The drug provably lowers blood pressure in older patients.',
    },
    // Another adverb of the same frequency, or "immer" in a phrase where it is no frequency.
    {
      lang: 'en',
      source: 'Shoppers can usually return faulty toys within two weeks, the association said.',
      rewrite: 'Shoppers can normally return faulty toys within two weeks, the association said.',
    },
    {
      lang: 'de',
      source: 'Die Züge der Bahn kommen im Sommer meistens pünktlich an, sagt der Verband.',
      rewrite: 'Die Züge der Bahn kommen im Sommer noch immer pünktlich an, sagt der Verband.',
    },
    {
      lang: 'de',
      source: 'Der Tourismus wird für die Region oft wichtig, sagen die Experten.',
      rewrite: 'Der Tourismus wird für die Region immer wichtiger, sagen die Experten.',
    },
    // "als" of comparison or time before a verb of seeing is no reputation.
    {
      lang: 'de',
      source: 'Der Vogel sieht auch nachts gut, teilte der Zoo mit.',
      rewrite: 'Anders als viele Tiere sieht der Vogel auch nachts gut, teilte der Zoo mit.',
    },
    {
      lang: 'de',
      source: 'Der Wärter ging nach Hause, teilte der Zoo mit.',
      rewrite: 'Als er das sah, ging der Wärter nach Hause, teilte der Zoo mit.',
    },
    // What something is held to be, said with another verb of reputation or assessment, is still an estimate.
    {
      lang: 'de',
      source: 'Die Fachleute haben den Plan mehrheitlich als sinnvoll bewertet, hieß es am Montag.',
      rewrite: 'Die Fachleute haben den Plan mehrheitlich als sinnvoll eingestuft, hieß es am Montag.',
    },
    {
      lang: 'en',
      source: 'The English Garden is regarded as the first large park in Europe open to everyone.',
      rewrite: 'The English Garden is viewed as the first large park in Europe open to everyone.',
    },
    {
      lang: 'de',
      source:
        'Der Englische Garten gilt als erster groß angelegter Park Europas, der für jeden zugänglich war.',
      rewrite:
        'Der Englische Garten wird als erster groß angelegter Park Europas angesehen, der für jeden zugänglich war.',
    },
    // A hearsay adverb restates the source's hearsay: no hedge added.
    {
      lang: 'en',
      source: 'The minister is said to be seriously ill.',
      rewrite: 'The minister is reportedly seriously ill.',
    },
    {
      lang: 'de',
      source: 'Der Minister soll schwer krank sein.',
      rewrite: 'Der Minister ist angeblich schwer krank.',
    },
    // The arrangement kept, in other words; a plan with no time stated as today's fact is the event-status rule's.
    {
      lang: 'de',
      source: 'Ab Februar soll die Impfpflicht in Kraft treten.',
      rewrite: 'Die Impfpflicht soll im Februar in Kraft treten.',
    },
    {
      lang: 'en',
      source: 'The vaccine mandate is to take effect in February.',
      rewrite: 'The vaccine mandate is set to take effect in February.',
    },
    {
      lang: 'de',
      source: 'Die Impfpflicht soll in Kraft treten.',
      rewrite: 'Die Impfpflicht tritt in Kraft.',
    },
    // A hedge kept in another part of speech still hedges.
    {
      lang: 'en',
      source: 'Allegedly, the company has ties to the ruling party.',
      rewrite: 'There are alleged ties between the company and the ruling party.',
    },
    {
      lang: 'de',
      source: 'Der Brand wurde vermutlich durch einen Kurzschluss ausgelöst.',
      rewrite: 'Als Ursache des Brandes wird ein Kurzschluss vermutet.',
    },
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Offenbar floh der Verdächtige nach Frankreich.',
    },
    {
      lang: 'de',
      source: 'Das Museum öffnet im Mai wieder seine Türen.',
      rewrite: 'Im Mai öffnet das Museum seine Türen wieder.',
    },
    {
      lang: 'en',
      source: 'The suspect reportedly fled to France after the robbery.',
      rewrite: 'After the robbery the suspect reportedly fled to France.',
    },
    {
      lang: 'en',
      source: 'The museum reopens its doors in May.',
      rewrite: 'In May the museum reopens its doors.',
    },
  ],
  invalid: [
    // A guess told as confirmed: a verb of conjecture, with a noun object too, against a verb of confirming.
    {
      lang: 'en',
      source: 'Police suspect arson in the flat.',
      rewrite: 'Police have confirmed arson in the flat.',
      errors: [
        { messageId: 'beliefAsKnowledge', severity: 'medium', source: 'suspect', rewrite: 'confirmed' },
      ],
    },
    {
      lang: 'de',
      source: 'Die Polizei vermutet Brandstiftung in der Wohnung.',
      rewrite: 'Die Polizei hat Brandstiftung in der Wohnung bestätigt.',
      errors: [
        { messageId: 'beliefAsKnowledge', severity: 'medium', source: 'vermutet', rewrite: 'bestätigt' },
      ],
    },
    {
      lang: 'en',
      source: 'Police confirmed arson in the flat.',
      rewrite: 'Police suspect arson in the flat.',
      errors: [{ messageId: 'knowledgeAsBelief', severity: 'low', source: 'confirmed', rewrite: 'suspect' }],
    },
    // One cause among others made the cause: the verb of contribution dropped.
    {
      lang: 'en',
      source: 'Omega-3 fatty acids help prevent arteriosclerosis.',
      rewrite: 'Omega-3 fatty acids prevent arteriosclerosis.',
      errors: [{ messageId: 'contributionAsCause', severity: 'medium', source: 'help', rewrite: 'prevent' }],
    },
    {
      lang: 'de',
      source: 'Bewegung trägt dazu bei, Stress abzubauen.',
      rewrite: 'Bewegung baut Stress ab.',
      errors: [{ messageId: 'contributionAsCause', severity: 'medium', source: 'trägt', rewrite: 'baut' }],
    },
    // "oftmals" is "oft": made "immer", the claim holds always.
    {
      lang: 'de',
      source: 'Nahe am Verbrauchsdatum sind die Lebensmittel oftmals bereits stark mit Keimen belastet.',
      rewrite: 'Nahe am Verbrauchsdatum sind die Lebensmittel immer stark mit Keimen belastet.',
      errors: [{ messageId: 'frequencyChanged', severity: 'medium', source: 'oftmals', rewrite: 'immer' }],
    },
    // Hearsay added to a statement whose plural subject opens the sentence ("Both", "Anthocyanins").
    {
      lang: 'en',
      source: 'The purple varieties contain anthocyanins. Both protect the cells.',
      rewrite: 'The purple varieties contain anthocyanins. Both are said to protect the cells.',
      errors: [
        { messageId: 'hedgeAdded', severity: 'low', source: 'Both protect the cells.', rewrite: 'are' },
      ],
    },
    // A plan told as probable: the hedge added is what changed; the hedge keeps the plan open, nothing settled.
    {
      lang: 'de',
      source: 'Die Vorschläge sollen beim nächsten Treffen diskutiert werden.',
      rewrite: 'Die Vorschläge werden beim nächsten Treffen voraussichtlich diskutiert werden.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'Die Vorschläge sollen beim nächsten Treffen diskutiert werden.',
          rewrite: 'voraussichtlich',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The proposals are to be discussed at the next meeting.',
      rewrite: 'The proposals will probably be discussed at the next meeting.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'The proposals are to be discussed at the next meeting.',
          rewrite: 'probably',
        },
      ],
    },
    // "not necessarily" → "not": what need not hold is said not to hold at all. A hedge, not a claim's source: low.
    {
      lang: 'de',
      source: 'Ein hoher Preis ist nicht unbedingt ein Zeichen von Qualität, sagen Verbraucherschützer.',
      rewrite: 'Ein hoher Preis ist kein Zeichen von Qualität, sagen Verbraucherschützer.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'low',
          source: 'nicht unbedingt',
          rewrite: 'Ein hoher Preis ist kein Zeichen von Qualität, sagen Verbraucherschützer.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'A high price is not necessarily a sign of quality, consumer advocates say.',
      rewrite: 'A high price is no sign of quality, consumer advocates say.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'low',
          source: 'not necessarily',
          rewrite: 'A high price is no sign of quality, consumer advocates say.',
        },
      ],
    },
    // A verb of belief in the passive hedges what the source states ("is thought to have formed").
    {
      lang: 'en',
      source: 'The rock was formed 400 million years ago.',
      rewrite: 'The rock is thought to have formed 400 million years ago.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'The rock was formed 400 million years ago.',
          rewrite: 'is',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Fels entstand vor 400 Millionen Jahren.',
      rewrite: 'Der Fels soll vor 400 Millionen Jahren entstanden sein.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'Der Fels entstand vor 400 Millionen Jahren.',
          rewrite: 'soll',
        },
      ],
    },
    // A verb of saying holds its clause as a verb of opinion does: a factive verb for it takes the clause as true.
    {
      lang: 'en',
      source: 'Reports from the region indicate that young people use the dialect online.',
      rewrite: 'Reports from the region prove that young people use the dialect online.',
      errors: [{ messageId: 'beliefAsKnowledge', severity: 'medium', source: 'indicate', rewrite: 'prove' }],
    },
    {
      lang: 'de',
      source: 'Der Minister sagte, dass die Preise im Herbst steigen.',
      rewrite: 'Der Minister wusste, dass die Preise im Herbst steigen.',
      errors: [{ messageId: 'beliefAsKnowledge', severity: 'medium', source: 'sagte', rewrite: 'wusste' }],
    },
    // A factive verb takes its clause as true, a verb of opinion only holds it: one put for the other.
    {
      lang: 'de',
      source: 'Eigentlich dachte er, dass angesichts des Datums niemand reagieren würde.',
      rewrite: 'Er wusste, dass wegen des Datums niemand reagieren würde.',
      errors: [{ messageId: 'beliefAsKnowledge', severity: 'medium', source: 'dachte', rewrite: 'wusste' }],
    },
    {
      lang: 'en',
      source: 'At the time she believed that the plan would fail.',
      rewrite: 'At the time she knew that the plan would fail.',
      errors: [{ messageId: 'beliefAsKnowledge', severity: 'medium', source: 'believed', rewrite: 'knew' }],
    },
    {
      lang: 'en',
      source: 'The minister knows that the plan will fail.',
      rewrite: 'The minister thinks that the plan will fail.',
      errors: [{ messageId: 'knowledgeAsBelief', severity: 'low', source: 'knows', rewrite: 'thinks' }],
    },
    // Hearsay dropped while the claim is still told as said: the writer's distance is gone.
    {
      lang: 'de',
      source: '„Hier stehe ich. Ich kann nicht anders“, soll er gesagt haben.',
      rewrite: '„Hier stehe ich. Ich kann nicht anders“, sagte er.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'soll',
          rewrite: '„Hier stehe ich. Ich kann nicht anders“, sagte er.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'He is said to have taken the money, the paper reported.',
      rewrite: 'He took the money, the paper reported.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'is',
          rewrite: 'He took the money, the paper reported.',
        },
      ],
    },
    // Hearsay added: what the source states is only passed on.
    {
      lang: 'en',
      source: 'The relics lie in a golden shrine behind the altar.',
      rewrite: 'The relics are said to lie in a golden shrine behind the altar.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'The relics lie in a golden shrine behind the altar.',
          rewrite: 'are',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Er war schwer krank, sagte sein Arzt.',
      rewrite: 'Er soll schwer krank gewesen sein, sagte sein Arzt.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'Er war schwer krank, sagte sein Arzt.',
          rewrite: 'soll',
        },
      ],
    },
    // A claim called proven where the source says only what is believed or meant.
    {
      lang: 'de',
      source: 'Zum Jahreswechsel verschenkt man Kleeblätter aus Papier; sie sollen Glück bringen.',
      rewrite: 'Zum Jahreswechsel verschenkt man Kleeblätter aus Papier; sie bringen nachweislich Glück.',
      errors: [
        {
          messageId: 'proofAdded',
          severity: 'medium',
          source: 'Zum Jahreswechsel verschenkt man Kleeblätter aus Papier; sie sollen Glück bringen.',
          rewrite: 'nachweislich',
        },
      ],
    },
    {
      lang: 'en',
      source: 'At New Year people give each other paper clover; it is meant to bring luck.',
      rewrite: 'At New Year people give each other paper clover; it demonstrably brings luck.',
      errors: [
        {
          messageId: 'proofAdded',
          severity: 'medium',
          source: 'At New Year people give each other paper clover; it is meant to bring luck.',
          rewrite: 'demonstrably',
        },
      ],
    },
    // How often a claim holds, made more or less often on the same side of the scale.
    {
      lang: 'en',
      source: 'Shoppers can usually return faulty toys within two weeks, the association said.',
      rewrite: 'Shoppers can always return faulty toys within two weeks, the association said.',
      errors: [{ messageId: 'frequencyChanged', severity: 'medium', source: 'usually', rewrite: 'always' }],
    },
    {
      lang: 'de',
      source: 'Die Züge der Bahn kommen im Sommer manchmal pünktlich an, sagt der Verband.',
      rewrite: 'Die Züge der Bahn kommen im Sommer meistens pünktlich an, sagt der Verband.',
      errors: [
        { messageId: 'frequencyChanged', severity: 'medium', source: 'manchmal', rewrite: 'meistens' },
      ],
    },
    // The lowest frequency put into a statement the source tells without one all but denies it; at a clause's end too.
    {
      lang: 'en',
      source: 'Prices at the farmers market change with the seasons, the association said.',
      rewrite: 'Prices at the farmers market rarely change with the seasons, the association said.',
      errors: [
        {
          messageId: 'madeRare',
          severity: 'medium',
          source: 'Prices at the farmers market change with the seasons, the association said.',
          rewrite: 'rarely',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Preise auf dem Wochenmarkt ändern sich mit den Jahreszeiten.',
      rewrite: 'Die Preise auf dem Wochenmarkt ändern sich mit den Jahreszeiten nur selten.',
      errors: [
        {
          messageId: 'madeRare',
          severity: 'medium',
          source: 'Die Preise auf dem Wochenmarkt ändern sich mit den Jahreszeiten.',
          rewrite: 'selten',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Züge der Bahn kommen im Sommer manchmal pünktlich an.',
      rewrite: 'Pünktlich kommen die Züge der Bahn im Sommer meistens.',
      errors: [
        { messageId: 'frequencyChanged', severity: 'medium', source: 'manchmal', rewrite: 'meistens' },
      ],
    },
    // A verb of reputation dropped: what something is held to be stated as what it is.
    {
      lang: 'en',
      source: 'The English Garden is regarded as the first large park in Europe open to everyone.',
      rewrite: 'The English Garden was the first large park in Europe open to everyone.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'low',
          source: 'regarded as',
          rewrite: 'The English Garden was the first large park in Europe open to everyone.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Darling sieht dies als Beweis, dass Menschen zu Robotern Beziehungen aufbauen können.',
      rewrite: 'Damit ist bewiesen, dass Menschen zu Robotern Beziehungen aufbauen können.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'low',
          source: 'sieht dies als',
          rewrite: 'Damit ist bewiesen, dass Menschen zu Robotern Beziehungen aufbauen können.',
        },
      ],
    },
    // What is to happen stated as settled: the present with a time that places it ahead (medium), the future (low).
    {
      lang: 'de',
      source:
        'Ab Februar soll die Impfpflicht in Kraft treten, ab Mitte März der Impfstatus kontrolliert werden.',
      rewrite:
        'Ab Februar tritt die Impfpflicht in Kraft, ab Mitte März kontrolliert die Polizei den Impfstatus.',
      errors: [{ messageId: 'plannedAsSettled', severity: 'medium', source: 'soll', rewrite: 'tritt' }],
    },
    {
      lang: 'en',
      source: 'The vaccine mandate is to take effect in February.',
      rewrite: 'The vaccine mandate takes effect in February.',
      errors: [{ messageId: 'plannedAsSettled', severity: 'medium', source: 'is', rewrite: 'takes' }],
    },
    {
      lang: 'de',
      source: 'Ab Februar soll die Impfpflicht in Kraft treten.',
      rewrite: 'Ab Februar wird die Impfpflicht in Kraft treten.',
      errors: [{ messageId: 'plannedAsSettled', severity: 'low', source: 'soll', rewrite: 'wird' }],
    },
    {
      lang: 'en',
      source: 'The vaccine mandate is set to take effect in February.',
      rewrite: 'The vaccine mandate will take effect in February.',
      errors: [{ messageId: 'plannedAsSettled', severity: 'low', source: 'is', rewrite: 'will' }],
    },
    // A probability hedge dropped overstates what is known: medium, like a claim hedge.
    {
      lang: 'en',
      source: 'The minister will likely resign next week.',
      rewrite: 'The minister will resign next week.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'likely',
          rewrite: 'The minister will resign next week.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Minister tritt vermutlich nächste Woche zurück.',
      rewrite: 'Der Minister tritt nächste Woche zurück.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'vermutlich',
          rewrite: 'Der Minister tritt nächste Woche zurück.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Its likely first product after the vaccines will be a shot against RSV in older adults.',
      rewrite: 'Its first product after the vaccines will be a shot against RSV in older adults.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'likely',
          rewrite: 'Its first product after the vaccines will be a shot against RSV in older adults.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Der Verdächtige ist nach Frankreich geflohen.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'offenbar',
          rewrite: 'Der Verdächtige ist nach Frankreich geflohen.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Vorschläge werden beim nächsten Treffen diskutiert.',
      rewrite: 'Die Vorschläge werden voraussichtlich beim nächsten Treffen diskutiert.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'Die Vorschläge werden beim nächsten Treffen diskutiert.',
          rewrite: 'voraussichtlich',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The minister allegedly accepted payments from the firm.',
      rewrite: 'The minister accepted payments from the firm.',
      errors: [
        {
          messageId: 'hedgeRemoved',
          severity: 'medium',
          source: 'allegedly',
          rewrite: 'The minister accepted payments from the firm.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The virus spread through the school in two weeks.',
      rewrite: 'The virus apparently spread through the school in two weeks.',
      errors: [
        {
          messageId: 'hedgeAdded',
          severity: 'low',
          source: 'The virus spread through the school in two weeks.',
          rewrite: 'apparently',
        },
      ],
    },
  ],
});
