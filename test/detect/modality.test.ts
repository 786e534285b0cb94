import { modality } from '../../src/detect/rules/modality.js';
import { ruleTable } from './harness.js';

ruleTable(modality, {
  valid: [
    // The possibility kept under another modal: "lassen sich vorbereiten" → "kann man vorbereiten".
    {
      lang: 'de',
      source: 'Soßen lassen sich gut vorbereiten und in Portionen einfrieren.',
      rewrite: 'Soßen kann man gut vorbereiten und in Portionen einfrieren.',
    },
    {
      lang: 'en',
      source: 'The sauce can be prepared ahead and frozen in portions.',
      rewrite: 'The sauce may be prepared ahead and frozen in portions.',
    },
    // A condition restated as a participle clause before the main clause: still a condition.
    {
      lang: 'en',
      source: 'If they are made into pesto, the leaves keep longer in the fridge.',
      rewrite: 'Made into pesto, the leaves keep longer when refrigerated.',
    },
    {
      lang: 'de',
      source: 'Wenn man die Blätter zu Pesto verarbeitet, halten sie gekühlt länger.',
      rewrite: 'Zu Pesto verarbeitet, halten die Blätter gekühlt länger.',
    },
    // "as little as possible", "so wenig wie möglich": the utmost degree, no possibility.
    {
      lang: 'en',
      source: 'There are many ideas for throwing away as little food as possible.',
      rewrite: 'There are many ideas for throwing away little food.',
    },
    {
      lang: 'de',
      source: 'Es gibt viele Ideen, um so wenig Lebensmittel wie möglich wegzuwerfen.',
      rewrite: 'Es gibt viele Ideen, um wenig Lebensmittel wegzuwerfen.',
    },
    // A modal denied in the rewrite ("can produce" → "cannot make") is a negation inserted, the negation rule's.
    {
      lang: 'en',
      source: 'Taurine is a product which the body can produce itself in sufficient quantities.',
      rewrite: 'Taurine is a product; the body cannot make enough of it on its own.',
    },
    // An adverb of advice keeps the advice: "are best avoided", "am besten gemieden".
    {
      lang: 'en',
      source: 'Sugary drinks should be avoided at breakfast.',
      rewrite: 'Sugary drinks are best avoided at breakfast.',
    },
    {
      lang: 'de',
      source: 'Zuckerhaltige Getränke sollten beim Frühstück gemieden werden.',
      rewrite: 'Zuckerhaltige Getränke werden beim Frühstück am besten gemieden.',
    },
    // The word of duty kept in another form: nothing weakened.
    {
      lang: 'de',
      source: 'Der Warnhinweis ist verpflichtend.',
      rewrite: 'Ein verpflichtender Warnhinweis gehört auf die Dose.',
    },
    // A modal in a question asked as a question again hedges no claim.
    {
      lang: 'en',
      source: 'And what could be better than cooking with friends?',
      rewrite: 'And what is nicer than cooking with friends?',
    },
    {
      lang: 'de',
      source: 'Und was könnte schöner sein, als mit Freunden zu kochen?',
      rewrite: 'Und was ist schöner, als mit Freunden zu kochen?',
    },
    // The modal kept where it offers what any of a kind can be ("dishes can be"): no fewer of it.
    {
      lang: 'en',
      source: 'Simple dishes, freshly prepared, can be real comfort for the soul.',
      rewrite: 'Simple, freshly prepared dishes can be real balm for the soul.',
    },
    // Two modals made one over coordinated verbs: every verb is still under it.
    {
      lang: 'de',
      source: 'Der Plan kann helfen. Er kann aber auch schaden.',
      rewrite: 'Der Plan kann helfen, aber auch schaden.',
    },
    {
      lang: 'en',
      source: 'You can taste the wine and you can buy cheese.',
      rewrite: 'You can taste the wine and buy cheese.',
    },
    // A duty told by a verb of obligation ("are obliged to", "sind verpflichtet, … zu"), advice by an adjective, or a
    // condition set by "sollte" first: no duty or advice stated as fact.
    {
      lang: 'en',
      source: 'The allergens must be listed on the label.',
      rewrite: 'The allergens are required to be listed on the label.',
    },
    {
      lang: 'de',
      source: 'Besucher müssen im Bergwerk einen Helm tragen.',
      rewrite: 'Besucher sind verpflichtet, im Bergwerk einen Helm zu tragen.',
    },
    {
      lang: 'en',
      source: 'Parents should read the label carefully.',
      rewrite: 'It is advisable for parents to read the label carefully.',
    },
    {
      lang: 'de',
      source: 'Sollte es regnen, fällt das Fest aus.',
      rewrite: 'Wenn es regnet, fällt das Fest aus.',
    },
    // "sollte" with a time set for it tells a plan: the event-status rule's, no advice stated as fact.
    {
      lang: 'de',
      source: 'Die Vorschläge sollten beim nächsten Treffen in zwei Wochen diskutiert werden.',
      rewrite: 'Die Vorschläge werden beim nächsten Treffen in zwei Wochen diskutiert.',
    },
    // "sollte" as the past of a plan, told as done: the event-status rule's, no advice stated as fact.
    {
      lang: 'de',
      source: 'Das Treffen sollte am Montag stattfinden.',
      rewrite: 'Das Treffen fand am Montag statt.',
    },
    // "is to be stated" sets a duty or a plan; the participle after the marker is the event, no one's report.
    {
      lang: 'en',
      source: 'Nutrition values are always to be stated per 100 grams.',
      rewrite: 'Nutrition values must always be stated per 100 grams.',
    },
    // A denied modal of possibility for another denied one: both deny what may or can be.
    {
      lang: 'en',
      source: 'Fans may no longer bring flags into the stadium.',
      rewrite: 'Fans can no longer take flags into the stadium.',
    },
    {
      lang: 'de',
      source: 'Der Vorwurf ließe sich heute nicht mehr beweisen.',
      rewrite: 'Der Vorwurf kann heute nicht mehr bewiesen werden.',
    },
    // One phrase naming an untold condition for another.
    {
      lang: 'de',
      source: 'Der Verkauf von Feuerwerk an Jugendliche ist unter bestimmten Voraussetzungen erlaubt.',
      rewrite: 'Unter bestimmten Bedingungen darf Feuerwerk an Jugendliche verkauft werden.',
    },
    {
      lang: 'en',
      source: 'Selling fireworks to teenagers is allowed under certain conditions.',
      rewrite: 'Under certain circumstances fireworks may be sold to teenagers.',
    },
    // The polite address inside a sentence speaks to any reader, as "man" and "you" do: what is on offer, no hedge.
    {
      lang: 'de',
      source: 'Die Angaben zu Allergenen können Sie auf dem Etikett an verschiedenen Stellen finden.',
      rewrite: 'Auf dem Etikett finden Sie die Angaben zu Allergenen an verschiedenen Stellen.',
    },
    // A duty kept beside the advice, or none to weaken: "need not" frees from one, and a past duty is no duty of now.
    {
      lang: 'en',
      source: 'The ingredients must be listed on the label.',
      rewrite: 'The ingredients must be listed on the label, and they should be listed in English.',
    },
    {
      lang: 'de',
      source: 'Die Zutaten müssen nicht auf Deutsch angegeben werden.',
      rewrite: 'Die Zutaten sollten nicht auf Deutsch angegeben werden.',
    },
    {
      lang: 'de',
      source: 'Früher mussten die Zutaten auf Deutsch angegeben werden.',
      rewrite: 'Früher sollten die Zutaten auf Deutsch angegeben werden.',
    },
    // The perfect of a modal, its infinitive for the participle ("haben … verbringen müssen"), is the modal's past
    // ("mussten … verbringen"): the same obligation. The future of a modal ("wird … erhöhen müssen") is the modal's.
    {
      lang: 'de',
      source: 'Wegen Schnee haben Besucher eines Pubs eine dritte Nacht im Pub verbringen müssen.',
      rewrite: 'Wegen des Schnees mussten die Gäste eines Pubs bereits die dritte Nacht im Pub verbringen.',
    },
    {
      lang: 'de',
      source: 'Die Regierung wird die Steuern im Herbst erhöhen müssen.',
      rewrite: 'Die Regierung muss die Steuern im Herbst erhöhen.',
    },
    {
      lang: 'en',
      source: 'Because of the snow, visitors to a pub had to spend a third night there.',
      rewrite: 'The snow forced visitors to a pub to spend a third night there: they had to stay.',
    },
    // A modal in an indirect question stays in it: "wann … geräumt werden kann" → "wann … geräumt werden könne".
    {
      lang: 'de',
      source: 'Wie die Wirtin sagte, sei noch unklar, wann die Straße zu dem Lokal freigeräumt werden kann.',
      rewrite:
        'Die Wirtin sagte, es sei noch nicht absehbar, wann die Straße zu dem Lokal geräumt werden könne.',
    },
    {
      lang: 'en',
      source: 'As the landlady said, it was still unclear when the road to the pub could be cleared.',
      rewrite: 'The landlady said it was not yet clear when the road to the pub could be cleared.',
    },
    // The conditional's perfect kept in other words: still what did not happen.
    {
      lang: 'en',
      source: "Sassoli's term would have ended as scheduled in January.",
      rewrite: "Sassoli's term would have run out in January as planned.",
    },
    {
      lang: 'de',
      source: 'Sassolis Amtszeit würde im Jänner regulär ausgelaufen sein.',
      rewrite: 'Sassolis Amtszeit wäre im Jänner planmäßig zu Ende gegangen.',
    },
    // The copula's conditional ("würden … beteiligt sein") is its past subjunctive ("wären … beteiligt") in two words.
    {
      lang: 'de',
      source: 'Nach dem Plan würden auch die Nachbarländer an dem Projekt beteiligt sein.',
      rewrite: 'Laut dem Plan wären auch die Nachbarländer an dem Vorhaben beteiligt.',
    },
    {
      lang: 'en',
      source: 'The deal would be costly for taxpayers.',
      rewrite: 'The deal might be costly for taxpayers.',
    },
    // After a verb of saying in the past, "würde"/"would" is the future of the past, not a hypothesis.
    {
      lang: 'en',
      source: 'He said he would be in Berlin on Monday.',
      rewrite: 'He said he was going to be in Berlin on Monday.',
    },
    {
      lang: 'de',
      source: 'Er sagte, die Länder würden an dem Projekt beteiligt sein.',
      rewrite: 'Er sagte, die Länder seien an dem Projekt beteiligt.',
    },
    {
      lang: 'en',
      source: 'The talks would be difficult, the minister said.',
      rewrite: 'The minister said the talks were going to be difficult.',
    },
    {
      lang: 'de',
      source: 'Die Gespräche würden schwierig sein, sagte der Minister.',
      rewrite: 'Die Gespräche seien schwierig, sagte der Minister.',
    },
    // So in a clause under a verb in the past: the tenses follow the main clause's.
    {
      lang: 'en',
      source: 'The new cameras made it likely that drivers would be in trouble.',
      rewrite: 'The new cameras made it likely that drivers were going to be in trouble.',
    },
    {
      lang: 'de',
      source: 'Die Kameras machten es wahrscheinlich, dass Fahrer in Schwierigkeiten sein würden.',
      rewrite: 'Die Kameras machten es wahrscheinlich, dass Fahrer in Schwierigkeiten geraten würden.',
    },
    // An adjective of ability or difficulty before an infinitive keeps what "can" says (WordNet's attributes).
    {
      lang: 'en',
      source:
        'People from the north who speak their dialect can only communicate very poorly with Bavarians.',
      rewrite:
        'Northerners speaking their dialect find it very hard to make themselves understood by Bavarians.',
    },
    {
      lang: 'en',
      source: 'With the new software, staff can process claims in a day.',
      rewrite: 'The new software makes staff able to finish claims in a day.',
    },
    // Before the preposition it governs, too: "what it can do" → "what it is capable of". (German has no lexical
    // database of adjective meanings here; the thesaurus does not tell adjectives of ability.)
    {
      lang: 'en',
      source:
        'Normally it screws together dishwashers, but at the fair it was allowed to show what it can do.',
      rewrite:
        'It normally screws dishwashers together, but at the fair it was allowed to show what it is capable of.',
    },
    // A condition on anyone looking at something names where the claim is seen: the rewrite names it as the source.
    {
      lang: 'en',
      source:
        'If you read the statistics, muesli is becoming more and more popular, at least in terms of sales.',
      rewrite:
        'According to the statistics, muesli is becoming ever more popular, at least in terms of sales.',
    },
    {
      lang: 'de',
      source: 'Wenn man die Statistiken liest, wird Müsli immer beliebter, jedenfalls beim Umsatz.',
      rewrite: 'Laut den Statistiken wird Müsli immer beliebter, jedenfalls beim Umsatz.',
    },
    // Permission for possibility is no obligation; what the source obliges already is kept.
    {
      lang: 'de',
      source: 'Bei der Weinlese kann man mithelfen.',
      rewrite: 'Bei der Weinlese darf man mithelfen.',
    },
    {
      lang: 'en',
      source: 'Anyone can join the course, but beginners must register first.',
      rewrite: 'Beginners must register first; anyone can join the course.',
    },
    // "should" after a past expects, it does not oblige: the date rule tells what changed.
    {
      lang: 'en',
      source: 'Prices rose sharply in May, the bank said.',
      rewrite: 'Prices should rise sharply in May, the bank said.',
    },
    // An obligation denied frees from one: the negation rule's to tell ("muss … keinen", "must not").
    {
      lang: 'de',
      source: 'Im Bergwerk trägt jeder Besucher einen Helm und eine Lampe.',
      rewrite: 'Im Bergwerk muss kein Besucher einen Helm und eine Lampe tragen.',
    },
    {
      lang: 'en',
      source: 'In the mine, each visitor wears a helmet and a lamp.',
      rewrite: 'In the mine, each visitor must not wear a helmet or a lamp.',
    },
    // The ability of any of a kind (a bare plural subject) is what is on offer, as with "man"/"you".
    {
      lang: 'en',
      source: 'Cyclists can explore the country on 50,000 kilometres of marked routes.',
      rewrite: 'Cyclists explore the country on 50,000 kilometres of marked routes.',
    },
    // After a quantifier of the whole group, a word of possibility says "of every kind": nothing is hedged.
    {
      lang: 'de',
      source: 'Bei dem Fest gibt es alle möglichen Speisen wie Würste, Suppen oder Kuchen.',
      rewrite: 'Bei dem Fest gibt es Speisen aller Art, etwa Würste, Suppen oder Kuchen.',
    },
    {
      lang: 'en',
      source: 'The city checked every possible route for the new tram line before the vote.',
      rewrite: 'The city checked all the routes for the new tram line before the vote.',
    },
    // A clause of time in the present states what holds whenever it is met: the condition kept.
    {
      lang: 'en',
      source: 'If a shop has sold spoiled meat, the inspectors usually close it for a week.',
      rewrite: 'Whenever a shop sells spoiled meat, the inspectors usually close it for a week.',
    },
    {
      lang: 'en',
      source: 'If a shop has sold spoiled meat, the inspectors usually close it for a week.',
      rewrite: 'When a shop sells spoiled meat, the inspectors usually shut it for a week.',
    },
    {
      lang: 'de',
      source:
        'Wenn ein Laden verdorbenes Fleisch verkauft hat, schließen die Kontrolleure ihn meist für eine Woche.',
      rewrite:
        'Sobald ein Laden verdorbenes Fleisch verkauft, schließen die Kontrolleure ihn meist für eine Woche.',
    },
    // The event kept only as an infinitive under another verb is not asserted: no possibility stated as fact.
    {
      lang: 'en',
      source: 'With its new mirror, the telescope can detect planets around distant stars.',
      rewrite:
        'With its new mirror, the telescope is powerful enough to detect planets around distant stars.',
    },
    {
      lang: 'de',
      source: 'Mit dem neuen Spiegel kann das Teleskop Planeten um ferne Sterne entdecken.',
      rewrite:
        'Mit dem neuen Spiegel ist das Teleskop stark genug, um Planeten um ferne Sterne zu entdecken.',
    },
    // A fronted phrase whose first word may be a verb ("Sieben", "Hurt") is no condition set by word order: that one
    // is closed by a comma.
    {
      lang: 'de',
      source: 'Sieben Spiele hat die Mannschaft in dieser Saison gewonnen.',
      rewrite: 'Die Mannschaft hat in dieser Saison sieben Spiele gewonnen.',
    },
    {
      lang: 'en',
      source: 'Hurt in the crash were four people, the police said.',
      rewrite: 'Four people were hurt in the crash, the police said.',
    },
    // The modal of ability with a pronoun of anyone says what is on offer, not that a claim is uncertain.
    {
      lang: 'de',
      source: 'Im Museum kann man Briefe des Dichters aus vier Jahrzehnten lesen.',
      rewrite: 'Das Museum zeigt Briefe des Dichters aus vier Jahrzehnten.',
    },
    {
      lang: 'en',
      source: 'At the museum you can read letters the poet wrote over four decades.',
      rewrite: 'The museum shows letters the poet wrote over four decades.',
    },
    // "lässt sich" with an infinitive is "kann": a possibility kept in other words.
    {
      lang: 'de',
      source:
        'Mit der Impfung könne man die Immunitätsrate in der Bevölkerung schneller erreichen, sagte Rabady.',
      rewrite:
        'Mit der Impfung lasse sich die Immunitätsrate in der Bevölkerung schneller erreichen, sagte Rabady.',
    },
    {
      lang: 'en',
      source: 'With the vaccine, immunity can be reached faster, Rabady said.',
      rewrite: 'With the vaccine, it is possible to reach immunity faster, Rabady said.',
    },
    // A demand told as the demander's will is still a demand: "has demanded that" → "wants … to", "fordert" → "will".
    {
      lang: 'en',
      source: 'Trump has demanded that all NATO members spend 5% of their gross domestic product on defence.',
      rewrite: 'Trump wants every NATO member to spend 5% of GDP on defence.',
    },
    {
      lang: 'de',
      source:
        'Trump fordert, dass alle Nato-Staaten künftig fünf Prozent ihres BIP für Verteidigung ausgeben.',
      rewrite: 'Trump will, dass alle Nato-Staaten künftig fünf Prozent ihres BIP für Verteidigung ausgeben.',
    },
    // A condition restated as a restriction: "nur erlaubt, wenn es ein Verbot gibt" → "nur mit einem Verbot erlaubt".
    {
      lang: 'de',
      source:
        'Veranstaltungen mit mehr als 50 Gästen werden nur erlaubt, wenn es ein Konsumationsverbot gibt.',
      rewrite: 'Veranstaltungen mit mehr als 50 Gästen sind nur mit einem Konsumationsverbot erlaubt.',
    },
    {
      lang: 'en',
      source: 'Events with more than 50 guests are allowed only if a ban on drinking is in place.',
      rewrite: 'Events with more than 50 guests are allowed only with a drinking ban.',
    },
    // A condition restated as the clause after a noun of condition (the pack's noun or a synonym in the resource).
    {
      lang: 'de',
      source:
        'Solche Feiern fördern das Miteinander, vorausgesetzt, man ist kreativ genug und plant den Abend gemeinsam.',
      rewrite:
        'Solche Feiern fördern das Miteinander. Voraussetzung ist, dass man kreativ genug ist und den Abend gemeinsam plant.',
    },
    {
      lang: 'en',
      source: 'Visitors may enter the museum for free, provided that they register online a day ahead.',
      rewrite:
        'Visitors may enter the museum for free; the one condition is that they register online a day ahead.',
    },
    // A condition restated as a free relative clause, which holds for whoever meets it.
    {
      lang: 'de',
      source:
        'Man zahlt einen sehr hohen Preis, wenn man die Immunität der Bevölkerung auf diesem Weg erreichen will.',
      rewrite:
        'Wer die Immunität der Bevölkerung auf diesem Weg erreichen will, zahlt einen sehr hohen Preis.',
    },
    {
      lang: 'en',
      source: 'You pay a very high price if you want to reach the immunity of the population this way.',
      rewrite: 'Whoever wants to reach the immunity of the population this way pays a very high price.',
    },
    // A demand kept: the separable verb's particle after a clause set into its own ("rief alle, die …, dazu auf").
    {
      lang: 'de',
      source: 'Zudem appellierte er an jene, die noch nicht geimpft sind, sich impfen zu lassen.',
      rewrite: 'Zudem rief der Kanzler alle, die noch nicht geimpft sind, dazu auf, sich impfen zu lassen.',
    },
    {
      lang: 'en',
      source: 'He also appealed to those who have not yet been vaccinated to get a shot.',
      rewrite: 'He also urged everyone who has not yet been vaccinated to get a shot.',
    },
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
    // A condition kept by another conditional phrase.
    {
      lang: 'de',
      source: 'Wenn die Gespräche scheitern, wird die Gewerkschaft im März streiken.',
      rewrite: 'Die Gewerkschaft wird im März streiken für den Fall, dass die Gespräche scheitern.',
    },
    {
      lang: 'en',
      source: 'If the talks fail, the union will strike in March.',
      rewrite: 'The union will strike in March in the event that the talks fail.',
    },
    // The modal of ability denied states that something does not happen: no possibility to lose.
    {
      lang: 'en',
      source: 'The company said it could not pay the workers in March.',
      rewrite: 'The company said it was unable to pay the workers in March.',
    },
    {
      lang: 'de',
      source: 'Die Firma sagte, sie könne die Löhne im März nicht zahlen.',
      rewrite: 'Die Firma sagte, sie sei nicht in der Lage, die Löhne im März zu zahlen.',
    },
    // The same modal, now denied: a negation inserted (the negation rule's finding), no possibility dropped.
    {
      lang: 'en',
      source: 'The telescope can see the dust clouds in infrared light.',
      rewrite: 'The telescope cannot see the dust clouds in infrared light.',
    },
    {
      lang: 'de',
      source: 'Das Teleskop kann die Staubwolken im Infrarotlicht sehen.',
      rewrite: 'Das Teleskop kann die Staubwolken im Infrarotlicht nicht sehen.',
    },
    // A condition kept by word order, the verb first, and not by a conjunction.
    {
      lang: 'de',
      source: 'Falls die Auswilderung scheitert, kommt das Tier auf die künstliche Insel.',
      rewrite: 'Sollte die Auswilderung scheitern, kommt das Tier auf die künstliche Insel.',
    },
    {
      lang: 'en',
      source: 'If the talks fail, the union will call a strike in March.',
      rewrite: 'Should the talks fail, the union will call a strike in March.',
    },
    // A possibility in a clause the source does not say is another statement, not this one made weaker.
    {
      lang: 'en',
      source: 'The agency tested the drone traffic system in November with private partners.',
      rewrite:
        'The agency tested the drone traffic system in November with private partners, and rival firms could soon copy its design.',
    },
    {
      lang: 'de',
      source: 'Die Behörde testete das System für Drohnen im November mit privaten Partnern.',
      rewrite:
        'Die Behörde testete das System für Drohnen im November mit privaten Partnern, und Konkurrenten könnten bald ihr Design kopieren.',
    },
    // A possibility denied is a fact, not a hedge to lose.
    {
      lang: 'de',
      source: 'Ein Abkommen ist in diesem Jahr nicht möglich, sagte der Minister.',
      rewrite: 'Ein Abkommen wird es in diesem Jahr nicht geben, sagte der Minister.',
    },
    {
      lang: 'en',
      source: 'A deal is not possible this year, the minister said.',
      rewrite: 'There will be no deal this year, the minister said.',
    },
    // A demand kept by another verb of demanding, in a separable form the list of words never held.
    {
      lang: 'de',
      source: 'Der Kanzler appellierte an alle Ungeimpften, sich impfen zu lassen.',
      rewrite: 'Der Kanzler rief alle Ungeimpften auf, sich impfen zu lassen.',
    },
    // A condition named as a circumstance, its verb a gerund or a noun: what the fine is for, not a fact.
    {
      lang: 'en',
      source: 'A penalty of at most 600 euros applies if the notice is accepted.',
      rewrite: 'A fine of at most 600 euros applies for accepting the notice.',
    },
    {
      lang: 'de',
      source: 'Eine Strafe von höchstens 600 Euro gilt, wenn der Bescheid akzeptiert wird.',
      rewrite: 'Eine Strafe von höchstens 600 Euro gilt beim Akzeptieren des Bescheids.',
    },
  ],
  invalid: [
    // One modal of two dropped, its verb now the finite verb of a clause of its own: stated outright.
    {
      lang: 'en',
      source: 'Caffeine can be stimulating, but it can lead to restlessness.',
      rewrite: 'Caffeine can be stimulating, but it leads to restlessness.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: 'Caffeine can be stimulating, but it leads to restlessness.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Er kauft nichts, weil keine Hygiene gewährleistet werden kann und Keime eindringen können.',
      rewrite: 'Er kauft nichts, weil keine Hygiene gewährleistet werden kann und Keime eindringen.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'können',
          rewrite: 'Er kauft nichts, weil keine Hygiene gewährleistet werden kann und Keime eindringen.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Soßen lassen sich gut vorbereiten und in Portionen einfrieren.',
      rewrite: 'Soßen werden vorbereitet und in Portionen eingefroren.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'lassen',
          rewrite: 'Soßen werden vorbereitet und in Portionen eingefroren.',
        },
      ],
    },
    // The participle clause's condition dropped altogether: stated as a fact.
    {
      lang: 'en',
      source: 'If they are made into pesto, the leaves keep longer in the fridge.',
      rewrite: 'The leaves keep longer in the fridge.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'If',
          rewrite: 'The leaves keep longer in the fridge.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Wenn man die Blätter zu Pesto verarbeitet, halten sie gekühlt länger.',
      rewrite: 'Die Blätter halten gekühlt länger.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'Wenn',
          rewrite: 'Die Blätter halten gekühlt länger.',
        },
      ],
    },
    // A real possibility beside an "as … as" comparison is still one.
    {
      lang: 'en',
      source: 'A delay of as much as a week is possible.',
      rewrite: 'A delay of as much as a week is certain.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'possible',
          rewrite: 'A delay of as much as a week is certain.',
        },
      ],
    },
    // A word of duty replaced by a weaker one, or an option made a duty, with no modal verb to tell it; words in
    // quotation marks are a title's, not the statement's.
    {
      lang: 'en',
      source: 'The warning "Do not exceed the recommended dose" is also mandatory.',
      rewrite: 'The warning "Do not exceed the recommended dose" is recommended as well.',
      errors: [
        { messageId: 'obligationWeakened', severity: 'medium', source: 'mandatory', rewrite: 'recommended' },
      ],
    },
    {
      lang: 'de',
      source: 'Verpflichtend ist außerdem der Warnhinweis.',
      rewrite: 'Empfohlen wird außerdem der Warnhinweis.',
      errors: [
        {
          messageId: 'obligationWeakened',
          severity: 'medium',
          source: 'Verpflichtend',
          rewrite: 'Empfohlen',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Attendance at the course is voluntary.',
      rewrite: 'Attendance at the course is compulsory.',
      errors: [
        { messageId: 'optionAsObligation', severity: 'medium', source: 'voluntary', rewrite: 'compulsory' },
      ],
    },
    {
      lang: 'de',
      source: 'Die Teilnahme am Kurs ist freiwillig.',
      rewrite: 'Die Teilnahme am Kurs ist verpflichtend.',
      errors: [
        {
          messageId: 'optionAsObligation',
          severity: 'medium',
          source: 'freiwillig',
          rewrite: 'verpflichtend',
        },
      ],
    },
    // One modal of two gone with its verb, said otherwise and outside the one kept: that claim is stated as fact.
    {
      lang: 'en',
      source: 'Caffeine can stimulate in small doses, but a high intake can lead to restlessness.',
      rewrite: 'Caffeine can stimulate in small doses, but a high intake causes restlessness.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: 'Caffeine can stimulate in small doses, but a high intake causes restlessness.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Koffein kann in geringen Dosen anregen, ein hoher Konsum kann jedoch zu Unruhe führen.',
      rewrite: 'Koffein kann in geringen Dosen anregen, ein hoher Konsum verursacht jedoch Unruhe.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'kann',
          rewrite: 'Koffein kann in geringen Dosen anregen, ein hoher Konsum verursacht jedoch Unruhe.',
        },
      ],
    },
    // A duty or advice stated as what is done: "must be listed" → "are listed", "sollten … sein" → "sind".
    {
      lang: 'de',
      source: 'Besucher müssen im Bergwerk einen Helm tragen.',
      rewrite: 'Besucher tragen im Bergwerk einen Helm.',
      errors: [
        {
          messageId: 'dutyAsFact',
          severity: 'medium',
          source: 'müssen im Bergwerk einen Helm tragen',
          rewrite: 'tragen',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The allergens must be listed on the label.',
      rewrite: 'The allergens are listed on the label.',
      errors: [
        { messageId: 'dutyAsFact', severity: 'medium', source: 'must be listed', rewrite: 'are listed' },
      ],
    },
    {
      lang: 'de',
      source: 'Die Vereinbarungen sollten für alle verbindlich sein.',
      rewrite: 'Die Vereinbarungen sind für alle verbindlich.',
      errors: [
        {
          messageId: 'adviceAsFact',
          severity: 'medium',
          source: 'sollten für alle verbindlich sein',
          rewrite: 'sind',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Sugary drinks should be avoided at breakfast.',
      rewrite: 'Sugary drinks are avoided at breakfast.',
      errors: [
        {
          messageId: 'adviceAsFact',
          severity: 'medium',
          source: 'should be avoided',
          rewrite: 'are avoided',
        },
      ],
    },
    // A denied possibility stated as a plain denial: "may not work" is no "does not work".
    {
      lang: 'en',
      source: 'The new drug may not work for every patient.',
      rewrite: 'The new drug does not work for every patient.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'may',
          rewrite: 'The new drug does not work for every patient.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das neue Medikament könnte nicht bei jedem Patienten wirken.',
      rewrite: 'Das neue Medikament wirkt nicht bei jedem Patienten.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'könnte',
          rewrite: 'Das neue Medikament wirkt nicht bei jedem Patienten.',
        },
      ],
    },
    // A condition named but not told, dropped: what holds under certain conditions is said to hold always.
    {
      lang: 'de',
      source: 'Der Verkauf von Feuerwerk an Jugendliche ist unter bestimmten Voraussetzungen erlaubt.',
      rewrite: 'Der Verkauf von Feuerwerk an Jugendliche ist ohne Einschränkung erlaubt.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'unter bestimmten Voraussetzungen',
          rewrite: 'Der Verkauf von Feuerwerk an Jugendliche ist ohne Einschränkung erlaubt.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Selling fireworks to teenagers is allowed under certain conditions.',
      rewrite: 'Selling fireworks to teenagers is allowed without restriction.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'under certain conditions',
          rewrite: 'Selling fireworks to teenagers is allowed without restriction.',
        },
      ],
    },
    // The copula's conditional stated as a fact: "would be costly" is a hypothesis, "is costly" a fact.
    {
      lang: 'en',
      source: 'The deal would be costly for taxpayers.',
      rewrite: 'The deal is costly for taxpayers.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'would',
          rewrite: 'The deal is costly for taxpayers.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Vertrag würde für die Steuerzahler teuer sein.',
      rewrite: 'Der Vertrag ist für die Steuerzahler teuer.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'würde',
          rewrite: 'Der Vertrag ist für die Steuerzahler teuer.',
        },
      ],
    },
    // So the passive's conditional: "would be hit" is what the tax would do.
    {
      lang: 'en',
      source: 'Small firms would be hit hardest by the tax.',
      rewrite: 'Small firms are hit hardest by the tax.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'would',
          rewrite: 'Small firms are hit hardest by the tax.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Kleine Firmen würden von der Steuer am härtesten getroffen werden.',
      rewrite: 'Kleine Firmen werden von der Steuer am härtesten getroffen.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'würden',
          rewrite: 'Kleine Firmen werden von der Steuer am härtesten getroffen.',
        },
      ],
    },
    // What would have happened stated as what happened: the conditional's perfect dropped.
    {
      lang: 'en',
      source: "Sassoli's term would have ended as scheduled in January.",
      rewrite: "Sassoli's term ended in January.",
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'would',
          rewrite: "Sassoli's term ended in January.",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Sassolis Amtszeit würde im Jänner regulär ausgelaufen sein.',
      rewrite: 'Sassolis Amtszeit lief im Jänner aus.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'würde',
          rewrite: 'Sassolis Amtszeit lief im Jänner aus.',
        },
      ],
    },
    // A plan made an obligation: the future of a modal read as the modal's.
    {
      lang: 'de',
      source: 'Die Regierung wird die Steuern im Herbst erhöhen.',
      rewrite: 'Die Regierung wird die Steuern im Herbst erhöhen müssen.',
      errors: [
        {
          messageId: 'factAsObligation',
          severity: 'medium',
          source: 'wird die Steuern im Herbst erhöhen',
          rewrite: 'wird die Steuern im Herbst erhöhen müssen',
        },
      ],
    },
    // The condition's event stated as having happened is a fact.
    {
      lang: 'en',
      source: 'A penalty of at most 600 euros applies if the notice is accepted.',
      rewrite: 'The notice is accepted, and a fine of at most 600 euros applies.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'if',
          rewrite: 'The notice is accepted, and a fine of at most 600 euros applies.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Eine Strafe von höchstens 600 Euro gilt, wenn der Bescheid akzeptiert wird.',
      rewrite: 'Der Bescheid wird akzeptiert, und eine Strafe von höchstens 600 Euro gilt.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'wenn',
          rewrite: 'Der Bescheid wird akzeptiert, und eine Strafe von höchstens 600 Euro gilt.',
        },
      ],
    },
    // A noun of condition that carries something else keeps no condition.
    {
      lang: 'de',
      source: 'Die Strafe gilt, wenn der Bescheid bis Freitag akzeptiert wird.',
      rewrite: 'Der Bescheid wird bis Freitag akzeptiert. Die Bedingungen der Strafe sind streng.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'wenn',
          rewrite: 'Der Bescheid wird bis Freitag akzeptiert.',
        },
      ],
    },
    // An adjective of possibility the source says too belongs to another clause: the "may" is still dropped (low: the
    // statement keeps that other hedge).
    {
      lang: 'en',
      source: 'The council is likely to follow with a ban, but it may take more time for parliament.',
      rewrite: 'The council is likely to follow with a ban, but it will take more time for parliament.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'low',
          source: 'may',
          rewrite: 'The council is likely to follow with a ban, but it will take more time for parliament.',
        },
      ],
    },
    // An adjective before a preposition that says no possibility keeps none: "proud of".
    {
      lang: 'en',
      source: 'At the fair the robot was allowed to show that it can sort 300 parcels an hour.',
      rewrite:
        'At the fair the robot was allowed to show that it sorts 300 parcels an hour, which its makers are proud of.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite:
            'At the fair the robot was allowed to show that it sorts 300 parcels an hour, which its makers are proud of.',
        },
      ],
    },
    // An adjective of certainty is no adjective of possibility: "sure to" states more than "can".
    {
      lang: 'en',
      source: 'With the new software, staff can process claims in a day.',
      rewrite: 'With the new software, staff process claims in a day, which is sure to please customers.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: 'With the new software, staff process claims in a day, which is sure to please customers.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Mit der neuen Software kann das Personal Anträge an einem Tag bearbeiten.',
      rewrite: 'Mit der neuen Software bearbeitet das Personal Anträge an einem Tag.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'kann',
          rewrite: 'Mit der neuen Software bearbeitet das Personal Anträge an einem Tag.',
        },
      ],
    },
    // A condition on the world is no source of the claim: "according to the deal" drops the condition.
    {
      lang: 'en',
      source: 'If the deal passes, prices will fall next year.',
      rewrite: 'According to the deal, prices will fall next year.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'medium',
          source: 'If',
          rewrite: 'According to the deal, prices will fall next year.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Wenn der Vertrag kommt, sinken die Preise im nächsten Jahr.',
      rewrite: 'Laut dem Vertrag sinken die Preise im nächsten Jahr.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'medium',
          source: 'Wenn',
          rewrite: 'Laut dem Vertrag sinken die Preise im nächsten Jahr.',
        },
      ],
    },
    // What may be done, told as what must be done; a verb coordinated under the modal counts as its own.
    {
      lang: 'de',
      source: 'Im Museum kann man alte Maschinen ausprobieren und Kaffee trinken.',
      rewrite: 'Im Museum muss man alte Maschinen ausprobieren.',
      errors: [
        {
          messageId: 'optionAsObligation',
          severity: 'medium',
          source: 'kann man alte Maschinen ausprobieren',
          rewrite: 'muss man alte Maschinen ausprobieren',
        },
      ],
    },
    {
      lang: 'en',
      source: 'At the fair, visitors can taste cheese, buy bread and meet the farmers.',
      rewrite: 'At the fair, visitors must buy bread.',
      errors: [{ messageId: 'optionAsObligation', severity: 'medium', source: 'buy', rewrite: 'must buy' }],
    },
    // A duty made advice, a plan or an option: "müssen" → "sollten", "must" → "should", "must" → "can".
    {
      lang: 'de',
      source: 'Auf dem Etikett müssen die Zutaten in deutscher Sprache angegeben werden.',
      rewrite: 'Auf dem Etikett sollten die Zutaten in deutscher Sprache angegeben werden.',
      errors: [
        {
          messageId: 'obligationWeakened',
          severity: 'medium',
          source: 'müssen die Zutaten in deutscher Sprache angegeben werden',
          rewrite: 'sollten die Zutaten in deutscher Sprache angegeben werden',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Mitarbeiter müssen die App von ihren Diensthandys löschen.',
      rewrite: 'Die Mitarbeiter dürfen die App von ihren Diensthandys löschen.',
      errors: [
        {
          messageId: 'obligationWeakened',
          severity: 'medium',
          source: 'müssen die App von ihren Diensthandys löschen',
          rewrite: 'dürfen die App von ihren Diensthandys löschen',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The ingredients must be listed on the label in English.',
      rewrite: 'The ingredients should be listed on the label in English.',
      errors: [
        {
          messageId: 'obligationWeakened',
          severity: 'medium',
          source: 'must be listed',
          rewrite: 'should be listed',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Staff must delete the app from their work phones.',
      rewrite: 'Staff can delete the app from their work phones.',
      errors: [
        { messageId: 'obligationWeakened', severity: 'medium', source: 'must delete', rewrite: 'can delete' },
      ],
    },
    // The ability of known ones ("the robots") stated as what they do.
    {
      lang: 'en',
      source: 'The robots can sort 300 parcels an hour.',
      rewrite: 'The robots sort 300 parcels an hour.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: 'The robots sort 300 parcels an hour.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Roboter können in einer Stunde 300 Pakete sortieren.',
      rewrite: 'Die Roboter sortieren in einer Stunde 300 Pakete.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'können',
          rewrite: 'Die Roboter sortieren in einer Stunde 300 Pakete.',
        },
      ],
    },
    // What the source tells as done, the rewrite as what must be done: a custom made a rule.
    {
      lang: 'de',
      source: 'Um Mitternacht stößt man auf dem Platz mit Sekt an.',
      rewrite: 'Um Mitternacht muss man auf dem Platz mit Sekt anstoßen.',
      errors: [
        {
          messageId: 'factAsObligation',
          severity: 'medium',
          source: 'stößt man auf dem Platz mit Sekt an',
          rewrite: 'muss man auf dem Platz mit Sekt anstoßen',
        },
      ],
    },
    {
      lang: 'en',
      source: 'In the mine, each visitor wears a helmet and a lamp.',
      rewrite: 'In the mine, each visitor must wear a helmet and a lamp.',
      errors: [{ messageId: 'factAsObligation', severity: 'medium', source: 'wears', rewrite: 'must wear' }],
    },
    // What is, told as what should be.
    {
      lang: 'en',
      source: 'In social enterprises, the common good comes first.',
      rewrite: 'In social enterprises, the common good should come first.',
      errors: [
        { messageId: 'factAsObligation', severity: 'medium', source: 'comes', rewrite: 'should come' },
      ],
    },
    // Without one, the possible consequences are not yet known ones.
    {
      lang: 'de',
      source: 'Die Behörde prüft mögliche Folgen des Unfalls für das Grundwasser.',
      rewrite: 'Die Behörde prüft die Folgen des Unfalls für das Grundwasser.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'mögliche',
          rewrite: 'Die Behörde prüft die Folgen des Unfalls für das Grundwasser.',
        },
      ],
    },
    // Before a future a clause of time places one event: the condition is stated as what will happen.
    {
      lang: 'en',
      source: 'If the council approves the budget, the city will open the new bridge next spring.',
      rewrite: 'When the council approves the budget, the city will open the new bridge next spring.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'If',
          rewrite: 'When the council approves the budget, the city will open the new bridge next spring.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Wenn der Rat den Haushalt billigt, wird die Stadt die neue Brücke im Frühjahr eröffnen.',
      rewrite: 'Sobald der Rat den Haushalt billigt, wird die Stadt die neue Brücke im Frühjahr eröffnen.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'Wenn',
          rewrite:
            'Sobald der Rat den Haushalt billigt, wird die Stadt die neue Brücke im Frühjahr eröffnen.',
        },
      ],
    },
    // Without such a pronoun the same modal hedges the claim.
    {
      lang: 'de',
      source: 'Die Sanierung des Museums kann die Eröffnung um vier Jahre verzögern.',
      rewrite: 'Die Sanierung des Museums verzögert die Eröffnung um vier Jahre.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'kann',
          rewrite: 'Die Sanierung des Museums verzögert die Eröffnung um vier Jahre.',
        },
      ],
    },
    {
      lang: 'en',
      source: "The museum's renovation can delay the opening by four years.",
      rewrite: "The museum's renovation delays the opening by four years.",
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: "The museum's renovation delays the opening by four years.",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Mit der Impfung lasse sich die Immunitätsrate in der Bevölkerung beschleunigen, sagte Rabady.',
      rewrite: 'Die Impfung beschleunige die Immunitätsrate in der Bevölkerung, sagte Rabady.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'lasse',
          rewrite: 'Die Impfung beschleunige die Immunitätsrate in der Bevölkerung, sagte Rabady.',
        },
      ],
    },
    // A restriction to something else does not keep the condition.
    {
      lang: 'en',
      source: 'Events with more than 50 guests are allowed only if a ban on drinking is in place.',
      rewrite: 'Events with more than 50 guests are allowed, but only on weekends.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'if',
          rewrite: 'Events with more than 50 guests are allowed, but only on weekends.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Veranstaltungen mit mehr als 50 Gästen werden nur erlaubt, wenn es ein Konsumationsverbot gibt.',
      rewrite: 'Veranstaltungen mit mehr als 50 Gästen sind erlaubt, aber nur am Wochenende.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'wenn',
          rewrite: 'Veranstaltungen mit mehr als 50 Gästen sind erlaubt, aber nur am Wochenende.',
        },
      ],
    },
    // A free relative clause about something else does not keep the condition.
    {
      lang: 'en',
      source: 'You pay a very high price if you want to reach the immunity of the population this way.',
      rewrite: 'Whoever lives in the region pays a very high price for the immunity of the population.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'if',
          rewrite: 'Whoever lives in the region pays a very high price for the immunity of the population.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Man zahlt einen sehr hohen Preis, wenn man die Immunität der Bevölkerung auf diesem Weg erreichen will.',
      rewrite: 'Wer in der Region lebt, zahlt einen sehr hohen Preis für die Immunität der Bevölkerung.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'wenn',
          rewrite: 'Wer in der Region lebt, zahlt einen sehr hohen Preis für die Immunität der Bevölkerung.',
        },
      ],
    },
    // A possibility of "not" ("may not", "könnte nicht") is still a possibility; only the ability denied is a fact.
    {
      lang: 'en',
      source: 'The new rules may not apply to small firms, the ministry said.',
      rewrite: 'The new rules do not apply to small firms, the ministry said.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'may',
          rewrite: 'The new rules do not apply to small firms, the ministry said.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das Geld könnte nicht bis zum Winter reichen, sagte der Minister.',
      rewrite: 'Das Geld reicht nicht bis zum Winter, sagte der Minister.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'könnte',
          rewrite: 'Das Geld reicht nicht bis zum Winter, sagte der Minister.',
        },
      ],
    },
    // One of two verbs under the same modal stated plainly: that claim is a fact now (medium, as "can lead to" →
    // "causes"), the other still hedged.
    {
      lang: 'en',
      source: 'Vanilla can lift the mood and can also inhibit inflammation.',
      rewrite: 'Vanilla lifts the mood and can also inhibit inflammation.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'can',
          rewrite: 'Vanilla lifts the mood and can also inhibit inflammation.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Vanille kann die Stimmung aufhellen und kann sogar Entzündungen hemmen.',
      rewrite: 'Vanille hellt die Stimmung auf und kann sogar Entzündungen hemmen.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'kann',
          rewrite: 'Vanille hellt die Stimmung auf und kann sogar Entzündungen hemmen.',
        },
      ],
    },
    // A hedge both sides keep in the same words leaves a new modal added all the same.
    {
      lang: 'en',
      source: 'The scent is guaranteed to contain vanilla and cinnamon, perhaps a little clove.',
      rewrite: 'The scent may contain vanilla and cinnamon, perhaps a little clove.',
      errors: [
        {
          messageId: 'factAsPossibility',
          severity: 'low',
          source: 'The scent is guaranteed to contain vanilla and cinnamon, perhaps a little clove.',
          rewrite: 'may',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Duft enthält garantiert Vanille und Zimt, vielleicht etwas Nelke.',
      rewrite: 'Der Duft kann Vanille und Zimt enthalten, vielleicht etwas Nelke.',
      errors: [
        {
          messageId: 'factAsPossibility',
          severity: 'low',
          source: 'Der Duft enthält garantiert Vanille und Zimt, vielleicht etwas Nelke.',
          rewrite: 'kann',
        },
      ],
    },
    // A fact made a possibility: weaker than the source, worth a look, never an alarm.
    {
      lang: 'en',
      source: 'The new system will serve as the backbone of drone traffic control.',
      rewrite: 'The new system could eventually serve as the backbone of drone traffic control.',
      errors: [
        {
          messageId: 'factAsPossibility',
          severity: 'low',
          source: 'The new system will serve as the backbone of drone traffic control.',
          rewrite: 'could',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das neue System dient als Rückgrat der Kontrolle des Drohnenverkehrs.',
      rewrite: 'Das neue System könnte als Rückgrat der Kontrolle des Drohnenverkehrs dienen.',
      errors: [
        {
          messageId: 'factAsPossibility',
          severity: 'low',
          source: 'Das neue System dient als Rückgrat der Kontrolle des Drohnenverkehrs.',
          rewrite: 'könnte',
        },
      ],
    },
    // A sentence split in two: the evidence is the half that states the possibility as fact.
    {
      lang: 'en',
      source:
        'The company said its engineers are reviewing each fault with suppliers, and the fixes may include software updates and new parts.',
      rewrite:
        'The company said its engineers are reviewing each fault with suppliers. The fixes will include software updates and new parts.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'may',
          rewrite: 'The fixes will include software updates and new parts.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Die Firma sagte, ihre Techniker prüften jeden Fehler mit den Zulieferern, und die Lösungen könnten neue Teile und Software umfassen.',
      rewrite:
        'Die Firma sagte, ihre Techniker prüften jeden Fehler mit den Zulieferern. Die Lösungen umfassen neue Teile und Software.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'könnten',
          rewrite: 'Die Lösungen umfassen neue Teile und Software.',
        },
      ],
    },
    // Any form of a modal of possibility, read from the verb group: "könne", "might".
    {
      lang: 'de',
      source: 'Der Vertrag könne im Herbst scheitern, hieß es aus dem Ministerium.',
      rewrite: 'Der Vertrag scheitert im Herbst, hieß es aus dem Ministerium.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'könne',
          rewrite: 'Der Vertrag scheitert im Herbst, hieß es aus dem Ministerium.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The deal might collapse in the autumn, officials said.',
      rewrite: 'The deal collapses in the autumn, officials said.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'might',
          rewrite: 'The deal collapses in the autumn, officials said.',
        },
      ],
    },
    // "called on … to" is a demand as "urged" is; the deed told after a date, by a strong past ("withdrew").
    {
      lang: 'en',
      source: 'On Monday the city council called on the mayor to withdraw the parking plan.',
      rewrite: 'The mayor on Monday, March 3, withdrew the parking plan at the request of the city council.',
      errors: [
        {
          messageId: 'demandAsFact',
          severity: 'medium',
          source: 'called on',
          rewrite:
            'The mayor on Monday, March 3, withdrew the parking plan at the request of the city council.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Am Montag forderte der Stadtrat den Bürgermeister auf, den Parkplan zurückzuziehen.',
      rewrite: 'Der Bürgermeister zog am Montag auf Wunsch des Stadtrats den Parkplan zurück.',
      errors: [
        {
          messageId: 'demandAsFact',
          severity: 'medium',
          source: 'forderte',
          rewrite: 'Der Bürgermeister zog am Montag auf Wunsch des Stadtrats den Parkplan zurück.',
        },
      ],
    },
    // A demand by a separable verb ("rief … auf") stated as done.
    {
      lang: 'de',
      source: 'Der Kanzler rief alle Ungeimpften auf, sich impfen zu lassen.',
      rewrite: 'Alle Ungeimpften ließen sich impfen, sagte der Kanzler.',
      errors: [
        {
          messageId: 'demandAsFact',
          severity: 'medium',
          source: 'rief',
          rewrite: 'Alle Ungeimpften ließen sich impfen, sagte der Kanzler.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The union urged its members to strike in March.',
      rewrite: 'The union members went on strike in March.',
      errors: [
        {
          messageId: 'demandAsFact',
          severity: 'medium',
          source: 'urged',
          rewrite: 'The union members went on strike in March.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The company will cut 300 jobs in its German plants.',
      rewrite: 'The company will cut 300 jobs in its German plants if sales keep falling.',
      errors: [
        {
          messageId: 'factAsConditional',
          severity: 'low',
          source: 'The company will cut 300 jobs in its German plants.',
          rewrite: 'if',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das Unternehmen streicht 300 Stellen in seinen deutschen Werken.',
      rewrite:
        'Das Unternehmen streicht 300 Stellen in seinen deutschen Werken, wenn der Absatz weiter sinkt.',
      errors: [
        {
          messageId: 'factAsConditional',
          severity: 'low',
          source: 'Das Unternehmen streicht 300 Stellen in seinen deutschen Werken.',
          rewrite: 'wenn',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The company keeps all 300 jobs in its German plants.',
      rewrite: 'The union demands that the company keep all 300 jobs in its German plants.',
      errors: [
        {
          messageId: 'factAsDemand',
          severity: 'low',
          source: 'The company keeps all 300 jobs in its German plants.',
          rewrite: 'demands',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das Unternehmen erhält alle 300 Stellen in seinen deutschen Werken.',
      rewrite:
        'Die Gewerkschaft fordert, dass das Unternehmen alle 300 Stellen in seinen deutschen Werken erhält.',
      errors: [
        {
          messageId: 'factAsDemand',
          severity: 'low',
          source: 'Das Unternehmen erhält alle 300 Stellen in seinen deutschen Werken.',
          rewrite: 'fordert',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Als Ort der Zusammenkunft wäre die saudische Hauptstadt Riad für beide Seiten passend.',
      rewrite: 'Als Ort der Zusammenkunft ist die saudische Hauptstadt Riad für beide Seiten passend.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'wäre',
          rewrite: 'Als Ort der Zusammenkunft ist die saudische Hauptstadt Riad für beide Seiten passend.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        '«Wenn die USA keine Zugeständnisse von den Russen verlangen, ist es Sache der Europäer, das zu tun», sagte Kallas.',
      rewrite:
        'Die USA verlangen keine Zugeständnisse von den Russen, daher ist es Sache der Europäer, das zu tun.',
      errors: [
        {
          messageId: 'conditionalAsFact',
          severity: 'high',
          source: 'Wenn',
          rewrite:
            'Die USA verlangen keine Zugeständnisse von den Russen, daher ist es Sache der Europäer, das zu tun.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Als mögliche Forderung nannte Kallas Beschränkungen für die russische Armee.',
      rewrite: 'Kallas setzte Beschränkungen für die russische Armee durch.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'mögliche',
          rewrite: 'Kallas setzte Beschränkungen für die russische Armee durch.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The new tariffs could raise prices for consumers by ten percent.',
      rewrite: 'The new tariffs raise prices for consumers by ten percent.',
      errors: [
        {
          messageId: 'possibilityAsFact',
          severity: 'medium',
          source: 'could',
          rewrite: 'The new tariffs raise prices for consumers by ten percent.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Protesters demanded the closure of the coal plant near the river.',
      rewrite: 'The coal plant near the river was closed by protesters.',
      errors: [
        {
          messageId: 'demandAsFact',
          severity: 'medium',
          source: 'demanded',
          rewrite: 'The coal plant near the river was closed by protesters.',
        },
      ],
    },
  ],
});
