import { attribution } from '../../src/detect/rules/attribution.js';
import { ruleTable } from './harness.js';

ruleTable(attribution, {
  valid: [
    // The own account kept in other words.
    {
      lang: 'de',
      source:
        'Ein Fall aus England sorgt für Aufsehen. Ein Mann ist nach eigenen Angaben 70 Jahre lang ohne Führerschein Auto gefahren.',
      rewrite:
        'Ein Fall aus England sorgt für Aufsehen. Nach eigener Aussage ist ein Mann 70 Jahre lang ohne Führerschein Auto gefahren.',
    },
    {
      lang: 'en',
      source:
        'A case from England caused a stir. By his own account, a man drove for 70 years without a licence.',
      rewrite:
        'A case from England caused a stir. A man, by his own account, drove for 70 years without a licence.',
    },
    // A base form opening the sentence gives an order: "Add" reports nothing.
    {
      lang: 'en',
      source: 'Add 1/8 litre of vegetable stock and simmer for 20 minutes – ideal for pasta sauces.',
      rewrite:
        'Pour in 1/8 litre of vegetable stock and let it simmer for 20 minutes – ideal for pasta sauces.',
    },
    // A quotation after a passive participle, or after an article, is the name given: no one's claim.
    {
      lang: 'en',
      source: 'Using every part is even a trend, which is called "From leaf to root".',
      rewrite: 'Using every part is even a trend of its own, known as "From leaf to root".',
    },
    {
      lang: 'en',
      source: 'A sweet that is called "Bonbon" in northern Germany is "Kamelle" in the Rhineland.',
      rewrite: 'What northern Germans call a "Bonbon" is a "Kamelle" in the Rhineland.',
    },
    {
      lang: 'de',
      source: 'Ein Bonbon heißt im Norden „Bonbon“ und im Rheinland „Kamelle“.',
      rewrite: 'Was die Norddeutschen einen „Bonbon“ nennen, ist im Rheinland eine „Kamelle“.',
    },
    // Someone known by a role, with the article, is no group: another role may name the same person.
    {
      lang: 'de',
      source: 'Wir haben heute verdient gewonnen, meinte der Trainer nach dem Spiel.',
      rewrite: 'Wir haben heute verdient gewonnen, sagte der Coach nach dem Spiel.',
    },
    {
      lang: 'en',
      source: 'We deserved to win today, the coach said after the match.',
      rewrite: 'We deserved to win today, the manager said after the match.',
    },
    // One group of people for a group the lexical resource relates is the same holder in other words.
    {
      lang: 'de',
      source: 'Das neue Mittel wirkt bei den meisten Patienten, sagen Forscher.',
      rewrite: 'Das neue Mittel wirkt bei den meisten Patienten, sagen Wissenschaftler.',
    },
    {
      lang: 'en',
      source: 'The new drug works for most patients, researchers say.',
      rewrite: 'The new drug works for most patients, scientists say.',
    },
    // A verb fused with its infinitive marker ("anzugeben") says what is to be stated, not who states it: no holder,
    // whatever capitalised word (a misspelt unit) stands beside it.
    {
      lang: 'de',
      source: 'Die Nährwerte sind stets bezogen auf 100 Gramm oder 100 Mililiter anzugeben.',
      rewrite: 'Die Nährwerte müssen stets auf 100 Gramm oder 100 Milliliter bezogen angegeben werden.',
    },
    {
      lang: 'de',
      source: 'Die Nährwerte sind stets bezogen auf 100 Gramm oder 100 Mililiter anzugeben.',
      rewrite: 'Die Nährwerte sind stets bezogen auf 100 Gramm oder 100 Milliliter anzugeben.',
    },
    {
      lang: 'en',
      source: 'Nutrition values are always to be stated per 100 grams or 100 mililitres.',
      rewrite: 'Nutrition values must always be stated per 100 grams or 100 millilitres.',
    },
    // "sei es … oder" lists examples, it reports no one: a rewrite with "wie" drops no attribution.
    {
      lang: 'de',
      source: 'Bewegung hält fit, sei es Radfahren, Gymnastik oder gezieltes Muskeltraining.',
      rewrite: 'Bewegung wie Radfahren, Gymnastik oder gezieltes Muskeltraining hält fit.',
    },
    {
      lang: 'en',
      source: 'Exercise keeps you fit, be it cycling, gymnastics or targeted strength training.',
      rewrite: 'Exercise such as cycling, gymnastics or targeted strength training keeps you fit.',
    },
    // A source that voices the statement with no one named, and a rewrite's phrase that names no one either.
    {
      lang: 'de',
      source: 'Es gibt Kurse für Menschen mit Alphabetisierungsbedarf, wie es offiziell heißt.',
      rewrite: 'Es gibt Kurse für Menschen mit Alphabetisierungsbedarf, so die offizielle Bezeichnung.',
    },
    {
      lang: 'en',
      source: 'There are courses for people with literacy needs, as it is officially called.',
      rewrite: 'There are courses for people with literacy needs, according to the official designation.',
    },
    // The named speaker told again by a definite role or a pronoun: the same person.
    {
      lang: 'en',
      source:
        'Nicola Townsend runs the Tan Hill Inn. The guests passed the time with karaoke and board games, as Townsend reported.',
      rewrite:
        'Nicola Townsend runs the Tan Hill Inn. The guests passed the time with karaoke and board games, the landlady reported.',
    },
    {
      lang: 'de',
      source:
        'Nicola Townsend führt das Tan Hill Inn. Die Gäste vertrieben sich die Zeit mit Karaoke und Brettspielen, wie Townsend berichtete.',
      rewrite:
        'Nicola Townsend führt das Tan Hill Inn. Die Gäste vertrieben sich die Zeit mit Karaoke und Brettspielen, berichtete sie.',
    },
    // A report denied ("cannot be said") gives nobody's claim: nothing to drop.
    {
      lang: 'en',
      source: 'How many dialects there are cannot be said exactly, but there are dozens.',
      rewrite: 'There are dozens of dialects, though their exact number is unknown.',
    },
    {
      lang: 'de',
      source: 'Wie viele Dialekte es gibt, kann man nicht genau sagen, aber es sind Dutzende.',
      rewrite: 'Es gibt Dutzende Dialekte, ihre genaue Zahl ist aber unbekannt.',
    },
    // A verb of saying in the passive with what it names something ("was declared a protected site") names no speaker.
    {
      lang: 'en',
      source: 'The Calmont is the steepest vineyard in Europe.',
      rewrite: 'The Calmont, which was declared a protected site, is the steepest vineyard in Europe.',
    },
    {
      lang: 'de',
      source: 'Der Calmont ist der steilste Weinberg Europas.',
      rewrite: 'Der Calmont, der zum Schutzgebiet erklärt wurde, ist der steilste Weinberg Europas.',
    },
    // A verb of saying in the passive with nothing reported after it names or does something to its subject.
    {
      lang: 'en',
      source:
        'In other parts of Germany they are called Hörnchen. Along the trade routes, the spices were added.',
      rewrite: 'Elsewhere in Germany they are known as Hörnchen. The spices came along the trade routes.',
    },
    {
      lang: 'de',
      source:
        'In Düsseldorf wird diese Figur Hoppeditz genannt. Entlang der Handelswege wurden die Gewürze ergänzt.',
      rewrite: 'In Düsseldorf heißt diese Figur Hoppeditz. Die Gewürze kamen über die Handelswege hinzu.',
    },
    // After an existential subject a participle before its noun is an attribute that keeps the claim someone's.
    {
      lang: 'en',
      source: 'Allegedly, the firm has ties to the party.',
      rewrite: 'There are alleged ties between the firm and the party.',
    },
    {
      lang: 'de',
      source: 'Angeblich hat die Firma Verbindungen zur Partei.',
      rewrite: 'Es gibt angebliche Verbindungen der Firma zur Partei.',
    },
    // A participle alone, with no verb group of its own, names what it stands with.
    {
      lang: 'de',
      source: 'Typisch sind die Masken und Kostüme, die auch „Häs“ genannt werden.',
      rewrite: 'Typisch sind die Masken und Kostüme, auch „Häs“ genannt.',
    },
    // A participle with the preposition of means tells how something was done, not who says it.
    {
      lang: 'de',
      source: 'Sie arbeiteten 80 Stunden in Heimen der Altenhilfe, ergänzt durch 160 Stunden Unterricht.',
      rewrite:
        'Sie arbeiteten 80 Stunden in Heimen der Altenhilfe und hatten zusätzlich 160 Stunden Unterricht.',
    },
    // Between commas too, with no word of the phrase a verb form ("Stunden" is one, "Unterrichtsstunden" not).
    {
      lang: 'de',
      source:
        'Sie arbeiteten 80 Stunden in Heimen der Altenhilfe, ergänzt durch 160 theoretische Unterrichtsstunden.',
      rewrite:
        'Sie arbeiteten 80 Stunden in Heimen der Altenhilfe und hatten zusätzlich 160 Stunden theoretischen Unterricht.',
    },
    {
      lang: 'en',
      source: 'They worked 80 hours in care homes, supplemented by 160 hours of teaching.',
      rewrite: 'They worked 80 hours in care homes and also had 160 hours of teaching.',
    },
    // A view kept as the holder's, in other words; a verb of opinion with an object reports nothing.
    {
      lang: 'de',
      source: 'Luther fand, dass die Kirche die Bibel falsch ausgelegt hatte.',
      rewrite: 'Nach Luthers Ansicht hatte die Kirche die Bibel falsch ausgelegt.',
    },
    {
      lang: 'en',
      source: 'Luther believed that the church had misread the Bible.',
      rewrite: "In Luther's view the church had misread the Bible.",
    },
    {
      lang: 'de',
      source: 'Luther fand das Geld im Keller der Kirche.',
      rewrite: 'Das Geld lag im Keller der Kirche.',
    },
    // A name for a name is the entity rule's to tell.
    {
      lang: 'en',
      source:
        'According to the National Retail Federation (NRF), holiday sales rose by four percent in 2023.',
      rewrite: 'According to the Federal Trade Commission, holiday sales rose by four percent in 2023.',
    },
    // A reporting verb's form that stands as a noun or an adjective reports nothing: "in its original state" (more
    // often a noun than a verb, and no subject, colon or "that" beside it), "das erklärte Ziel".
    {
      lang: 'en',
      source: 'Visitors should see the old town in its original state.',
      rewrite: 'The idea is that visitors see the old town as it was.',
    },
    {
      lang: 'de',
      source: 'Das erklärte Ziel der Stadt ist ein Netz von Radwegen bis 2030.',
      rewrite: 'Ziel der Stadt ist ein Netz von Radwegen bis 2030.',
    },
    // A verb of saying with a subject that stands for anyone, and nothing said after it, tells a custom of naming.
    {
      lang: 'de',
      source: 'Die Kracher, so nennt man auch die kleinen Böller, sind vor allem bei Jugendlichen beliebt.',
      rewrite: 'Die Kracher – so heißen auch die kleinen Böller – sind vor allem bei Jugendlichen beliebt.',
    },
    {
      lang: 'en',
      source: 'Crackers, as you call the small fireworks, are popular above all with teenagers.',
      rewrite: 'Teenagers above all love the small fireworks known as crackers.',
    },
    // The same holder by a shorter name, or a verb of sharing a view that only looks like one of reporting.
    {
      lang: 'de',
      source:
        'Der Windpark deckt erstmals zehn Prozent des Verbrauchs der Region, schreibt das Fraunhofer-Institut.',
      rewrite: 'Der Windpark deckt erstmals zehn Prozent des Verbrauchs der Region, schreibt das Institut.',
    },
    {
      lang: 'en',
      source:
        'Insurers received 9,000 claims after the flood by Friday, the Insurance Council of Australia said.',
      rewrite: 'Insurers received 9,000 claims after the flood by Friday, the Insurance Council said.',
    },
    // A name is the entity rule's to compare ("Destatis" → "Ifo Institute"); where only names have capitals, holders
    // in small words are told too loosely to compare ("company", "firm").
    {
      lang: 'en',
      source: 'Exports fell by 3 percent in March compared with February, Destatis said on Friday.',
      rewrite: 'Exports fell by 3 percent in March compared with February, the Ifo Institute said on Friday.',
    },
    {
      lang: 'en',
      source: 'The company said it would cut 300 jobs at its plant in Ohio by the end of the year.',
      rewrite: 'The firm announced it would cut 300 jobs at its plant in Ohio by the end of the year.',
    },
    {
      lang: 'de',
      source: 'Diese Ansicht teilte auch die Mehrheit der Fachleute bei der Anhörung im Landtag.',
      rewrite: 'Diese Einschätzung teilte auch die Mehrheit der Fachleute bei der Anhörung im Landtag.',
    },
    // An adverb that shares a verb form's spelling ("lange", the subjunctive of "langen") is no reported speech.
    {
      lang: 'de',
      source: 'Schon lange ist bekannt, dass die Brücke saniert werden muss.',
      rewrite: 'Seit Langem ist bekannt, dass die Brücke saniert werden muss.',
    },
    {
      lang: 'en',
      source: 'It has long been known that the bridge needs repairs.',
      rewrite: 'For a long time it has been known that the bridge needs repairs.',
    },
    // The source's statement has the same one act in it: the claim is theirs there too, told with another verb.
    {
      lang: 'en',
      source: 'The Red Cross appeals to donors to give blood before the holidays.',
      rewrite: 'The Red Cross urges donors to give blood before the holidays.',
    },
    {
      lang: 'de',
      source: 'Das Rote Kreuz wendet sich mit der Bitte an die Spender, vor den Feiertagen Blut zu spenden.',
      rewrite: 'Das Rote Kreuz fordert die Spender auf, vor den Feiertagen Blut zu spenden.',
    },
    // Hearsay restated with a hearsay adverb keeps its distance; "das heißt" is "that is", no one speaking.
    {
      lang: 'en',
      source:
        'The inspection is said to have taken place on Wednesday. Police urged drivers to carry their papers.',
      rewrite:
        'The inspection reportedly took place on Wednesday. Police urged drivers to carry their papers.',
    },
    {
      lang: 'de',
      source:
        'Die Kontrolle soll am Mittwoch stattgefunden haben. Die Polizei mahnte die Fahrer zur Vorsicht.',
      rewrite:
        'Die Kontrolle hat angeblich am Mittwoch stattgefunden. Die Polizei mahnte die Fahrer zur Vorsicht.',
    },
    {
      lang: 'de',
      source: 'Das heißt, für den Friseurbesuch braucht man künftig keinen Impfnachweis mehr.',
      rewrite: 'Für den Friseurbesuch braucht man künftig keinen Impfnachweis mehr.',
    },
    // … also before a clause set between the speaker and the verb.
    {
      lang: 'de',
      source:
        'Der Internist Christian Sebesta von der Klinik Donaustadt betonte: „Die Impfstoffe haben ein sehr gutes Nutzen-Risiko-Profil.“',
      rewrite:
        'Der Internist Christian Sebesta von der Klinik Donaustadt, der auf Wunsch der SPÖ kam, betonte: „Die Impfstoffe haben ein sehr gutes Nutzen-Risiko-Profil.“',
    },
    {
      lang: 'en',
      source:
        'Internist Christian Sebesta of the Donaustadt Clinic stressed: "The vaccines have a very good benefit-risk profile."',
      rewrite:
        'Internist Christian Sebesta of the Donaustadt Clinic, who came at the request of the SPÖ, stressed: "The vaccines have a very good benefit-risk profile."',
    },
    // A phrase attaching a body or place to the speaker names no speaker: "of the University of Innsbruck".
    {
      lang: 'en',
      source:
        'The fines differ. "That is problematic in terms of equal treatment," said constitutional lawyer Peter Bußjäger (University of Innsbruck).',
      rewrite:
        'The fines differ. "That is problematic in terms of equal treatment," constitutional lawyer Peter Bußjäger of the University of Innsbruck said.',
    },
    {
      lang: 'de',
      source:
        'Die Strafen sind ungleich. „Das ist gleichheitsrechtlich problematisch“, sagte der Verfassungsjurist Peter Bußjäger (Uni Innsbruck).',
      rewrite:
        'Die Strafen sind ungleich. Verfassungsjurist Peter Bußjäger von der Universität Innsbruck sagte: „Das ist gleichheitsrechtlich problematisch.“',
    },
    // A hearsay adverb keeps the claim someone else's.
    {
      lang: 'en',
      source: 'The pub, said to be the highest in England, has often been the backdrop for commercials.',
      rewrite: 'The pub, reputedly the highest in England, has often been the backdrop for commercials.',
    },
    {
      lang: 'de',
      source: 'Das Gasthaus gilt Berichten zufolge als das höchstgelegene in England.',
      rewrite: 'Das Gasthaus ist angeblich das höchstgelegene in England.',
    },
    // The holder an attribution phrase names, named again with any verb: the claim is still theirs.
    {
      lang: 'en',
      source:
        'Fuel became slightly cheaper in December, according to the index calculated by the Austrian Energy Agency.',
      rewrite:
        'Fuel became slightly cheaper in December, the index compiled by the Austrian Energy Agency shows.',
    },
    {
      lang: 'de',
      source: 'Laut der Österreichischen Energieagentur wird die Erhöhung im Jänner sichtbar werden.',
      rewrite: 'Die Österreichische Energieagentur rechnet damit, dass die Erhöhung im Jänner sichtbar wird.',
    },
    // A word that opens the sentence before the verb is not its subject where the verb stands second: the quote has no
    // named speaker in the rewrite, not a speaker "Zugleich".
    {
      lang: 'de',
      source:
        'Paul Huber und Eva Moser trafen sich am Montag. Zugleich verwiesen Huber und Moser auf „erhebliche Differenzen über den Weg“.',
      rewrite:
        'Paul Huber und Eva Moser trafen sich am Montag. Zugleich verwiesen die beiden auf „erhebliche Differenzen über den Weg“.',
    },
    {
      lang: 'en',
      source:
        'Paul Huber and Eva Moser met on Monday. At the same time Huber and Moser pointed to "considerable differences over the way forward".',
      rewrite:
        'Paul Huber and Eva Moser met on Monday. At the same time the two pointed to "considerable differences over the way forward".',
    },
    // Someone else reported speaking between two quotes: the second is not the first speaker's, so giving it to that
    // other person changes nothing.
    {
      lang: 'de',
      source:
        'Später betonte Moser: „Wir bauen die Brücke im Sommer.“ Huber widersprach, das sei zu früh. „Der Boden ist noch gefroren.“',
      rewrite:
        'Später betonte Moser: „Wir bauen die Brücke im Sommer.“ Huber widersprach, das sei zu früh. „Der Boden ist noch gefroren“, sagte Huber.',
    },
    {
      lang: 'en',
      source:
        'Later Moser stressed: "We will build the bridge in the summer." Huber objected that it was too early. "The ground is still frozen."',
      rewrite:
        'Later Moser stressed: "We will build the bridge in the summer." Huber objected that it was too early. "The ground is still frozen," said Huber.',
    },
    // The unnamed source referred to again, or told in other words: the same speaker.
    {
      lang: 'en',
      source: 'An unnamed official told Politico that staff were ordered to remove the app.',
      rewrite: 'Staff were ordered to remove the app, the official told Politico.',
    },
    {
      lang: 'de',
      source: 'Die Mitarbeiter müssten die App löschen, sagte ein ungenannter Beamter der Zeitung.',
      rewrite: 'Die Mitarbeiter müssten die App löschen, sagte ein Beamter, der nicht genannt werden wollte.',
    },
    // A paragraph of quotation that names no one goes on with the last speaker: the rewrite names him.
    {
      lang: 'en',
      source:
        '"The survey took years," said Adam Lee, a team member.\n\n"But the deepest layers have remained out of view because dust hides them."',
      rewrite:
        '"The survey took years," said Adam Lee, a team member. "But the deepest layers have remained out of view because dust hides them," Lee added.',
    },
    {
      lang: 'de',
      source:
        '„Die Messung hat Jahre gedauert“, sagte Anna Roth vom Institut.\n\n„Aber die tiefsten Schichten blieben unsichtbar, weil Staub sie verdeckt.“',
      rewrite:
        '„Die Messung hat Jahre gedauert“, sagte Anna Roth vom Institut. „Aber die tiefsten Schichten blieben unsichtbar, weil Staub sie verdeckt“, fügte Roth hinzu.',
    },
    // The claim kept as said, by a reporting verb in another person, number or tense than the source's.
    {
      lang: 'de',
      source: 'Es habe eine Bestandsaufnahme gegeben, hieß es von allen Seiten nach den Gesprächen.',
      rewrite: 'Nach den Gesprächen sprachen alle Seiten von einer Bestandsaufnahme.',
    },
    {
      lang: 'en',
      source: 'Prices will rise sharply next year, the bank warned.',
      rewrite: 'Prices will rise sharply next year, economists keep warning.',
    },
    // A separable reporting verb, split in its clause ("gab … an"), is read from the verb group: the source has a speaker.
    {
      lang: 'de',
      source:
        'Das Ministerium gab gegenüber dem Radio an, dass der Aktionsplan im Frühling präsentiert wird.',
      rewrite: 'Gegenüber dem Radio erklärte das Ministerium, der Aktionsplan werde im Frühling präsentiert.',
    },
    // The speaker kept as the owner of what shows the claim: the company's results, the ministry's figures.
    {
      lang: 'en',
      source: 'In its annual earnings, Gilead reported a 26% decline in sales of its antiviral drug.',
      rewrite: "Gilead's annual results showed a 26% drop in sales of its antiviral drug.",
    },
    // An institution beside a quote, named in other words: no named speaker to change from.
    {
      lang: 'de',
      source:
        'Der Klub holt einen neuen Stürmer. „Wir freuen uns sehr auf die kommende Saison mit ihm“, teilte der Verein am Montag mit. Trainer Peter Huber begrüßte den Neuzugang.',
      rewrite:
        'Der Klub holt einen neuen Stürmer. „Wir freuen uns sehr auf die kommende Saison mit ihm“, teilte der Klub am Montag mit. Trainer Peter Huber begrüßte den Neuzugang.',
    },
    {
      lang: 'en',
      source:
        'The club signed a new striker. "We are looking forward to the coming season with him," the club said on Monday. Coach Peter Huber welcomed the signing.',
      rewrite:
        'The club signed a new striker. "We are looking forward to the coming season with him," the team said on Monday. Coach Peter Huber welcomed the signing.',
    },
    {
      lang: 'de',
      source: 'Betroffen seien vor allem die Fernzüge, teilte die Bahn am Mittwoch mit.',
      rewrite: 'Nach Mitteilung der Bahn vom Mittwoch seien vor allem die Fernzüge betroffen.',
    },
    {
      lang: 'en',
      source: 'Employees of the European Commission are now forced to delete TikTok from their work devices.',
      rewrite:
        'Employees of the European Commission are now demanded to delete TikTok from their work devices.',
    },
    // A capitalised word inside a sentence is a name's, not a reporting verb: "the United States would react".
    {
      lang: 'en',
      source:
        'Several allies accused Russia of trying to torpedo U.S. efforts to broker a ceasefire in Ukraine. It remained unclear how Washington would respond if Putin did not change course.',
      rewrite:
        "Several allies accused Russia of seeking to undermine Washington's push for a ceasefire in Ukraine. How the United States would react if Putin stayed on his course remained unclear.",
    },
    {
      lang: 'de',
      source: 'Die Schreiben der Anwälte lagen dem Gericht vor. Die Frist endete am Montag.',
      rewrite: 'Die Schreiben von Anwältin Eva Roth lagen dem Gericht vor. Die Frist endete am Montag.',
    },
    // The subject after its apposition ("the minister, Anna Berg, said"); an owner ("Putin's") is no speaker.
    {
      lang: 'en',
      source:
        'German Foreign Minister Annalena Baerbock said Putin\'s offers were "nothing but empty promises".',
      rewrite:
        'The German foreign minister, Annalena Baerbock, described Putin\'s offers as "nothing but empty promises".',
    },
    {
      lang: 'de',
      source:
        'Außenministerin Annalena Baerbock sagte über Putin, er spiele „nur auf Zeit und stellt neue Forderungen“.',
      rewrite:
        'Die deutsche Außenministerin, Annalena Baerbock, sagte über Putin, er spiele „nur auf Zeit und stellt neue Forderungen“.',
    },
    // A pronoun stands for the subject of the sentence before, not the last name in it; a capitalised word inside a
    // title ("Secretary of State") is no reporting verb.
    {
      lang: 'en',
      source:
        'Secretary of State Marco Rubio told the meeting that President Donald Trump would not wait much longer. "It is a matter of weeks, not months," he added.',
      rewrite:
        'Secretary of State Marco Rubio said President Donald Trump would not wait much longer, calling it "a matter of weeks, not months".',
    },
    {
      lang: 'de',
      source:
        'Außenministerin Anna Berg sagte nach dem Treffen mit Kanzler Jan Roth, man werde nicht nachgeben. „Wir bleiben in dieser Frage hart“, fügte sie hinzu.',
      rewrite:
        'Man werde nicht nachgeben, sagte Außenministerin Anna Berg nach dem Treffen mit Kanzler Jan Roth. „Wir bleiben in dieser Frage hart“, fügte Berg hinzu.',
    },
    // A role alone as the speaker is the person the article gives that role.
    {
      lang: 'en',
      source:
        'Foreign Minister Anna Berg met Chancellor Jan Roth on Monday. "We will not give in on this question," the minister said afterwards.',
      rewrite:
        'Foreign Minister Anna Berg met Chancellor Jan Roth on Monday. "We will not give in on this question," Berg said afterwards.',
    },
    {
      lang: 'de',
      source:
        'Außenministerin Anna Berg traf am Montag Kanzler Jan Roth. „Wir werden in dieser Frage nicht nachgeben“, sagte die Außenministerin danach.',
      rewrite:
        'Außenministerin Anna Berg traf am Montag Kanzler Jan Roth. „Wir werden in dieser Frage nicht nachgeben“, sagte sie danach.',
    },
    {
      lang: 'de',
      source: 'Ministerin Anna Roth sagte, die Regierung habe keine großen Erwartungen an die Gespräche.',
      rewrite: 'Die Regierung habe keine großen Erwartungen an die Gespräche, sagte Ministerin Anna Roth.',
    },
    {
      lang: 'de',
      source: 'Die Verluste der russischen Armee seien deutlich gestiegen, sagte Kallas.',
      rewrite: 'Kallas sagte, die Verluste der russischen Armee seien erheblich gestiegen.',
    },
    {
      lang: 'de',
      source: 'Nach Angaben der Polizei wurden drei Menschen verletzt.',
      rewrite: 'Laut Polizei wurden drei Menschen verletzt.',
    },
    {
      lang: 'en',
      source: 'The economy grew by two percent last year, the ministry said.',
      rewrite: 'According to the ministry, the economy grew by two percent last year.',
    },
    {
      // A rewrite that keeps the reported-speech subjunctive ("bessere", a form in no list) still reports the claim.
      lang: 'de',
      source: 'Die Lage werde sich bald bessern, sagte der Minister.',
      rewrite: 'Die Lage bessere sich bald.',
    },
    // A word in parentheses after the speaker's name (a party) is not the speaker.
    {
      lang: 'de',
      source:
        'Man halte, was man versprochen habe, versicherte Bundeskanzler Karl Nehammer (ÖVP): „Die Öffnungsschritte kommen am 12. Februar.“',
      rewrite: 'Bundeskanzler Karl Nehammer (ÖVP) versicherte: „Die Öffnungsschritte kommen am 12. Februar.“',
    },
    {
      lang: 'en',
      source: '"We will vote against the bill," said Senator Jane Smith (Democrat) on Monday.',
      rewrite: 'Senator Jane Smith (Democrat) said: "We will vote against the bill."',
    },
    {
      lang: 'en',
      source: 'The bridge was closed for repairs on Monday.',
      rewrite: 'On Monday the bridge was closed for repairs.',
    },
    {
      // A name the source never gives is a substituted name, reported once, by the entity rule.
      lang: 'en',
      source: '"We will not resign," Smith said after the vote in the council.',
      rewrite: '"We will not resign," Jones said after the vote in the council.',
    },
    // A pronoun beside the quote stands for the person last named or quoted before it: the same speaker.
    {
      lang: 'en',
      source:
        'Luke Gumley, head of the airspace programme, presented the plan on Tuesday.\n\nThe goal, Gumley says, is full integration.\n\n"Segregated integration is not a sustainable model for the future," he notes.',
      rewrite:
        'Luke Gumley, head of the airspace programme, presented the plan on Tuesday.\n\nThe goal, Gumley says, is full integration.\n\n"Segregated integration is not a sustainable model for the future," Gumley notes.',
    },
    // Words inside quotation marks are never the speaker: "Wirkung" in "das seine Wirkung hat".
    {
      lang: 'de',
      source:
        'Man habe ein Paket schnüren wollen, „das seine Wirkung hat“, betonte Kanzler Karl Nehammer, man wolle „schnell und gezielt helfen“.',
      rewrite:
        'Man wolle „schnell und gezielt helfen“, betonte Kanzler Karl Nehammer. Das Paket solle wirken.',
    },
    // A speaker with an apposition between name and verb: the addressee after the verb is not the speaker.
    {
      lang: 'en',
      source:
        '"We need better traffic management than today," says Luke Gumley, head of the programme, speaking at the Drone Systems conference in Melbourne.',
      rewrite:
        '"We need better traffic management than today," Luke Gumley, head of the programme, told the Drone Systems conference in Melbourne.',
    },
    // Whoever the source quotes or names may be the new phrase's holder in other words.
    {
      lang: 'en',
      source: 'The minister Karl Nehammer said the police would carry out the checks.',
      rewrite: 'The police will carry out the checks, according to the minister.',
    },
    {
      lang: 'de',
      source: 'Der Minister Karl Nehammer sagte, die Polizei werde die Kontrollen durchführen.',
      rewrite: 'Die Polizei werde die Kontrollen durchführen, so der Minister.',
    },
    // A holder named after the statement's own act is that act in a noun: no one new holds the claim.
    {
      lang: 'de',
      source: 'Insgesamt, so schätzt man, leben auf der Insel noch 70.000 Orang-Utans.',
      rewrite: 'Auf der Insel leben Schätzungen zufolge insgesamt noch 70.000 Orang-Utans.',
    },
    {
      lang: 'en',
      source: 'Altogether, one estimates, 70,000 orangutans still live on the island.',
      rewrite: 'According to estimates, 70,000 orangutans still live on the island.',
    },
    // Whom a hyphenated compound names is mentioned: "Experte" in "FPÖ-Experten".
    {
      lang: 'de',
      source: 'Der Entwurf wurde als verhältnismäßig bewertet, Kritik kam vom FPÖ-Experten.',
      rewrite: 'Der Entwurf wurde als verhältnismäßig eingestuft, Kritik äußerte der Experte der FPÖ.',
    },
    // The same holder before a postposition as after a preposition; people the source statement has speak again.
    {
      lang: 'de',
      source: 'Laut einer Studie der Universität Bonn haben gemeinsame Erlebnisse einen besonderen Wert.',
      rewrite: 'Einer Studie der Universität Bonn zufolge haben gemeinsame Erlebnisse einen besonderen Wert.',
    },
    {
      lang: 'en',
      source: 'City officials expect the new tram line to open in May.',
      rewrite: 'The new tram line will open in May, city officials say.',
    },
    {
      lang: 'de',
      source: 'Die Experten rechnen damit, dass die Mieten im Herbst erneut deutlich steigen.',
      rewrite: 'Die Mieten steigen im Herbst erneut deutlich, sagen Experten.',
    },
  ],
  invalid: [
    // A holder standing before its verb is named in its own word order, the words nearest the verb read first.
    {
      lang: 'de',
      source:
        'Bis Freitag gingen 25.000 Schadensmeldungen ein, wie der Versicherungsverband des Landes mitteilte.',
      rewrite: 'Bis Freitag gingen 25.000 Schadensmeldungen ein, wie die Landesregierung mitteilte.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'wie der Versicherungsverband des Landes mitteilte',
          rewrite: 'wie die Landesregierung mitteilte',
          explanation:
            'Source of the claim changed: source gives it to Versicherungsverband des Landes ("mitteilte"), rewrite to Landesregierung ("mitteilte"), whom the source statement does not name.',
        },
      ],
    },
    // Someone's own account dropped: the subject named again as the actor does not voice the claim, and a noun with
    // the form of a verb of saying ("Angaben") names no speaker.
    {
      lang: 'de',
      source:
        'Ein Fall aus England sorgt für Aufsehen. Ein Mann ist nach eigenen Angaben 70 Jahre lang ohne Führerschein Auto gefahren.',
      rewrite:
        'Ein Fall aus England sorgt für Aufsehen. Ein Mann ist 70 Jahre lang ohne Führerschein Auto gefahren.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'nach eigenen Angaben',
          rewrite: 'Ein Mann ist 70 Jahre lang ohne Führerschein Auto gefahren.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'A case from England caused a stir. By his own account, a man drove for 70 years without a licence.',
      rewrite: 'A case from England caused a stir. A man drove for 70 years without a licence.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'By his own account',
          rewrite: 'A man drove for 70 years without a licence.',
        },
      ],
    },
    // An inverted report opens with the past form: still the minister's words.
    {
      lang: 'en',
      source: 'Said the minister: the plan is dead.',
      rewrite: 'The plan is dead.',
      errors: [{ messageId: 'dropped', severity: 'medium', source: 'Said', rewrite: 'The plan is dead.' }],
    },
    // The passive's agent after the quotation: the words are the agent's.
    {
      lang: 'en',
      source: 'The plan was called "a disaster" by the mayor.',
      rewrite: 'The plan is a disaster.',
      errors: [
        { messageId: 'dropped', severity: 'medium', source: 'called', rewrite: 'The plan is a disaster.' },
      ],
    },
    // A claim given to another kind of people, no name on either side: worth a look (low).
    {
      lang: 'de',
      source: 'Die Brücke wird im Mai wieder geöffnet, sagen Polizisten.',
      rewrite: 'Die Brücke wird im Mai wieder geöffnet, sagen Anwohner.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'low',
          source: 'sagen Polizisten',
          rewrite: 'sagen Anwohner',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Officials say the bridge will reopen in May.',
      rewrite: 'Residents say the bridge will reopen in May.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'low',
          source: 'Officials say the bridge',
          rewrite: 'Residents say the bridge',
        },
      ],
    },
    // A named speaker replaced by someone the rewrite introduces with an indefinite article: a new, unnamed person.
    {
      lang: 'de',
      source:
        'Nicola Townsend führt das Tan Hill Inn. Die Gäste vertrieben sich die Zeit mit Karaoke und Brettspielen, wie Townsend berichtete.',
      rewrite:
        'Nicola Townsend führt das Tan Hill Inn. Die Gäste vertrieben sich die Zeit mit Karaoke und Brettspielen, berichtete ein Gast.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'wie Townsend berichtete',
          rewrite: 'berichtete ein Gast',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Nicola Townsend runs the Tan Hill Inn. The guests passed the time with karaoke and board games, as Townsend reported.',
      rewrite:
        'Nicola Townsend runs the Tan Hill Inn. The guests passed the time with karaoke and board games, a guest reported.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'The guests passed the time with karaoke and board games, as Townsend reported',
          rewrite: 'The guests passed the time with karaoke and board games, a guest reported',
        },
      ],
    },
    // So a speaker given by a role: "the landlady" is someone known, "a cook" someone new.
    {
      lang: 'de',
      source: 'Die Gäste vertrieben sich die Zeit mit Karaoke, sagte die Wirtin.',
      rewrite: 'Die Gäste vertrieben sich die Zeit mit Karaoke, sagte ein Koch.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'sagte die Wirtin',
          rewrite: 'sagte ein Koch',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The guests passed the time with karaoke, the landlady said.',
      rewrite: 'The guests passed the time with karaoke, a cook said.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'The guests passed the time with karaoke, the landlady said',
          rewrite: 'The guests passed the time with karaoke, a cook said',
        },
      ],
    },
    // An unnamed source replaced by a named person; low where that person speaks elsewhere in the source.
    {
      lang: 'en',
      source:
        'Roberta Metsola was elected on Tuesday. The vice-presidents will be elected later, according to parliamentary sources.',
      rewrite:
        'Roberta Metsola was elected on Tuesday. The vice-presidents will be elected later, Sira Rego confirmed.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'The vice-presidents will be elected later, according to parliamentary sources',
          rewrite: 'The vice-presidents will be elected later, Sira Rego confirmed',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Roberta Metsola wurde am Dienstag gewählt. Nach Angaben aus Parlamentskreisen werden die Vizepräsidenten im Anschluss gewählt.',
      rewrite:
        'Roberta Metsola wurde am Dienstag gewählt. Die Vizepräsidenten werden im Anschluss gewählt, bestätigte Sira Rego.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'Nach Angaben aus Parlamentskreisen werden die Vizepräsidenten im Anschluss gewählt',
          rewrite: 'bestätigte Sira Rego',
        },
      ],
    },
    // A term the source cites in quotation marks and the rewrite keeps voices no one's claim.
    {
      lang: 'en',
      source: 'One suspects that the word comes from the Latin "carne vale".',
      rewrite: 'The word comes from the Latin "carne vale".',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'suspects',
          rewrite: 'The word comes from the Latin "carne vale".',
        },
      ],
    },
    {
      lang: 'de',
      source: 'So vermutet man, dass das Wort aus dem Lateinischen „carne vale“ stammt.',
      rewrite: 'Das Wort stammt aus dem Lateinischen „carne vale“.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'vermutet',
          rewrite: 'Das Wort stammt aus dem Lateinischen „carne vale“.',
        },
      ],
    },
    // A phrase naming a holder the source never names is added, whatever verbs of saying the statement has.
    {
      lang: 'en',
      source: 'The report said the parade drew 5,000 spectators.',
      rewrite: 'The report said the parade drew, according to the organisers, 5,000 spectators.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'The report said the parade drew 5,000 spectators.',
          rewrite: 'according to the organisers',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Wagen, die Politik kommentieren, werden von vielen Tausend Zuschauern besucht.',
      rewrite:
        'Die Wagen, die Politik kommentieren, werden nach Angaben der Veranstalter von vielen Tausend Zuschauern besucht.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Die Wagen, die Politik kommentieren, werden von vielen Tausend Zuschauern besucht.',
          rewrite: 'nach Angaben der Veranstalter',
        },
      ],
    },
    // The holder of an attribution phrase ends where a figure opens what is claimed.
    {
      lang: 'de',
      source: 'Die Umzüge werden von vielen Tausend Zuschauern besucht.',
      rewrite: 'Die Umzüge werden nach Angaben der Veranstalter von vielen Tausend Zuschauern besucht.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Die Umzüge werden von vielen Tausend Zuschauern besucht.',
          rewrite: 'nach Angaben der Veranstalter',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The parades are watched by 5,000 spectators.',
      rewrite: 'The parades are watched according to the organisers by 5,000 spectators.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'The parades are watched by 5,000 spectators.',
          rewrite: 'according to the organisers',
        },
      ],
    },
    // A report set into the statement between commas ("a survey found") gives it to someone as much as "that" does.
    {
      lang: 'en',
      source: 'The Saxon dialect, a survey found, is the least popular.',
      rewrite: 'The Saxon dialect is the least popular.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'found',
          rewrite: 'The Saxon dialect is the least popular.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die sächsische Mundart ist, glauben Experten, am wenigsten beliebt.',
      rewrite: 'Die sächsische Mundart ist am wenigsten beliebt.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'glauben',
          rewrite: 'Die sächsische Mundart ist am wenigsten beliebt.',
        },
      ],
    },
    // A view anyone holds, with its content clause, is still a view, its subject before or after the verb.
    {
      lang: 'de',
      source: 'So vermutet man auch, dass das Wort aus dem Lateinischen entstanden ist.',
      rewrite: 'Das Wort stammt aus dem Lateinischen.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'vermutet',
          rewrite: 'Das Wort stammt aus dem Lateinischen.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'One suspects that the word comes from Latin.',
      rewrite: 'The word comes from Latin.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'suspects',
          rewrite: 'The word comes from Latin.',
        },
      ],
    },
    // A clause of accordance with a passive of saying gives the statement to someone all the same.
    {
      lang: 'en',
      source: 'Dialect is spoken mainly by the elderly, as was claimed in the past.',
      rewrite: 'Dialect is spoken mainly by the elderly.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'claimed',
          rewrite: 'Dialect is spoken mainly by the elderly.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Dialekt ist vor allem bei den Alten verbreitet, wie früher behauptet wurde.',
      rewrite: 'Dialekt ist vor allem bei den Alten verbreitet.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'behauptet',
          rewrite: 'Dialekt ist vor allem bei den Alten verbreitet.',
        },
      ],
    },
    // The agent of a passive of saying is a speaker ("von", "by"): dropping it states the claim as fact.
    {
      lang: 'en',
      source: 'The attack on Monday was reported by Reuters.',
      rewrite: 'There was an attack on Monday.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'reported',
          rewrite: 'There was an attack on Monday.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Angriff wurde am Montag von der Polizei bestätigt.',
      rewrite: 'Es gab am Montag einen Angriff.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'bestätigt',
          rewrite: 'Es gab am Montag einen Angriff.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Mann starb am Montag an seinen Verletzungen, wie von der Polizei bestätigt.',
      rewrite: 'Der Mann starb am Montag an seinen Verletzungen.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'bestätigt',
          rewrite: 'Der Mann starb am Montag an seinen Verletzungen.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The man died of his injuries on Monday, as confirmed by police.',
      rewrite: 'The man died of his injuries on Monday.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'confirmed',
          rewrite: 'The man died of his injuries on Monday.',
        },
      ],
    },
    // A claim the source states plainly, given by the rewrite to a survey of someone the source never names.
    {
      lang: 'de',
      source: 'Ein toller Nebeneffekt: Mitarbeiter fühlen sich oft wohler bei der Arbeit.',
      rewrite:
        'Ein toller Nebeneffekt: Laut einer Umfrage der EU-Kommission fühlen sich Mitarbeiter oft wohler bei der Arbeit.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Ein toller Nebeneffekt: Mitarbeiter fühlen sich oft wohler bei der Arbeit.',
          rewrite: 'Laut einer Umfrage der EU-Kommission',
        },
      ],
    },
    {
      lang: 'en',
      source: 'A welcome side effect: staff often feel better at work.',
      rewrite:
        'A welcome side effect: according to a survey by the European Commission, staff often feel better at work.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'A welcome side effect: staff often feel better at work.',
          rewrite: 'according to a survey by the European Commission',
        },
      ],
    },
    // A verb of opinion with a content clause reports a view: stated without its holder, it is a claim made fact.
    {
      lang: 'de',
      source: 'Luther fand, dass die Kirche die Bibel falsch interpretiert hatte.',
      rewrite: 'Die Kirche hatte die Bibel falsch interpretiert.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'fand',
          rewrite: 'Die Kirche hatte die Bibel falsch interpretiert.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Luther believed that the church had misread the Bible.',
      rewrite: 'The church had misread the Bible.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'believed',
          rewrite: 'The church had misread the Bible.',
        },
      ],
    },
    // A named body the claim is given to, replaced by one told in common nouns: the entity rule compares names only.
    {
      lang: 'de',
      source:
        'Nach Angaben des Deutschen Brauer-Bundes (DBB) sank der Bierabsatz im Jahr 2023 um vier Prozent.',
      rewrite: 'Nach Angaben des Statistischen Bundesamts sank der Bierabsatz im Jahr 2023 um vier Prozent.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source:
            'Nach Angaben des Deutschen Brauer-Bundes (DBB) sank der Bierabsatz im Jahr 2023 um vier Prozent',
          rewrite:
            'Nach Angaben des Statistischen Bundesamts sank der Bierabsatz im Jahr 2023 um vier Prozent',
        },
      ],
    },
    // The same form as the verb, where a content clause follows it; and anyone's saying with what they say.
    {
      lang: 'de',
      source: 'Man sagt, dass die Brücke seit Jahren marode ist.',
      rewrite: 'Die Brücke ist seit Jahren marode.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'sagt',
          rewrite: 'Die Brücke ist seit Jahren marode.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Officials state that the bridge will reopen in May.',
      rewrite: 'The bridge will reopen in May.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'state',
          rewrite: 'The bridge will reopen in May.',
        },
      ],
    },
    // The claim given to another body than the source's.
    {
      lang: 'de',
      source:
        'Bei den Versicherungen gingen bis Freitag 9.000 Schadensmeldungen nach dem Hochwasser ein, wie der Versicherungsverband des Landes mitteilte.',
      rewrite:
        'Bei den Versicherungen gingen bis Freitag 9.000 Schadensmeldungen nach dem Hochwasser ein, wie die Polizei mitteilte.',
      errors: [
        {
          messageId: 'holderChanged',
          severity: 'medium',
          source: 'wie der Versicherungsverband des Landes mitteilte',
          rewrite: 'wie die Polizei mitteilte',
        },
      ],
    },
    // An attribution phrase added to a statement the source gives no one.
    {
      lang: 'en',
      source: 'The new tram line will open in May and carry 20,000 passengers a day.',
      rewrite:
        "According to the city's transport authority, the new tram line will open in May and carry 20,000 passengers a day.",
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'The new tram line will open in May and carry 20,000 passengers a day.',
          rewrite: "According to the city's transport authority",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die neue Straßenbahnlinie wird im Mai eröffnet und soll täglich 20.000 Fahrgäste befördern.',
      rewrite:
        'Laut dem Verkehrsverbund wird die neue Straßenbahnlinie im Mai eröffnet und soll täglich 20.000 Fahrgäste befördern.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source:
            'Die neue Straßenbahnlinie wird im Mai eröffnet und soll täglich 20.000 Fahrgäste befördern.',
          rewrite: 'Laut dem Verkehrsverbund',
        },
      ],
    },
    // A postposition names its holder before it: "Studien zufolge", "dem Bericht der Verbraucherzentrale zufolge".
    {
      lang: 'de',
      source: 'Gemeinsame Erlebnisse haben für den Beschenkten einen ganz besonderen Wert.',
      rewrite: 'Studien zufolge haben gemeinsame Erlebnisse für den Beschenkten einen ganz besonderen Wert.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Gemeinsame Erlebnisse haben für den Beschenkten einen ganz besonderen Wert.',
          rewrite: 'Studien zufolge',
        },
      ],
    },
    // People who speak beside a verb of saying, unnamed and not in the source statement: the claim is given to them.
    {
      lang: 'en',
      source: 'He designs 3D artworks in the middle of streets.',
      rewrite: 'He designs 3D artworks in the middle of streets, city officials say.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'He designs 3D artworks in the middle of streets.',
          rewrite: 'city officials say',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Mieten in der Stadt steigen im Herbst erneut deutlich.',
      rewrite: 'Die Mieten in der Stadt steigen im Herbst erneut deutlich, sagen Experten.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Die Mieten in der Stadt steigen im Herbst erneut deutlich.',
          rewrite: 'sagen Experten',
        },
      ],
    },
    // Hearsay from the grammar, no speaker named: the modal of hearsay, a verb of saying in the passive, "hieß es".
    {
      lang: 'de',
      source: 'Bei dem Fund soll es sich um eine Fliegerbombe handeln. Die Straße wurde gesperrt.',
      rewrite: 'Bei dem Fund handelte es sich um eine Fliegerbombe. Die Straße wurde gesperrt.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'high',
          source: 'soll',
          rewrite: 'Bei dem Fund handelte es sich um eine Fliegerbombe.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The inspection is said to have taken place on Wednesday. Police urged drivers to carry their papers.',
      rewrite: 'The inspection took place on Wednesday. Police urged drivers to carry their papers.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'high',
          source: 'is',
          rewrite: 'The inspection took place on Wednesday.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The bomb is reported to be a relic of the war. The street was closed.',
      rewrite: 'The bomb is a relic of the war. The street was closed.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'high',
          source: 'is',
          rewrite: 'The bomb is a relic of the war.',
        },
      ],
    },
    // A pronoun subject is no speaker unless a verb of saying goes with it.
    {
      lang: 'de',
      source:
        'Die Liberalen unterstützten die Kandidatin. Im Gegenzug bekommen sie einen Vizepräsidenten mehr, wie es aus Parlamentskreisen hieß.',
      rewrite: 'Die Liberalen unterstützten die Kandidatin. Dafür bekommen sie einen Vizepräsidenten mehr.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'hieß',
          rewrite: 'Dafür bekommen sie einen Vizepräsidenten mehr.',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The Liberals backed the candidate. In return they get one more vice-president, parliamentary sources said.',
      rewrite: 'The Liberals backed the candidate. In return they get one more vice-president.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'sources said',
          rewrite: 'In return they get one more vice-president.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The pub, said to be the highest in England, has often been the backdrop for commercials.',
      rewrite: 'The pub, the highest in England, has often been the backdrop for commercials.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'said',
          rewrite: 'The pub, the highest in England, has often been the backdrop for commercials.',
        },
      ],
    },
    // The holder's words in the rewrite only as a sentence's first word, or after the phrase's verb, are no holder.
    {
      lang: 'en',
      source: 'According to the Energy Agency, prices will rise in January.',
      rewrite: 'Energy prices will rise in January.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'According to',
          rewrite: 'Energy prices will rise in January.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Laut Energieagentur steigen die Preise im Jänner.',
      rewrite: 'Die Preise steigen im Jänner.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'Laut',
          rewrite: 'Die Preise steigen im Jänner.',
        },
      ],
    },
    // An unnamed source made an on-record one.
    {
      lang: 'en',
      source: 'An unnamed official told Politico that staff were ordered to remove the app.',
      rewrite: 'A Commission spokesperson told Politico that staff were ordered to remove the app.',
      errors: [
        {
          messageId: 'unnamedSpeakerChanged',
          severity: 'medium',
          source: 'An unnamed official',
          rewrite: 'A Commission spokesperson',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Mitarbeiter müssten die App löschen, sagte ein ungenannter Beamter der Zeitung.',
      rewrite: 'Die Mitarbeiter müssten die App löschen, sagte ein Sprecher des Ministeriums der Zeitung.',
      errors: [
        {
          messageId: 'unnamedSpeakerChanged',
          severity: 'medium',
          source: 'ein ungenannter Beamter',
          rewrite: 'ein Sprecher',
        },
      ],
    },
    // The continued quote given to another person the source quotes: likely, not certain, so medium.
    {
      lang: 'en',
      source:
        '"We are seeing it at last," said Erik Ross, an associate professor.\n\n"The survey took years," said Adam Lee, a team member.\n\nA photo of the cliff face. Photo: J. Doe\n\n"But the deepest layers have remained out of view because dust hides them."',
      rewrite:
        '"We are seeing it at last," said Erik Ross, an associate professor.\n\n"The survey took years," said Adam Lee, a team member. "But the deepest layers have remained out of view because dust hides them," Ross added.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'medium',
          source: '"But the deepest layers have remained out of view because dust hides them."',
          rewrite: 'Ross',
        },
      ],
    },
    {
      lang: 'de',
      source:
        '„Wir sehen es endlich“, sagte Erik Roß von der Universität.\n\n„Die Messung hat Jahre gedauert“, sagte Anna Roth vom Institut.\n\n„Aber die tiefsten Schichten blieben unsichtbar, weil Staub sie verdeckt.“',
      rewrite:
        '„Wir sehen es endlich“, sagte Erik Roß von der Universität.\n\n„Die Messung hat Jahre gedauert“, sagte Anna Roth vom Institut. „Aber die tiefsten Schichten blieben unsichtbar, weil Staub sie verdeckt“, fügte Roß hinzu.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'medium',
          source: '„Aber die tiefsten Schichten blieben unsichtbar, weil Staub sie verdeckt.“',
          rewrite: 'Roß',
        },
      ],
    },
    // An attribution phrase written with "ß" ("heißt es") is found in the folded text as any other.
    {
      lang: 'de',
      source: 'Die Steuer soll im kommenden Jahr sinken, heißt es im Programm der Regierung.',
      rewrite: 'Die Steuer soll im kommenden Jahr sinken.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'heißt es',
          rewrite: 'Die Steuer soll im kommenden Jahr sinken.',
        },
      ],
    },
    {
      lang: 'en',
      source: "Taxes are to fall next year, according to the government's programme.",
      rewrite: 'Taxes are to fall next year.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'according to',
          rewrite: 'Taxes are to fall next year.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Das Ministerium gab gegenüber dem Radio an, dass der Aktionsplan im Frühling präsentiert wird.',
      rewrite: 'Der Aktionsplan wird im Frühling präsentiert.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'gab',
          rewrite: 'Der Aktionsplan wird im Frühling präsentiert.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Aktionsplan soll im Frühling präsentiert werden.',
      rewrite:
        'Gegenüber dem Radio gab Peter Huber an, der Aktionsplan solle im Frühling präsentiert werden.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Der Aktionsplan soll im Frühling präsentiert werden.',
          rewrite: 'gab',
        },
      ],
    },
    // The speaker gone from the sentence, the claim now the writer's own.
    {
      lang: 'en',
      source: 'In its annual earnings, Gilead reported a 26% decline in sales of its antiviral drug.',
      rewrite: 'Annual sales of the antiviral drug dropped by 26%.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'reported',
          rewrite: 'Annual sales of the antiviral drug dropped by 26%.',
        },
      ],
    },
    // A quote the source gives to an institution, now in a person's mouth: medium, the source names no one.
    {
      lang: 'de',
      source:
        'Der Klub holt einen neuen Stürmer. „Wir freuen uns sehr auf die kommende Saison mit ihm“, teilte der Verein am Montag mit. Trainer Peter Huber begrüßte den Neuzugang.',
      rewrite:
        'Der Klub holt einen neuen Stürmer. „Wir freuen uns sehr auf die kommende Saison mit ihm“, sagte Peter Huber am Montag. Trainer Peter Huber begrüßte den Neuzugang.',
      errors: [{ messageId: 'speakerChanged', severity: 'medium', source: 'Verein', rewrite: 'Peter Huber' }],
    },
    {
      lang: 'de',
      source:
        'Als Ort der Zusammenkunft wäre die saudische Hauptstadt Riad für beide Seiten passend, meldete RIA.',
      rewrite: 'Die saudische Hauptstadt Riad ist als Ort der Zusammenkunft für beide Seiten passend.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'high',
          source: 'meldete',
          rewrite: 'Die saudische Hauptstadt Riad ist als Ort der Zusammenkunft für beide Seiten passend.',
        },
      ],
    },
    {
      lang: 'de',
      source:
        'Außenminister Marco Rubio machte in Brüssel deutlich, dass der Präsident die Verzögerung nicht mehr lange akzeptieren werde.',
      rewrite:
        'Außenminister Marco Rubio machte in Brüssel deutlich, dass der Präsident die Verzögerung nicht mehr lange akzeptieren wird.',
      errors: [
        {
          messageId: 'madeIndicative',
          severity: 'low',
          source: 'werde',
          rewrite:
            'Außenminister Marco Rubio machte in Brüssel deutlich, dass der Präsident die Verzögerung nicht mehr lange akzeptieren wird.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The city will close the old bridge next week for repairs.',
      rewrite: 'Mayor John Smith said the city will close the old bridge next week for repairs.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'The city will close the old bridge next week for repairs.',
          rewrite: 'said',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Stadt sperrt die alte Brücke ab nächster Woche für Reparaturen.',
      rewrite:
        'Bürgermeisterin Anna Roth sagte, die Stadt sperre die alte Brücke ab nächster Woche für Reparaturen.',
      errors: [
        {
          messageId: 'added',
          severity: 'medium',
          source: 'Die Stadt sperrt die alte Brücke ab nächster Woche für Reparaturen.',
          rewrite: 'sagte',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'The city will close the old bridge next week for repairs. Traffic will be diverted through the harbour district. Mayor John Smith said the budget for schools would double.',
      rewrite:
        'Mayor John Smith said the city will close the old bridge next week for repairs. Traffic will be diverted through the harbour district.',
      errors: [
        {
          messageId: 'addedSpeaksElsewhere',
          severity: 'low',
          source: 'The city will close the old bridge next week for repairs.',
          rewrite: 'said',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Verluste der russischen Armee seien deutlich gestiegen.',
      rewrite: 'Die Verluste der russischen Armee sind deutlich gestiegen.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'high',
          source: 'seien',
          rewrite: 'Die Verluste der russischen Armee sind deutlich gestiegen.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Nach Angaben der Polizei wurden drei Menschen bei dem Brand verletzt.',
      rewrite: 'Bei dem Brand wurden drei Menschen verletzt.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'Nach Angaben',
          rewrite: 'Bei dem Brand wurden drei Menschen verletzt.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The economy grew by two percent last year, the ministry said.',
      rewrite: 'The economy grew by two percent last year.',
      errors: [
        {
          messageId: 'dropped',
          severity: 'medium',
          source: 'said',
          rewrite: 'The economy grew by two percent last year.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Jones opposed the motion. "We will not resign," Smith said after the vote in the council.',
      rewrite: 'Jones opposed the motion. "We will not resign," Jones said after the vote in the council.',
      errors: [{ messageId: 'speakerChanged', severity: 'high', source: 'Smith', rewrite: 'Jones' }],
    },
    // A quote moved from the person it is attributed to ("laut Barisic") to another the source names.
    {
      lang: 'de',
      source:
        'Der neue Trainer Ferdinand Feldhofer übernimmt sofort. Auf ihn wartet laut Sportchef Zoran Barisic „schon einmal eine riesengroße Herausforderung“ im Derby.',
      rewrite:
        'Der neue Trainer Ferdinand Feldhofer übernimmt sofort. Im Derby wartet „schon einmal eine riesengroße Herausforderung“, sagte Feldhofer.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'high',
          source: 'Sportchef Zoran Barisic',
          rewrite: 'Feldhofer',
        },
      ],
    },
    // A quote after a sentence that introduces it ("… betonte Stöger:") and another in the same paragraph are the
    // speaker's; one given to someone else is a speaker change (medium: the follow-on quote names no one itself).
    {
      lang: 'de',
      source:
        'Bürgermeister Paul Huber eröffnete die Sitzung, Stadträtin Eva Moser stellte den Plan vor.\n\nSpäter betonte Moser, dass der Plan stehe: „Wir bauen die Brücke im Sommer.“ Die Kosten seien gedeckt. „Daher werden wir den Bau auch mittragen.“',
      rewrite:
        'Bürgermeister Paul Huber eröffnete die Sitzung, Stadträtin Eva Moser stellte den Plan vor.\n\nSpäter betonte Moser, dass der Plan stehe: „Wir bauen die Brücke im Sommer.“ Die Kosten seien gedeckt. „Daher werden wir den Bau auch mittragen“, sagte Huber.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'medium',
          source: '„Daher werden wir den Bau auch mittragen.“',
          rewrite: 'Huber',
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Mayor Paul Huber opened the meeting, and councillor Eva Moser presented the plan.\n\nLater Moser stressed that the plan stood: "We will build the bridge in the summer." The costs were covered. "That is why we will back the work."',
      rewrite:
        'Mayor Paul Huber opened the meeting, and councillor Eva Moser presented the plan.\n\nLater Moser stressed that the plan stood: "We will build the bridge in the summer." The costs were covered. "That is why we will back the work," said Huber.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'medium',
          source: '"That is why we will back the work."',
          rewrite: 'Huber',
        },
      ],
    },
    // A pronoun resolved to the person quoted before it, the quote given to someone else: likely, so medium.
    {
      lang: 'en',
      source:
        'Luke Gumley, head of the airspace programme, presented the plan.\n\n"Drones must be tracked," Gumley said. Jo Meares-Whitty of the drone council welcomed it.\n\n"Segregated integration is not a sustainable model for the future," he notes.',
      rewrite:
        'Luke Gumley, head of the airspace programme, presented the plan.\n\n"Drones must be tracked," Gumley said. Jo Meares-Whitty of the drone council welcomed it.\n\n"Segregated integration is not a sustainable model for the future," says Meares-Whitty.',
      errors: [
        {
          messageId: 'speakerChanged',
          severity: 'medium',
          source: 'he',
          rewrite: 'Meares-Whitty',
        },
      ],
    },
    // The pronoun is the sentence's subject (Rubio, Berg), so the quote given to the other person named there moved.
    {
      lang: 'en',
      source:
        'Secretary of State Marco Rubio told the meeting that President Donald Trump would not wait much longer. "It is a matter of weeks, not months," he added.',
      rewrite:
        'Secretary of State Marco Rubio told the meeting that President Donald Trump would not wait much longer. "It is a matter of weeks, not months," Trump added.',
      errors: [{ messageId: 'speakerChanged', severity: 'medium', source: 'he', rewrite: 'Trump' }],
    },
    {
      lang: 'de',
      source:
        'Außenministerin Anna Berg sagte nach dem Treffen mit Kanzler Jan Roth, man werde nicht nachgeben. „Wir bleiben in dieser Frage hart“, fügte sie hinzu.',
      rewrite:
        'Außenministerin Anna Berg sagte nach dem Treffen mit Kanzler Jan Roth, man werde nicht nachgeben. „Wir bleiben in dieser Frage hart“, fügte Roth hinzu.',
      errors: [{ messageId: 'speakerChanged', severity: 'medium', source: 'sie', rewrite: 'Roth' }],
    },
    // A role alone resolved to the person holding it, the quote given to someone else: likely, so medium.
    {
      lang: 'en',
      source:
        'Foreign Minister Anna Berg met Chancellor Jan Roth on Monday. "We will not give in on this question," the minister said afterwards.',
      rewrite:
        'Foreign Minister Anna Berg met Chancellor Jan Roth on Monday. "We will not give in on this question," Roth said afterwards.',
      errors: [{ messageId: 'speakerChanged', severity: 'medium', source: 'minister', rewrite: 'Roth' }],
    },
    {
      lang: 'de',
      source:
        'Außenministerin Anna Berg traf am Montag Kanzler Jan Roth. „Wir werden in dieser Frage nicht nachgeben“, sagte die Außenministerin danach.',
      rewrite:
        'Außenministerin Anna Berg traf am Montag Kanzler Jan Roth. „Wir werden in dieser Frage nicht nachgeben“, sagte Roth danach.',
      errors: [
        { messageId: 'speakerChanged', severity: 'medium', source: 'Außenministerin', rewrite: 'Roth' },
      ],
    },
  ],
});
