import { negation } from '../../src/detect/rules/negation.js';
import { ruleTable } from './harness.js';

ruleTable(negation, {
  valid: [
    // A negating preposition before two coordinated nouns denies both: "ohne X oder Y" says "ohne X und ohne Y".
    {
      lang: 'de',
      source: 'Der Mann ist jahrelang ohne Führerschein oder Versicherung Auto gefahren.',
      rewrite: 'Der Mann ist jahrelang ohne Führerschein und ohne Versicherung Auto gefahren.',
    },
    {
      lang: 'en',
      source: 'The man drove for years without a valid licence or insurance.',
      rewrite: 'The man drove for years without a valid licence and without insurance.',
    },
    // A predicate of silence says what a denied verb of saying says.
    {
      lang: 'en',
      source: "Police were also keeping quiet about the time of the woman's death.",
      rewrite: 'Police were also not commenting on when the woman died.',
    },
    {
      lang: 'de',
      source: 'Auch zum Zeitpunkt des Todes der Frau hielt man sich bedeckt.',
      rewrite: 'Auch zum Todeszeitpunkt der Frau machte die Polizei keine Angaben.',
    },
    // "has yet to" is "has not yet": the same negation.
    {
      lang: 'en',
      source: 'The post-mortem had not yet confirmed this, he said.',
      rewrite: 'The post-mortem had yet to confirm this, he said.',
    },
    {
      lang: 'de',
      source: 'Die Obduktion habe das noch nicht bestätigt, sagte er.',
      rewrite: 'Die Obduktion habe das bisher nicht bestätigt, sagte er.',
    },
    // Each figure keeps its direction, the order of the figures changed.
    {
      lang: 'de',
      source: 'Gas kostete um 15,6 Prozent mehr, Strom um 9,6 Prozent weniger.',
      rewrite: 'Strom kostete um 9,6 Prozent weniger, Gas um 15,6 Prozent mehr.',
    },
    {
      lang: 'en',
      source: 'Gas cost 15.6 per cent more, electricity 9.6 per cent less.',
      rewrite: 'Electricity cost 9.6 per cent less, gas 15.6 per cent more.',
    },
    // A verb that takes a supply away says what "without" says.
    {
      lang: 'en',
      source: 'The storm cut power to many homes in the north.',
      rewrite: 'The storm left many homes in the north without power.',
    },
    {
      lang: 'de',
      source: 'Der Sturm kappte vielen Haushalten im Norden den Strom.',
      rewrite: 'Der Sturm ließ viele Haushalte im Norden ohne Strom.',
    },
    // Told from the other side, a denied equal amount is the greater one: "nowhere else so many" is "more than there".
    {
      lang: 'en',
      source: 'Not even at a busy road junction does one find so many soot particles.',
      rewrite: 'It measured more soot particles than at a busy road junction.',
    },
    {
      lang: 'de',
      source: 'Nicht einmal an einer belebten Kreuzung findet man so viele Rußpartikel.',
      rewrite: 'Man maß mehr Rußpartikel als an einer belebten Kreuzung.',
    },
    // "unable to" denies the ability as "could not" does.
    {
      lang: 'en',
      source: 'Drivers could not find shelter at the petrol stations.',
      rewrite: 'Drivers were unable to find shelter at the petrol stations.',
    },
    {
      lang: 'de',
      source: 'Die Fahrer konnten an den Tankstellen keinen Schutz finden.',
      rewrite: 'Die Fahrer fanden an den Tankstellen keinen Schutz.',
    },
    // The modal denied too: still not allowed.
    {
      lang: 'en',
      source: 'Night clubs are still not allowed to open.',
      rewrite: 'Night clubs may not open yet.',
    },
    // A verb that denies its infinitive keeps the negation before the particle of focus.
    {
      lang: 'en',
      source: 'Our grandmothers did not simply throw away asparagus peel, but cooked a soup from it.',
      rewrite: 'Our grandmothers refused to simply throw away asparagus peel; they cooked a soup from it.',
    },
    // A verb's present participle in a progressive group is the verb, not the adjective WordNet opposes ("standing
    // water", "running water"): "stand for office" and "run" are one act. German has no progressive form.
    {
      lang: 'en',
      source: 'Two Austrian MEPs are standing for this office.',
      rewrite: 'Two Austrian MEPs are running for this office.',
    },
    // A verb whose meaning holds the negation says the same: the thing is no longer there, the person not there.
    {
      lang: 'de',
      source: 'Der Minister nahm wegen Krankheit nicht an der Sitzung teil.',
      rewrite: 'Der Minister fehlte wegen Krankheit bei der Sitzung.',
    },
    {
      lang: 'de',
      source:
        'Die Regeln ändern sich. Bei Veranstaltungen gibt es keine Personenobergrenze mehr, Besucher müssen aber geimpft sein.',
      rewrite:
        'Die Regeln ändern sich. Bei Veranstaltungen entfällt die Personenobergrenze, Besucher müssen aber weiterhin geimpft sein.',
    },
    {
      lang: 'en',
      source: 'The rules change. Events no longer have a cap on visitors, but visitors must be vaccinated.',
      rewrite:
        'The rules change. The cap on visitors at events was scrapped, but visitors must still be vaccinated.',
    },
    // A verb of ceasing that governs the verb says "no longer" itself.
    {
      lang: 'en',
      source: 'The company no longer sells cars in Europe.',
      rewrite: 'The company has stopped selling cars in Europe.',
    },
    {
      lang: 'de',
      source: 'Die Firma verkauft in Europa keine Autos mehr.',
      rewrite: 'Die Firma hat aufgehört, in Europa Autos zu verkaufen.',
    },
    // A prefix the lexicon confirms as the negation of its base carries the denied ability: "impossible to say".
    {
      lang: 'en',
      source: 'How many people live there cannot be said exactly.',
      rewrite: 'Exactly how many people live there is impossible to say.',
    },
    {
      lang: 'de',
      source: 'Dass die Regel gilt, kann man nicht bestreiten.',
      rewrite: 'Dass die Regel gilt, ist unbestreitbar.',
    },
    {
      lang: 'en',
      source: 'The trade was not legal under the old rules.',
      rewrite: 'Under the old rules the trade was illegal.',
    },
    {
      lang: 'de',
      source: 'Der Handel war nach den alten Regeln nicht legal.',
      rewrite: 'Nach den alten Regeln war der Handel illegal.',
    },
    // Opposites the lexicon gives only for adjectives ("passing"/"running" plays) are no opposites of the verbs.
    {
      lang: 'en',
      source: 'To pass on their knowledge to their children, the clubs are involved in many projects.',
      rewrite: 'The clubs run many projects to hand their knowledge down to their children.',
    },
    // A denied equal amount is the lesser one.
    {
      lang: 'en',
      source: 'It has little summer heat, so it does not contain as much alcohol.',
      rewrite: 'With little summer heat, it contains less alcohol.',
    },
    {
      lang: 'de',
      source: 'Er hat wenig Sommerhitze und enthält daher nicht so viel Alkohol.',
      rewrite: 'Er hat wenig Sommerhitze und enthält daher weniger Alkohol.',
    },
    // Few exceptions made none is an amount changed, not a claim reversed.
    {
      lang: 'en',
      source: 'With very few exceptions, they are the northernmost region.',
      rewrite: 'Without exception, they are the northernmost region.',
    },
    {
      lang: 'de',
      source: 'Mit wenigen Ausnahmen sind sie die nördlichste Region.',
      rewrite: 'Ohne Ausnahme sind sie die nördlichste Region.',
    },
    // "some" → "all" moves along the scale of quantifiers (the number rule's to tell), no opposite.
    { lang: 'en', source: 'Some of the slopes face south.', rewrite: 'All of the slopes face south.' },
    {
      lang: 'de',
      source: 'Einige der Hänge sind nach Süden ausgerichtet.',
      rewrite: 'Alle Hänge sind nach Süden ausgerichtet.',
    },
    // Suffixes of opposites on words the thesaurus gives as synonyms a step apart ("zahllos", "zahlreich": both say
    // many), and the absence told in other words.
    {
      lang: 'de',
      source: 'Es gab zahllose Beschwerden über den Lärm in der Stadt.',
      rewrite: 'Es gab zahlreiche Beschwerden über den Lärm in der Stadt.',
    },
    {
      lang: 'de',
      source: 'Am Ende des Kurses erfolgt eine kostenlose Abschlussprüfung.',
      rewrite: 'Zum Schluss des Kurses gibt es eine Abschlussprüfung, die nichts kostet.',
    },
    {
      lang: 'en',
      source: 'There were countless complaints about the noise in the city.',
      rewrite: 'There were numerous complaints about the noise in the city.',
    },
    // A negated verb reworded as its opposite says the same: in the lexical database a step apart at most ("break"
    // is the opposite of "conform to", a kind of "comply"), or listed ("nicht gewonnen" → "verloren").
    {
      lang: 'en',
      source: 'Companies that do not comply with the laws face fines of up to 20,000 euros.',
      rewrite: 'Companies that break the laws face fines of up to 20,000 euros.',
    },
    {
      lang: 'de',
      source: 'Die Mannschaft hat das Spiel am Sonntag nicht gewonnen.',
      rewrite: 'Die Mannschaft hat das Spiel am Sonntag verloren.',
    },
    // The greater degree by its ending or by "more" is the same comparison.
    {
      lang: 'en',
      source: 'The new rules for landlords are stricter than the old ones, the ministry said.',
      rewrite: 'The new rules for landlords are more strict than the old ones, the ministry said.',
    },
    {
      lang: 'de',
      source: 'Die neuen Regeln für Vermieter sind strenger als die alten, teilte das Ministerium mit.',
      rewrite:
        'Die neuen Regeln für Vermieter sind deutlich strenger als die alten, teilte das Ministerium mit.',
    },
    // An addition kept with another particle of focus, or a restriction kept with another.
    {
      lang: 'de',
      source: 'Der Verein nimmt nicht nur Mitglieder aus der Stadt auf, sondern auch aus dem Umland.',
      rewrite: 'Der Verein nimmt nicht bloß Mitglieder aus der Stadt auf, sondern auch aus dem Umland.',
    },
    {
      lang: 'en',
      source: 'Only members from the city may vote on the new statutes, the chairman said.',
      rewrite: 'Just members from the city may vote on the new statutes, the chairman said.',
    },
    // A privative phrase ("free of", "frei von") denies the noun it governs as "without" and "ohne" do.
    {
      lang: 'en',
      source: 'Shoppers can usually be sure of buying toys free of harmful plasticisers at the market.',
      rewrite: 'Shoppers can usually rely on buying toys without harmful plasticisers at the market.',
    },
    {
      lang: 'de',
      source: 'Auf dem Markt bekommen Kunden meist Spielzeug, das frei von schädlichen Weichmachern ist.',
      rewrite: 'Auf dem Markt bekommen Kunden meist Spielzeug ohne schädliche Weichmacher.',
    },
    // A negation before a particle of focus adds to what is said: "do not only consume" ~ "don't just consume".
    {
      lang: 'en',
      source: 'People do not only consume energy; they also convert it into electricity, the study says.',
      rewrite: "People don't just consume energy; they also convert it into electricity, the study says.",
    },
    {
      lang: 'de',
      source: 'Menschen verbrauchen Energie und wandeln sie auch in Strom um, heißt es in der Studie.',
      rewrite:
        'Menschen verbrauchen nicht bloß Energie, sie wandeln sie auch in Strom um, heißt es in der Studie.',
    },
    // A word of near-negation right before a figure bounds the figure: "barely 200" is about "nearly 200".
    {
      lang: 'en',
      source: 'Barely 200 people came to the rally in the city centre, police said.',
      rewrite: 'Nearly 200 people came to the rally in the city centre, police said.',
    },
    {
      lang: 'de',
      source: 'Zur Kundgebung in der Innenstadt kamen kaum 200 Menschen, teilte die Polizei mit.',
      rewrite: 'Zur Kundgebung in der Innenstadt kamen knapp 200 Menschen, teilte die Polizei mit.',
    },
    // The denial kept in other words: "non-EU countries" as "countries outside the EU".
    {
      lang: 'en',
      source: 'The government wants to recruit workers abroad, including from non-EU countries.',
      rewrite: 'The government wants to recruit workers abroad, including from countries outside the EU.',
    },
    {
      lang: 'de',
      source: 'Die Politik will Menschen aus dem Ausland anwerben, auch aus Nicht-EU-Ländern.',
      rewrite: 'Die Politik will Menschen aus dem Ausland anwerben, auch aus Ländern außerhalb der EU.',
    },
    // "for" and "against" moved with their objects, or in another place: no stand reversed.
    {
      lang: 'en',
      source: 'Eva Moser voted against the motion and for the amendment.',
      rewrite: 'Eva Moser voted for the amendment and against the motion.',
    },
    {
      lang: 'de',
      source: 'Eva Moser stimmte gegen den Antrag und für die Änderung.',
      rewrite: 'Eva Moser stimmte für die Änderung und gegen den Antrag.',
    },
    // A negation said by a word's form on the other side: a privative suffix or a negating prefix.
    {
      lang: 'en',
      source: 'Putin rejected a 30-day ceasefire without preconditions that Trump had proposed.',
      rewrite: 'Putin turned down the unconditional 30-day ceasefire Trump had proposed.',
    },
    {
      lang: 'de',
      source: 'Putin lehnte eine Waffenruhe ohne Vorbedingungen ab.',
      rewrite: 'Putin lehnte eine bedingungslose Waffenruhe ab.',
    },
    {
      lang: 'de',
      source: 'Putin lehnte eine bedingungslose Waffenruhe ab.',
      rewrite: 'Putin lehnte eine Waffenruhe ohne Vorbedingungen ab.',
    },
    {
      lang: 'en',
      source: 'The imported goods from the free port were tax-free for the buyers.',
      rewrite: 'The imported goods from the free port came without tax for the buyers.',
    },
    {
      lang: 'en',
      source: 'The company said it is unaware of any injuries linked to the recalled vehicles.',
      rewrite: 'The company said it is not aware of any injuries linked to the recalled vehicles.',
    },
    {
      lang: 'de',
      source: 'Die Ursache des Brandes im Lager war zunächst unklar.',
      rewrite: 'Die Ursache des Brandes im Lager war zunächst nicht klar.',
    },
    // "unlikely to put up with" keeps "not accept": "put" is its own infinitive (its past is its base).
    {
      lang: 'en',
      source: "Rubio said Trump would probably not accept the Kremlin's delaying tactics for much longer.",
      rewrite: "Rubio said Trump was unlikely to put up with the Kremlin's stalling for much longer.",
    },
    // "not the only" denies exclusiveness as "not only" adds to what is said: the same claim.
    {
      lang: 'en',
      source: 'It is not only excessive body weight that carries risks.',
      rewrite: 'Excessive body weight is not the only thing that carries risks.',
    },
    {
      lang: 'de',
      source: 'Nicht nur ein zu hohes Körpergewicht ist mit Risiken verbunden.',
      rewrite: 'Ein zu hohes Körpergewicht ist nicht das einzige Risiko.',
    },
    // A comma and a clause after a preposition's noun phrase are no list it governs.
    {
      lang: 'en',
      source: 'He travelled without an escort, and the others stayed home.',
      rewrite: 'He travelled without an escort, while the others stayed at home.',
    },
    {
      lang: 'de',
      source: 'Er reiste ohne Begleitung, und die anderen blieben zu Hause.',
      rewrite: 'Er reiste ohne Begleitung, während die anderen zu Hause blieben.',
    },
    // "ever" right after a negating preposition is "never": "without ever", "ohne jemals".
    {
      lang: 'en',
      source: 'He has driven since the age of twelve without ever having had a licence.',
      rewrite: 'He has driven since the age of twelve and has never had a licence.',
    },
    {
      lang: 'de',
      source: 'Er fährt seit seinem zwölften Lebensjahr, ohne jemals einen Führerschein gehabt zu haben.',
      rewrite: 'Er fährt seit seinem zwölften Lebensjahr und hatte niemals einen Führerschein.',
    },
    // A comparison with every time before: "than ever" is "never", "als je zuvor" is "wie nie zuvor".
    {
      lang: 'en',
      source: 'Prices are higher than ever.',
      rewrite: 'Prices have never been higher.',
    },
    {
      lang: 'de',
      source: 'Laut Trump ist eine Einigung näher als je zuvor.',
      rewrite: 'Trump zufolge ist eine Einigung so nah wie nie zuvor.',
    },
    {
      lang: 'de',
      source: 'Nie zuvor waren die Preise so hoch.',
      rewrite: 'Die Preise sind höher als je zuvor.',
    },
    // A privative preposition before a bare noun keeps the negation: "keinen Zweifel" → "außer Zweifel".
    {
      lang: 'de',
      source: 'Dass der Lockdown verlängert wird, daran ließ der Minister keinen Zweifel.',
      rewrite: 'Dass der Lockdown verlängert wird, stand für den Minister außer Zweifel.',
    },
    {
      lang: 'en',
      source: 'The lift at the station has not been in service since May.',
      rewrite: 'The lift at the station has been out of service since May.',
    },
    // Opposite words of a time ("early" / "late March") are a time changed: the date-time rule's.
    {
      lang: 'en',
      source: 'The vote will take place in early March.',
      rewrite: 'The vote will take place in late March.',
    },
    // A word negated by its prefix, said with the negation as a word of its own a little before it.
    {
      lang: 'de',
      source: 'Die Medien berichteten unter Berufung auf nichtgenannte Regierungsvertreter über den Abzug.',
      rewrite:
        'Die Medien berichteten unter Berufung auf nicht namentlich genannte Regierungsvertreter über den Abzug.',
    },
    {
      lang: 'en',
      source: 'The papers reported the withdrawal, citing unnamed government officials.',
      rewrite: 'The papers reported the withdrawal, citing government officials who were not publicly named.',
    },
    // A negating verb in another form than the rewrite's ("failing to" / "failed to") is the same negation.
    {
      lang: 'en',
      source: 'Last year the chain pulled out of Italy after failing to win over the home of pizza.',
      rewrite: 'Last year the chain beat a retreat from Italy, having failed to win over the home of pizza.',
    },
    {
      lang: 'en',
      source: 'The minister refused to comment on the report, his office said.',
      rewrite: 'His office said the minister was refusing to comment on the report.',
    },
    // Both poles in the source, each restated in other words: "up" restates the increase, not the decrease.
    {
      lang: 'en',
      source: 'Exports showed a 12% decrease in March, while imports showed only a 3% increase.',
      rewrite: 'Exports were 12% lower in March, while imports were up by only 3%.',
    },
    {
      lang: 'de',
      source:
        'Die Exporte verzeichneten im März einen Rückgang um zwölf Prozent, die Importe einen Anstieg um drei Prozent.',
      rewrite: 'Die Exporte sanken im März um zwölf Prozent, die Importe stiegen um drei Prozent.',
    },
    // An opposite by prefix restated as a negation of the plain word: the same claim.
    {
      lang: 'en',
      source: 'The company said it is unaware of any injuries linked to the recall.',
      rewrite: 'The company said it is not aware of any injuries linked to the recall.',
    },
    {
      lang: 'de',
      source: 'Die Medien beriefen sich auf nichtgenannte Regierungsvertreter in Washington.',
      rewrite: 'Die Medien beriefen sich auf nicht genannte Regierungsvertreter in Washington.',
    },
    // A negation kept in a prefix-negated adjective that governs the verb: "unable to", "unmöglich, … zu".
    {
      lang: 'en',
      source: 'The hospital said it could not treat all the patients on Sunday.',
      rewrite: 'The hospital said it was unable to treat all the patients on Sunday.',
    },
    {
      lang: 'en',
      source: 'The carrier was unable to land the plane in the fog.',
      rewrite: 'In the fog the carrier could not land the plane.',
    },
    {
      lang: 'de',
      source: 'Der Verein teilte mit, er könne die Gehälter im Dezember nicht zahlen.',
      rewrite: 'Dem Verein sei es unmöglich, die Gehälter im Dezember zu zahlen, teilte er mit.',
    },
    {
      lang: 'de',
      source: 'Die Feuerwehr war unfähig, das Gebäude rechtzeitig zu erreichen.',
      rewrite: 'Die Feuerwehr konnte das Gebäude nicht rechtzeitig erreichen.',
    },
    // A negation moved onto another word of the statement: as many negations as before.
    {
      lang: 'de',
      source: 'Bei Konzerten gibt es ab Montag keine Obergrenze für Besucher mehr.',
      rewrite: 'Ab Montag gilt die Obergrenze für Besucher bei Konzerten nicht mehr.',
    },
    {
      lang: 'en',
      source: 'The storm caused no damage to the harbour, officials said.',
      rewrite: 'The storm did not damage the harbour, officials said.',
    },
    {
      lang: 'en',
      source: 'The inspectors did not see any damage to the reactor building.',
      rewrite: 'The inspectors saw no damage to the reactor building.',
    },
    {
      lang: 'en',
      source: 'The storm caused huge damage along the coast on Sunday.',
      rewrite: 'The storm caused enormous damage along the coast on Sunday.',
    },
    {
      lang: 'en',
      source: 'The team finished second in the league this season.',
      rewrite: 'The team finished second in the league this season, its best result.',
    },
    {
      lang: 'de',
      source:
        'Die Forscher untersuchten das Zentrum ferner Galaxien. Die Bilder zeigen nicht, wie sich die Galaxien entwickeln. Das Team veröffentlichte seine Ergebnisse am Montag.',
      rewrite:
        'Die Forscher untersuchten das Zentrum ferner Galaxien. Wie sich Galaxien entwickeln, zeigen die Aufnahmen nicht. Das Team veröffentlichte seine Ergebnisse am Montag.',
    },
    {
      lang: 'en',
      source: 'The central bank bought bonds on Wednesday to contain rising yields.',
      rewrite: 'The central bank bought bonds on Wednesday to curb rising yields.',
    },
    {
      lang: 'en',
      source: 'Staff are now forced to delete the app from their work phones.',
      rewrite: 'Staff are now required to remove the app from their work phones.',
    },
    {
      lang: 'de',
      source: 'Die Ankündigung wurde in Brüssel mit wenig Begeisterung aufgenommen.',
      rewrite: 'In Brüssel stieß die Ankündigung auf verhaltene Begeisterung.',
    },
    {
      lang: 'en',
      source: 'Investors were worried about the bank after the results on Monday.',
      rewrite: 'After the results on Monday, investors were concerned about the bank.',
    },
    {
      lang: 'de',
      source: 'Eine 30-tägige Waffenruhe ohne Vorbedingungen hat Putin aber abgelehnt.',
      rewrite: 'Putin hat eine 30-tägige Waffenruhe ohne Vorbedingungen jedoch abgelehnt.',
    },
    {
      lang: 'de',
      source: 'Der Präsident werde die Taktik nicht mehr lange akzeptieren, hieß es.',
      rewrite: 'Der Präsident werde die Taktik bald nicht mehr akzeptieren, hieß es.',
    },
    {
      lang: 'en',
      source:
        'The Hang Seng index in Hong Kong dropped, while in Tokyo the central bank said it would buy bonds to contain yields.',
      rewrite: 'In Tokyo the central bank said it would buy bonds to contain increased yields.',
    },
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'On Tuesday the council failed to approve the new budget.',
    },
    {
      lang: 'de',
      source: 'Die Geheimdienste erwarten keinen russischen Durchbruch an der Front im Osten.',
      rewrite: 'Einen russischen Durchbruch an der Front im Osten erwarten die Geheimdienste nicht.',
    },
    {
      lang: 'de',
      source: 'Die Preise sind im März deutlich gestiegen.',
      rewrite: 'Im März sind die Preise deutlich gestiegen.',
    },
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'On Tuesday the council did not approve the new budget.',
    },
    {
      lang: 'en',
      source: 'Sales rose sharply in the second quarter.',
      rewrite: 'In the second quarter, sales rose sharply.',
    },
    {
      lang: 'de',
      source: 'Der Unfall auf der Autobahn legte den Verkehr stundenlang lahm.',
      rewrite: 'Der Fall auf der Autobahn legte den Verkehr stundenlang lahm.',
    },
    {
      lang: 'en',
      source: 'The agency flew an uncrewed aircraft over the border.',
      rewrite: 'An unmanned aircraft was flown over the border by the agency.',
    },
    {
      lang: 'en',
      source: 'The new images reveal the glowing heart of the distant galaxy.',
      rewrite: 'The new images show the glowing heart of the distant galaxy.',
    },
    // A figure's bound turned round is the number rule's to tell, with the figure as evidence.
    {
      lang: 'en',
      source: 'At least 65 percent of all packaging waste must be recycled every year.',
      rewrite: 'Each year, at most 65 percent of all packaging waste must be recycled.',
    },
    {
      lang: 'de',
      source: 'Mindestens 65 Prozent aller Verpackungsabfälle müssen jedes Jahr recycelt werden.',
      rewrite: 'Höchstens 65 Prozent aller Verpackungsabfälle müssen jedes Jahr recycelt werden.',
    },
    // "vor zwei Jahren" → "nach zwei Jahren" is a time, the date-time rule's to tell.
    {
      lang: 'de',
      source: 'Vor zwei Jahren trat das Gesetz in Kraft.',
      rewrite: 'Nach zwei Jahren trat das Gesetz in Kraft.',
    },
    // Words that share a sense are no opposites, though each has an opposite of its own: "schwierig" / "schwer"
    // (difficult), "gering" / "niedrig" (low).
    {
      lang: 'de',
      source: 'Die Verhandlungen gelten als schwierig, die Erwartungen sind gering.',
      rewrite: 'Die Verhandlungen gelten als schwer, die Erwartungen sind niedrig.',
    },
    {
      lang: 'en',
      source: 'The talks are considered difficult, and expectations are low.',
      rewrite: 'The talks are considered hard, and expectations are modest.',
    },
    // A clause's negation moved into a preposition over the same noun: the same claim.
    {
      lang: 'de',
      source: 'Der Minister reiste nicht mit Begleitung nach Kiew.',
      rewrite: 'Der Minister reiste ohne Begleitung nach Kiew.',
    },
    {
      lang: 'en',
      source: 'The minister did not travel to Kyiv with an escort.',
      rewrite: 'The minister travelled to Kyiv without an escort.',
    },
    // A negation with a negating preposition after it denies an absence: the thing is there.
    {
      lang: 'en',
      source: 'No German Christmas plate is without the classic: Vanillekipferl.',
      rewrite: 'One classic is found on every German Christmas plate: Vanillekipferl.',
    },
    {
      lang: 'de',
      source: 'In dieser Stadt ist kein Fest ohne Musik.',
      rewrite: 'In dieser Stadt gibt es bei jedem Fest Musik.',
    },
    // A verb of prevention holds the negation: what it prevents does not happen, said of the same thing in another form.
    {
      lang: 'en',
      source: 'They are often padded everywhere so that no one is injured.',
      rewrite: 'They are often padded everywhere to prevent injuries.',
    },
    {
      lang: 'de',
      source: 'Sie sind überall gepolstert, damit sich niemand verletzt.',
      rewrite: 'Sie sind überall gepolstert, um Verletzungen zu verhindern.',
    },
  ],
  invalid: [
    // A denied possibility or permission granted by a modal.
    {
      lang: 'de',
      source: 'In Wien ist die Nachtgastronomie auch nach dem Lockdown weiterhin nicht erlaubt.',
      rewrite: 'In Wien darf die Nachtgastronomie nach dem Lockdown wieder öffnen.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'nicht',
          rewrite: 'In Wien darf die Nachtgastronomie nach dem Lockdown wieder öffnen.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Night clubs are still not allowed to open.',
      rewrite: 'Night clubs may open again.',
      errors: [
        { messageId: 'removed', severity: 'medium', source: 'not', rewrite: 'Night clubs may open again.' },
      ],
    },
    // Opposites of many translations, confirmed as adjectives and as adverbs ("natürlich"/"künstlich").
    {
      lang: 'de',
      source: 'Guarana ist ein natürlicher Koffeinlieferant.',
      rewrite: 'Guarana ist ein künstlicher Koffeinlieferant.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'natürlicher', rewrite: 'künstlicher' }],
    },
    {
      lang: 'en',
      source: 'Guarana is a natural source of caffeine.',
      rewrite: 'Guarana is an artificial source of caffeine.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'natural', rewrite: 'artificial' }],
    },
    // The denying verb made an affirmation: the restriction reversed.
    {
      lang: 'en',
      source: 'The firm refused to only sell shoes.',
      rewrite: 'The firm only sells shoes.',
      errors: [{ messageId: 'focusReversed', severity: 'high', source: 'refused to only', rewrite: 'only' }],
    },
    // Made not the only one where the source makes it the only one: a negation inserted.
    {
      lang: 'en',
      source: 'Excessive body weight is the only thing that carries risks.',
      rewrite: 'Excessive body weight is not the only thing that carries risks.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Excessive body weight is the only thing that carries risks.',
          rewrite: 'not',
        },
      ],
    },
    // A negating preposition denies every member of the list it governs: "ohne Abwertungen, Gebote und Verbote".
    {
      lang: 'de',
      source: 'Wichtig ist eine wertschätzende Kommunikation ohne Abwertungen, Gebote und Verbote.',
      rewrite: 'Wichtig ist eine Kommunikation mit klaren Geboten und Verboten.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'ohne',
          rewrite: 'Wichtig ist eine Kommunikation mit klaren Geboten und Verboten.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'What matters is respectful communication without insults, commands or prohibitions.',
      rewrite: 'What matters is communication with clear commands and prohibitions.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'without',
          rewrite: 'What matters is communication with clear commands and prohibitions.',
        },
      ],
    },
    // A coordinator that sets the second member against the first ends what the preposition denies.
    {
      lang: 'de',
      source: 'Der Mann ist jahrelang ohne Führerschein, aber mit Versicherung Auto gefahren.',
      rewrite: 'Der Mann ist jahrelang ohne Führerschein und ohne Versicherung Auto gefahren.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Der Mann ist jahrelang ohne Führerschein, aber mit Versicherung Auto gefahren.',
          rewrite: 'ohne',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The man drove for years without a valid licence but with insurance.',
      rewrite: 'The man drove for years without a valid licence and without insurance.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The man drove for years without a valid licence but with insurance.',
          rewrite: 'without',
        },
      ],
    },
    // Silence made a statement: the negation a predicate of silence holds is removed; the verb is reworded, so medium.
    {
      lang: 'en',
      source: "Police were also keeping quiet about the time of the woman's death.",
      rewrite: "Police also named the time of the woman's death.",
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'keeping quiet',
          rewrite: "Police also named the time of the woman's death.",
        },
      ],
    },
    {
      lang: 'de',
      source: 'Auch zum Zeitpunkt des Todes der Frau hielt man sich bedeckt.',
      rewrite: 'Auch den Zeitpunkt des Todes der Frau nannte die Polizei.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'hielt man sich bedeckt',
          rewrite: 'Auch den Zeitpunkt des Todes der Frau nannte die Polizei.',
        },
      ],
    },
    // What had happened told as not yet happened: "had yet to confirm", "noch nicht bestätigt".
    {
      lang: 'en',
      source: 'The post-mortem had confirmed this, he said.',
      rewrite: 'The post-mortem had yet to confirm this, he said.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The post-mortem had confirmed this, he said.',
          rewrite: 'yet to',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Obduktion habe das bestätigt, sagte er.',
      rewrite: 'Die Obduktion habe das noch nicht bestätigt, sagte er.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Obduktion habe das bestätigt, sagte er.',
          rewrite: 'nicht',
        },
      ],
    },
    // A figure's direction reversed, though the rewrite says the source's word of another figure.
    {
      lang: 'de',
      source: 'Gas kostete um 15,6 Prozent mehr, Strom um 9,6 Prozent.',
      rewrite: 'Gas kostete um 15,6 Prozent weniger, Strom um 9,6 Prozent mehr.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'mehr', rewrite: 'weniger' }],
    },
    {
      lang: 'en',
      source: 'Gas cost 15.6 per cent more, electricity 9.6 per cent.',
      rewrite: 'Gas cost 15.6 per cent less, electricity 9.6 per cent more.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'more', rewrite: 'less' }],
    },
    {
      lang: 'de',
      source: 'Im Monatsabstand zeigte der Verbraucherpreisindex ein Plus von 0,6 Prozent.',
      rewrite: 'Im Monatsabstand zeigte der Verbraucherpreisindex ein Minus von 0,6 Prozent.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Plus', rewrite: 'Minus' }],
    },
    // What was done told as what could not be done.
    {
      lang: 'en',
      source: 'The firm paid the wages in March.',
      rewrite: 'The firm was unable to pay the wages in March.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The firm paid the wages in March.',
          rewrite: 'unable to',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Firma zahlte die Löhne im März.',
      rewrite: 'Die Firma konnte die Löhne im März nicht zahlen.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Firma zahlte die Löhne im März.',
          rewrite: 'nicht',
        },
      ],
    },
    // A synonym of the source's verb denied denies the same event ("purchased" → "did not buy"); the verb is reworded,
    // so medium, as for any negation around another verb.
    {
      lang: 'en',
      source: 'The company purchased the land last year.',
      rewrite: 'The company did not buy the land last year.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'The company purchased the land last year.',
          rewrite: 'not',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Freiwillige Angaben zu Ballaststoffen dürfen auf dem Etikett ergänzt werden.',
      rewrite: 'Freiwillige Angaben zu Ballaststoffen dürfen auf dem Etikett nicht hinzugefügt werden.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'Freiwillige Angaben zu Ballaststoffen dürfen auf dem Etikett ergänzt werden.',
          rewrite: 'nicht',
        },
      ],
    },
    // Verbs that are opposites stay opposites in the progressive.
    {
      lang: 'en',
      source: 'The fund is buying shares of the company.',
      rewrite: 'The fund is selling shares of the company.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'buying', rewrite: 'selling' }],
    },
    // The negation of a denied absence dropped, the absence is stated.
    {
      lang: 'en',
      source: 'The plan is not without risk.',
      rewrite: 'The plan is without risk.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The plan is not without risk.',
          rewrite: 'without',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Er ging nicht ohne zu zahlen.',
      rewrite: 'Er ging ohne zu zahlen.',
      errors: [
        { messageId: 'inserted', severity: 'high', source: 'Er ging nicht ohne zu zahlen.', rewrite: 'ohne' },
      ],
    },
    // An equal amount denied, then said to be greater: the reverse.
    {
      lang: 'en',
      source: 'It has little summer heat, so it does not contain as much alcohol.',
      rewrite: 'It has little summer heat, so it contains more alcohol.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'It has little summer heat, so it contains more alcohol.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Er enthält daher nicht so viel Alkohol.',
      rewrite: 'Er enthält daher viel Alkohol.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite: 'Er enthält daher viel Alkohol.',
        },
      ],
    },
    // "many" → "few" crosses the middle of the scale: an opposite.
    {
      lang: 'en',
      source: 'Many visitors came to the festival.',
      rewrite: 'Few visitors came to the festival.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Many', rewrite: 'Few' }],
    },
    {
      lang: 'de',
      source: 'Viele Besucher kamen zum Fest.',
      rewrite: 'Wenige Besucher kamen zum Fest.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Viele', rewrite: 'Wenige' }],
    },
    // The same verb with the negation gone is the reverse, whatever its opposites.
    {
      lang: 'en',
      source: 'The company did not comply with the order, the court said.',
      rewrite: 'The company complied with the order, the court said.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'The company complied with the order, the court said.',
        },
      ],
    },
    // Opposites by word formation: the suffix that says a thing is absent put for the one that says it is there or
    // owed ("kostenlos" / "kostenpflichtig"); English opposites of this kind come from WordNet.
    {
      lang: 'de',
      source: 'Am Ende des Kurses erfolgt eine kostenlose Abschlussprüfung.',
      rewrite: 'Zum Schluss des Kurses gibt es eine kostenpflichtige Abschlussprüfung.',
      errors: [
        { messageId: 'reversed', severity: 'high', source: 'kostenlose', rewrite: 'kostenpflichtige' },
      ],
    },
    {
      lang: 'en',
      source: 'The chemicals found in the river were harmless, the agency said.',
      rewrite: 'The chemicals found in the river were harmful, the agency said.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'harmless', rewrite: 'harmful' }],
    },
    // A comparison turned round: the lesser degree put for the greater, or the reverse.
    {
      lang: 'en',
      source: 'Tenants fear the less strict rules for landlords in the new law, the association said.',
      rewrite: 'Tenants fear the stricter rules for landlords in the new law, the association said.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'less strict', rewrite: 'stricter' }],
    },
    {
      lang: 'de',
      source: 'Mieter fürchten die weniger strengen Regeln für Vermieter im neuen Gesetz, sagte der Verband.',
      rewrite: 'Mieter fürchten die strengeren Regeln für Vermieter im neuen Gesetz, sagte der Verband.',
      errors: [
        { messageId: 'reversed', severity: 'high', source: 'weniger strengen', rewrite: 'strengeren' },
      ],
    },
    {
      lang: 'en',
      source: 'The new rules for landlords are stricter than the old ones, the ministry said.',
      rewrite: 'The new rules for landlords are less strict than the old ones, the ministry said.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'stricter', rewrite: 'less strict' }],
    },
    // "not only" made "only", and the reverse: an addition made a restriction.
    {
      lang: 'de',
      source: 'Der Verein nimmt nicht nur Mitglieder aus der Stadt auf.',
      rewrite: 'Der Verein nimmt nur Mitglieder aus der Stadt auf.',
      errors: [{ messageId: 'focusReversed', severity: 'high', source: 'nicht nur', rewrite: 'nur' }],
    },
    {
      lang: 'en',
      source: 'The club does not only take members from the city, the chairman said.',
      rewrite: 'The club takes only members from the city, the chairman said.',
      errors: [{ messageId: 'focusReversed', severity: 'high', source: 'not only', rewrite: 'only' }],
    },
    {
      lang: 'en',
      source: 'Only members from the city may vote on the new statutes, the chairman said.',
      rewrite: 'Not only members from the city may vote on the new statutes, the chairman said.',
      errors: [{ messageId: 'focusReversed', severity: 'high', source: 'Only', rewrite: 'Not only' }],
    },
    {
      lang: 'de',
      source: 'Nur Mitglieder aus der Stadt dürfen über die neue Satzung abstimmen, sagte der Vorsitzende.',
      rewrite:
        'Nicht nur Mitglieder aus der Stadt dürfen über die neue Satzung abstimmen, sagte der Vorsitzende.',
      errors: [{ messageId: 'focusReversed', severity: 'high', source: 'Nur', rewrite: 'Nicht nur' }],
    },
    // The focus gone and the negation kept, it denies.
    {
      lang: 'de',
      source:
        'Menschen verbrauchen nicht nur Energie, sie wandeln sie auch in Strom um, heißt es in der Studie.',
      rewrite: 'Menschen verbrauchen keine Energie, sie wandeln sie in Strom um, heißt es in der Studie.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source:
            'Menschen verbrauchen nicht nur Energie, sie wandeln sie auch in Strom um, heißt es in der Studie.',
          rewrite: 'keine',
        },
      ],
    },
    // "kaum" denies nearly all, as "hardly" does.
    {
      lang: 'de',
      source: 'Durch die Roboter fallen Jobs weg, aber es entstehen auch neue Tätigkeiten.',
      rewrite: 'Durch die Roboter fallen Jobs weg, neue Tätigkeiten entstehen dabei kaum.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Durch die Roboter fallen Jobs weg, aber es entstehen auch neue Tätigkeiten.',
          rewrite: 'kaum',
        },
      ],
    },
    // A prefix set off by its hyphen denies a name or a noun too: "non-EU", "Nicht-EU-Ländern".
    {
      lang: 'en',
      source: 'The government wants to recruit workers abroad, including from non-EU countries.',
      rewrite: 'The government wants to recruit workers abroad, but only from EU countries.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'non-EU', rewrite: 'EU' }],
    },
    {
      lang: 'de',
      source: 'Die Politik will Menschen aus dem Ausland anwerben, auch aus Nicht-EU-Ländern.',
      rewrite: 'Die Politik will Menschen aus dem Ausland anwerben, allerdings nur aus EU-Ländern.',
      errors: [
        { messageId: 'reversed', severity: 'high', source: 'Nicht-EU-Ländern', rewrite: 'EU-Ländern' },
      ],
    },
    // "for" and "against" take opposite stands: one put for the other in the same place reverses the vote.
    {
      lang: 'de',
      source: 'Im Ausschuss stimmte Eva Moser gegen den Antrag, ihr Kollege votierte dafür.',
      rewrite: 'Im Ausschuss stimmte Eva Moser für den Antrag, ihr Kollege votierte dafür.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'gegen', rewrite: 'für' }],
    },
    {
      lang: 'de',
      source: 'Im Ausschuss stimmte Eva Moser für den Antrag, ihr Kollege votierte dagegen.',
      rewrite: 'Im Ausschuss stimmte Eva Moser für den Antrag, ihr Kollege votierte dafür.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'dagegen', rewrite: 'dafür' }],
    },
    {
      lang: 'en',
      source: 'In committee, Eva Moser voted against the motion and her colleague voted for it.',
      rewrite: 'In committee, Eva Moser voted for the motion and her colleague voted for it.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'against', rewrite: 'for' }],
    },
    // "before" and "after" order two events: one put for the other reverses which came first.
    {
      lang: 'de',
      source: 'Nach Großbritannien und Skandinavien griffen die Deutschen die Idee des Feiertags auf.',
      rewrite: 'Vor Großbritannien und Skandinavien griffen die Deutschen die Idee des Feiertags auf.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Nach', rewrite: 'Vor' }],
    },
    {
      lang: 'de',
      source: 'Nachdem der Vertrag unterzeichnet war, zogen die Truppen aus der Stadt ab.',
      rewrite: 'Bevor der Vertrag unterzeichnet war, zogen die Truppen aus der Stadt ab.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Nachdem', rewrite: 'Bevor' }],
    },
    {
      lang: 'en',
      source: 'The Germans took up the idea of the holiday after Britain and Scandinavia.',
      rewrite: 'The Germans took up the idea of the holiday before Britain and Scandinavia.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'after', rewrite: 'before' }],
    },
    // An adjective or adverb for its opposite, by the generated lists (German: FreeDict and WordNet; English:
    // WordNet), in any inflection or degree: "seltener" is "selten", "längeren" is "lang".
    {
      lang: 'de',
      source: 'Schwere Unfälle sind auf dieser Strecke inzwischen selten, sagte der Sprecher der Bahn.',
      rewrite: 'Schwere Unfälle sind auf dieser Strecke inzwischen häufig, sagte der Sprecher der Bahn.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'selten', rewrite: 'häufig' }],
    },
    {
      lang: 'de',
      source: 'Viele Beschäftigte wünschen sich längere Pausen am Nachmittag.',
      rewrite: 'Viele Beschäftigte wünschen sich kürzere Pausen am Nachmittag.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'längere', rewrite: 'kürzere' }],
    },
    {
      lang: 'de',
      source: 'Über die neue Brücke fahren täglich rund 20.000 Autos.',
      rewrite: 'Über die alte Brücke fahren täglich rund 20.000 Autos.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'neue', rewrite: 'alte' }],
    },
    {
      lang: 'en',
      source: 'Serious accidents on this line are now rare, a spokesman for the railway said.',
      rewrite: 'Serious accidents on this line are now common, a spokesman for the railway said.',
      // WordNet's opposite of "rare" is "common" only through its cluster ("rare" is a kind of "uncommon"): medium.
      errors: [{ messageId: 'reversed', severity: 'medium', source: 'rare', rewrite: 'common' }],
    },
    {
      lang: 'en',
      source: 'Many employees would like longer breaks in the afternoon.',
      rewrite: 'Many employees would like shorter breaks in the afternoon.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'longer', rewrite: 'shorter' }],
    },
    // A split verb is read by its lemma ("stimmte … zu" is "zustimmen"); "ohne"/"without" denies its own phrase, not
    // the verb, so the verb's opposite is a reversal.
    {
      lang: 'de',
      source:
        'Eine von Trump vorgeschlagene 30-tägige Waffenruhe ohne Vorbedingungen hat Putin aber abgelehnt.',
      rewrite: 'Putin stimmte einer von Trump vorgeschlagenen 30-tägigen Waffenruhe ohne Vorbedingungen zu.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'abgelehnt', rewrite: 'stimmte' }],
    },
    {
      lang: 'en',
      source: 'A 30-day ceasefire without preconditions proposed by Trump was rejected by Putin.',
      rewrite: 'Putin accepted a 30-day ceasefire without preconditions proposed by Trump.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'rejected', rewrite: 'accepted' }],
    },
    // "not yet" → "already", "noch nicht" → "bereits": the phase reversed, the verb said in other words (medium).
    // "inzwischen", "mittlerweile" say the state is reached by now, as "bereits" does: "noch nicht" reversed.
    {
      lang: 'de',
      source: 'Speichern lässt sich die gewonnene Energie noch nicht auf Dauer, sagen die Forscher.',
      rewrite: 'Die gewonnene Energie lässt sich mittlerweile dauerhaft speichern, sagen die Forscher.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'nicht',
          rewrite: 'Die gewonnene Energie lässt sich mittlerweile dauerhaft speichern, sagen die Forscher.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The energy cannot yet be stored for long, the researchers say.',
      rewrite: 'The energy can already be stored permanently, the researchers say.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'cannot',
          rewrite: 'The energy can already be stored permanently, the researchers say.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'Ryabkov said Moscow had not yet been informed of any agreements reached in Berlin.',
      rewrite: 'Russia had already been told of the agreements reached in Berlin, Ryabkov said.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'not',
          rewrite: 'Russia had already been told of the agreements reached in Berlin, Ryabkov said.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regierung hat noch nicht entschieden, ob sie die Steuern erhöht.',
      rewrite: 'Die Regierung hat bereits beschlossen, die Steuern zu erhöhen.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'nicht',
          rewrite: 'Die Regierung hat bereits beschlossen, die Steuern zu erhöhen.',
        },
      ],
    },
    // A preposition's negation governs its noun phrase only: "ohne Unterbrechung" does not take over the "nicht" the
    // verb lost.
    {
      lang: 'de',
      source:
        'Nach dem Zweiten Weltkrieg wurde der Muttertag in den meisten Städten des Landes nicht mehr gefeiert.',
      rewrite:
        'Nach dem Zweiten Weltkrieg wurde der Muttertag in den meisten Städten des Landes ohne Unterbrechung gefeiert.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite:
            'Nach dem Zweiten Weltkrieg wurde der Muttertag in den meisten Städten des Landes ohne Unterbrechung gefeiert.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'After the fire the factory did not reopen.',
      rewrite: 'After the fire the factory reopened without delay.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'After the fire the factory reopened without delay.',
        },
      ],
    },
    // A word denied by its form, denied again: "not unaware" says the opposite.
    {
      lang: 'en',
      source: 'The company said it is unaware of any injuries linked to the recalled vehicles.',
      rewrite: 'The company said it is not unaware of any injuries linked to the recalled vehicles.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The company said it is unaware of any injuries linked to the recalled vehicles.',
          rewrite: 'not',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Ursache des Brandes im Lager war zunächst unklar.',
      rewrite: 'Die Ursache des Brandes im Lager war zunächst nicht unklar.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Ursache des Brandes im Lager war zunächst unklar.',
          rewrite: 'nicht',
        },
      ],
    },
    // "never" with no "than ever" on the other side is still inserted.
    {
      lang: 'en',
      source: 'Prices have rarely been higher than in May.',
      rewrite: 'Prices have never been higher than in May.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Prices have rarely been higher than in May.',
          rewrite: 'never',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Er war schon einmal in Berlin.',
      rewrite: 'Er war noch nie in Berlin.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'Er war schon einmal in Berlin.',
          rewrite: 'nie',
        },
      ],
    },
    // A privative preposition governs a noun phrase: the statement is reworded around it when the clause's verb is
    // not the source's ("disrupted power to" → "left … without power"), which a verb of taking away may carry
    // (medium; the pack's verbs that take a supply away, "cut", "kappen", say it outright); a gerund after it is its
    // verb ("without paying").
    {
      lang: 'en',
      source: 'The storm disrupted power to many homes in the north of the county.',
      rewrite: 'The storm left many homes in the north of the county without power.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'The storm disrupted power to many homes in the north of the county.',
          rewrite: 'without',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Sturm unterbrach in vielen Häusern im Norden des Landes die Versorgung mit Strom.',
      rewrite: 'Der Sturm ließ viele Häuser im Norden des Landes ohne Strom.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'Der Sturm unterbrach in vielen Häusern im Norden des Landes die Versorgung mit Strom.',
          rewrite: 'ohne',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The visitors left the museum after paying for their tickets.',
      rewrite: 'The visitors left the museum without paying for their tickets.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The visitors left the museum after paying for their tickets.',
          rewrite: 'without',
        },
      ],
    },
    // A word both sides deny by its form does not keep a negation inserted before it.
    {
      lang: 'en',
      source: 'The earliest stages of a star have remained out of view because of the dust.',
      rewrite: 'The earliest stages of a star have not remained out of view because of the dust.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The earliest stages of a star have remained out of view because of the dust.',
          rewrite: 'not',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Das Gesetz ist seit Mai außer Kraft, sagte der Minister.',
      rewrite: 'Das Gesetz ist seit Mai nicht außer Kraft, sagte der Minister.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Das Gesetz ist seit Mai außer Kraft, sagte der Minister.',
          rewrite: 'nicht',
        },
      ],
    },
    // A verb of removal the negated side says too carries nothing of the negation.
    {
      lang: 'en',
      source: 'The rules are strict. Staff must remove the app from their work phones.',
      rewrite: 'The rules are strict. Staff are not forced to remove the app from their work phones.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source: 'Staff must remove the app from their work phones.',
          rewrite: 'not',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regeln sind streng. Die Obergrenze für Besucher entfällt ab Montag.',
      rewrite: 'Die Regeln sind streng. Die Obergrenze für Besucher entfällt ab Montag nicht.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Obergrenze für Besucher entfällt ab Montag.',
          rewrite: 'nicht',
        },
      ],
    },
    // "no longer" is a negation as "nicht mehr" is: "still" says the state goes on.
    {
      lang: 'en',
      source: 'At work, dialect is no longer frowned upon.',
      rewrite: 'At work, dialect is still frowned upon.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'no longer',
          rewrite: 'At work, dialect is still frowned upon.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Am Arbeitsplatz ist Dialekt nicht mehr verpönt.',
      rewrite: 'Am Arbeitsplatz ist Dialekt noch immer verpönt.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite: 'Am Arbeitsplatz ist Dialekt noch immer verpönt.',
        },
      ],
    },
    // A word whose prefix the lexicon confirms as a negation ("im-mediately", "in-direkt") denies no word after it.
    {
      lang: 'en',
      source: 'Consumers learn of it immediately, and the damage to the maker is often great.',
      rewrite: 'Consumers learn of it weeks later, and the maker rarely suffers great damage.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'often', rewrite: 'rarely' }],
    },
    {
      lang: 'de',
      source: 'Die Kunden erfahren davon indirekt, und der Schaden für den Hersteller ist oft groß.',
      rewrite:
        'Die Kunden erfahren davon erst Wochen später, und der Schaden für den Hersteller ist selten groß.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'oft', rewrite: 'selten' }],
    },
    // The verb it negates reworded: a word of negative meaning may carry the negation, so worth a look, not an alarm.
    {
      lang: 'en',
      source: 'The minister did not attend the meeting because of illness.',
      rewrite: 'Because of illness, the minister was absent from the meeting.',
      errors: [
        {
          messageId: 'removed',
          severity: 'medium',
          source: 'not',
          rewrite: 'Because of illness, the minister was absent from the meeting.',
        },
      ],
    },
    // The same verb in another form is no rewording: the negation is gone.
    {
      lang: 'de',
      source: 'Der Minister wollte den Bericht über die Finanzen nicht kommentieren.',
      rewrite: 'Der Minister kommentierte den Bericht über die Finanzen.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite: 'Der Minister kommentierte den Bericht über die Finanzen.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The police have not confirmed the report about the finances.',
      rewrite: 'The police confirm the report about the finances.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'The police confirm the report about the finances.',
        },
      ],
    },
    // A prefix-negated word keeps a negation only of the verb it governs: "unusual" governs no "not" of "comment".
    {
      lang: 'en',
      source: 'The minister did not comment on the unusual report.',
      rewrite: 'The minister commented on the unusual report.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'The minister commented on the unusual report.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Der Minister hat den ungewöhnlichen Bericht nicht kommentiert.',
      rewrite: 'Der Minister kommentierte den ungewöhnlichen Bericht.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite: 'Der Minister kommentierte den ungewöhnlichen Bericht.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Medien berichteten unter Berufung auf nichtgenannte Regierungsvertreter über den Abzug.',
      rewrite:
        'Die Medien berichteten unter Berufung auf namentlich genannte Regierungsvertreter über den Abzug.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'nichtgenannte', rewrite: 'genannte' }],
    },
    // A negating verb in any form: dropping "failing to" reverses the claim.
    {
      lang: 'en',
      source: 'Last year the chain pulled out of Italy after failing to win over the home of pizza.',
      rewrite: 'Last year the chain pulled out of Italy after winning over the home of pizza.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'failing to',
          rewrite: 'Last year the chain pulled out of Italy after winning over the home of pizza.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The company said it is aware of injuries linked to the recall.',
      rewrite: 'The company said it is not aware of any injuries linked to the recall.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The company said it is aware of injuries linked to the recall.',
          rewrite: 'not',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regierung erwartet einen Durchbruch an der Front im Osten.',
      rewrite: 'Einen Durchbruch an der Front im Osten erwartet die Regierung nicht.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Regierung erwartet einen Durchbruch an der Front im Osten.',
          rewrite: 'nicht',
        },
      ],
    },
    {
      // The stemmer keeps "garantiert" whole and cuts "garantieren" to "garanti": one verb all the same.
      lang: 'de',
      source: 'Die Bahn kann nicht garantieren, dass alle Fahrgäste ihr Ziel erreichen.',
      rewrite: 'Die Bahn garantiert, dass alle Fahrgäste ihr Ziel erreichen.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'nicht',
          rewrite: 'Die Bahn garantiert, dass alle Fahrgäste ihr Ziel erreichen.',
        },
      ],
    },
    {
      // "without" after "taking" negates "talking", not "taking".
      lang: 'en',
      source: 'Patients should not stop taking the drug without talking to their doctor, the agency said.',
      rewrite: 'Patients should stop taking the drug without talking to their doctor, the agency said.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'Patients should stop taking the drug without talking to their doctor, the agency said.',
        },
      ],
    },
    {
      // Not in the pack's lists: WordNet's indirect antonyms (huge is large, tiny is small).
      lang: 'en',
      source: 'The storm caused huge damage along the coast on Sunday.',
      rewrite: 'The storm caused tiny damage along the coast on Sunday.',
      errors: [{ messageId: 'reversed', severity: 'medium', source: 'huge', rewrite: 'tiny' }],
    },
    {
      lang: 'en',
      source: 'The central bank bought bonds on Wednesday to contain rising yields.',
      rewrite: 'The central bank bought bonds on Wednesday to boost rising yields.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'contain', rewrite: 'boost' }],
    },
    {
      lang: 'de',
      source: 'Die Regierung will die Inflation mit neuen Maßnahmen eindämmen.',
      rewrite: 'Die Regierung will die Inflation mit neuen Maßnahmen anheizen.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'eindämmen', rewrite: 'anheizen' }],
    },
    {
      // A sentence paired only by its place between two pairs (it shares few words): a negation there is worth a
      // look, not an alarm.
      lang: 'de',
      source:
        'Die Forscher untersuchten mit dem neuen Teleskop das Zentrum ferner Galaxien. Die Bilder zeigen netzartige Strukturen, die junge Sterne im Inneren der Galaxien während ihrer Entwicklung bilden. Das Team veröffentlichte seine Ergebnisse am Montag.',
      rewrite:
        'Die Forscher untersuchten mit dem neuen Teleskop das Zentrum ferner Galaxien. Wie sich Galaxien entwickeln, zeigen die Aufnahmen nicht. Das Team veröffentlichte seine Ergebnisse am Montag.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'medium',
          source:
            'Die Bilder zeigen netzartige Strukturen, die junge Sterne im Inneren der Galaxien während ihrer Entwicklung bilden.',
          rewrite: 'nicht',
        },
      ],
    },
    {
      // A sentence the aligner pairs with nothing (nothing is left beside it to pair) is checked against the whole
      // source.
      lang: 'de',
      source:
        'Die Forscher untersuchten mit dem neuen Teleskop das Zentrum ferner Galaxien. Die Bilder zeigen netzartige Strukturen, die junge Sterne im Inneren der Galaxien während ihrer Entwicklung bilden. Das Team veröffentlichte seine Ergebnisse am Montag.',
      rewrite:
        'Die Forscher untersuchten mit dem neuen Teleskop das Zentrum ferner Galaxien. Das Team veröffentlichte seine Ergebnisse am Montag. Wie sich Galaxien entwickeln, zeigen die Aufnahmen nicht.',
      errors: [
        {
          messageId: 'insertedUnpaired',
          severity: 'medium',
          source:
            'Die Bilder zeigen netzartige Strukturen, die junge Sterne im Inneren der Galaxien während ihrer Entwicklung bilden.',
          rewrite: 'nicht',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The company reported a fourth-quarter decline in vaccine sales on Thursday.',
      rewrite: "The company didn't report a fourth-quarter decline in vaccine sales on Thursday.",
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'The company reported a fourth-quarter decline in vaccine sales on Thursday.',
          rewrite: "didn't",
        },
      ],
    },
    {
      lang: 'en',
      source:
        'Staff must delete the app from their work phones, and delete it from their personal phones too.',
      rewrite: 'Staff must delete the app from their work phones, and keep it on their personal phones too.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'delete', rewrite: 'keep' }],
    },
    {
      lang: 'en',
      source: 'Staff are now forced to delete the app from their work phones.',
      rewrite: 'Staff are now allowed to keep the app on their work phones.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'forced', rewrite: 'allowed' }],
    },
    {
      lang: 'de',
      source: 'Die Beamten sind verpflichtet, die App von ihren Diensthandys zu löschen.',
      rewrite: 'Die Beamten dürfen die App auf ihren Diensthandys behalten.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'löschen', rewrite: 'behalten' }],
    },
    {
      lang: 'de',
      source: 'Die Ankündigung wurde in Brüssel mit wenig Begeisterung aufgenommen.',
      rewrite: 'Die Ankündigung stieß in Brüssel auf große Begeisterung.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'wenig', rewrite: 'große' }],
    },
    {
      lang: 'en',
      source: 'The plan met with little enthusiasm among the ministers in Brussels.',
      rewrite: 'The plan met with great enthusiasm among the ministers in Brussels.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'little', rewrite: 'great' }],
    },
    {
      lang: 'de',
      source: 'Ausgesprochen frustriert klang NATO-Generalsekretär Mark Rutte nach dem Treffen.',
      rewrite: 'NATO-Generalsekretär Mark Rutte klang nach dem Treffen zuversichtlich.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'frustriert', rewrite: 'zuversichtlich' }],
    },
    {
      lang: 'en',
      source: 'Investors were worried about the bank after the results on Monday.',
      rewrite: 'Investors were optimistic about the bank after the results on Monday.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'worried', rewrite: 'optimistic' }],
    },
    // Both poles in the source, and the rewrite restates one in other words and reverses the other.
    {
      lang: 'en',
      source: 'Exports showed a 12% decrease in March, while imports showed only a 3% increase.',
      rewrite: 'Exports were 12% lower in March, while imports slipped by 3%.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'increase', rewrite: 'slipped' }],
    },
    {
      lang: 'de',
      source:
        'Die Exporte verzeichneten im März einen Rückgang um zwölf Prozent, die Importe einen Anstieg um drei Prozent.',
      rewrite: 'Die Exporte sanken im März um zwölf Prozent, die Importe fielen um drei Prozent.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'Anstieg', rewrite: 'fielen' }],
    },
    // Both poles in the source, and the rewrite says one pole twice: the other is reversed.
    {
      lang: 'en',
      source: 'Exports showed a 12% decrease in March, while imports showed a 3% increase.',
      rewrite: 'Exports showed a 12% increase in March, while imports showed a 3% increase.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'decrease', rewrite: 'increase' }],
    },
    {
      lang: 'en',
      source: 'Shares of the carmaker were down about 9% in early trading on Thursday.',
      rewrite: 'Shares of the carmaker rose about 9% in early trading on Thursday.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'down', rewrite: 'rose' }],
    },
    {
      lang: 'de',
      source: 'Die Aktie des Autobauers fiel am Montag um neun Prozent.',
      rewrite: 'Die Aktie des Autobauers legte am Montag um neun Prozent zu.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'fiel', rewrite: 'legte' }],
    },
    {
      lang: 'de',
      source: 'Die Verluste der russischen Armee sind in den vergangenen Monaten deutlich gestiegen.',
      rewrite: 'Die Verluste sind in den vergangenen Monaten gesunken.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'gestiegen', rewrite: 'gesunken' }],
    },
    {
      lang: 'en',
      source: 'The council failed to approve the new budget on Tuesday.',
      rewrite: 'The council approved the new budget on Tuesday.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'failed to',
          rewrite: 'The council approved the new budget on Tuesday.',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Regierung wird die Steuern im Herbst erhöhen.',
      rewrite: 'Die Regierung wird die Steuern im Herbst nicht erhöhen.',
      errors: [
        {
          messageId: 'inserted',
          severity: 'high',
          source: 'Die Regierung wird die Steuern im Herbst erhöhen.',
          rewrite: 'nicht',
        },
      ],
    },
    {
      lang: 'de',
      source: 'Die Verluste der Armee sind deutlich gestiegen.',
      rewrite: 'Die Verluste der Armee sind deutlich gesunken.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'gestiegen', rewrite: 'gesunken' }],
    },
    {
      lang: 'en',
      source: 'The council did not approve the new budget on Tuesday.',
      rewrite: 'The council approved the new budget on Tuesday.',
      errors: [
        {
          messageId: 'removed',
          severity: 'high',
          source: 'not',
          rewrite: 'The council approved the new budget on Tuesday.',
        },
      ],
    },
    {
      lang: 'en',
      source: 'The company reported a decline in vaccine sales.',
      rewrite: 'The company reported an increase in vaccine sales.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'decline', rewrite: 'increase' }],
    },
    {
      lang: 'en',
      source: 'The agency will test small uncrewed aircraft this year.',
      rewrite: 'The agency will test small crewed aircraft this year.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'uncrewed', rewrite: 'crewed' }],
    },
    {
      lang: 'de',
      source: 'Die Sitzung des Ausschusses war öffentlich.',
      rewrite: 'Die Sitzung des Ausschusses war nichtöffentlich.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'öffentlich', rewrite: 'nichtöffentlich' }],
    },
    {
      lang: 'en',
      source: 'The telescope peered inside the young galaxy.',
      rewrite: 'The telescope peered outside the old galaxy.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'inside', rewrite: 'outside' }],
    },
    {
      lang: 'en',
      source: 'Analysts called the result surprising.',
      rewrite: 'Analysts called the result unsurprising.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'surprising', rewrite: 'unsurprising' }],
    },
    {
      lang: 'en',
      source: 'Inflation in the region reached its highest level in a decade.',
      rewrite: 'Inflation in the region reached its lowest level in a decade.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'highest', rewrite: 'lowest' }],
    },
    {
      lang: 'de',
      source: 'Die Prüfung galt als die schwierigste des ganzen Jahres.',
      rewrite: 'Die Prüfung galt als die leichteste des ganzen Jahres.',
      errors: [{ messageId: 'reversed', severity: 'high', source: 'schwierigste', rewrite: 'leichteste' }],
    },
  ],
});
