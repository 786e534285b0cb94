/**
 * German opposites (adjectives and adverbs) as Porter stems: a FreeDict deu-eng translation of one word is a
 * WordNet 3.1 antonym of a translation of the other. Written by bench/lexicons/german-antonyms.ts: do not edit by hand.
 *
 * FreeDict German–English (Ding), (C) 1995-2022 Frank Richter, 2020-2022 Einhard Leichtfuß, GNU GPL 3 or later
 * (https://www.gnu.org/licenses/gpl-3.0.html); this list is derived from it under the same licence.
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const freedictAntonymStems = `
abfahr:anflieg abfahr:ankomm abfahr:einlauf abflieg:anflieg abflieg:ankomm abflieg:einlauf
abfuhr:konstipiert abfuhr:obstipiert abfuhr:stuhlverstopft abgeh:anflieg abgeh:ankomm abgeh:einlauf
abgehetzt:unerschopft abgestorb:lebend abgestorb:spannungsfuhr abgestorb:stromfuhr ablehn:amikal
ablehn:freundschaft ablehn:gunstig ablehn:gutlich ablehn:passend ablehn:positiv ablehn:vorteilhaft
ablesbar:unles ablesbar:unlesbar abnorm:einnormal abnorm:einsnormal abnorm:ublich abnormal:einnormal
abnormal:einsnormal abnormal:ublich abscheulich:liebenswert abschliess:ergebnislos abschuss:allmah
abschuss:sukzessiv absetzbar:unverkauf absicht:unbewusst absond:altvertraut absond:gelauf
absond:gewohnt abspenst:ergeb abspenst:originalgetreu abspenst:sinngetreu abspenst:treu absteh:eng
absteh:engmasch absteh:nah absteh:nahesteh absteig:aufwart absteig:empor abstoss:geschmack
abstoss:schmackhaft abstoss:schon abstoss:wunderhubsch abstoss:wunderschon abstrakt:konkret
abstrakt:real abstrakt:wirklich abstrakt:zementiert abtrunn:loyal abwart:aufwart abwart:empor
abwart:hinauf abweich:einnormal abweich:einsnormal abweich:ublich abweis:erreichbar abweis:zugang
abwendbar:unausbleib abwendbar:unausweich abwendbar:unumgang abwendbar:unvermeid abzieh:additiv
abzieh:zusatz achromat:chromat achtbar:anruch achtbar:beruchtigt achtbar:unwurd achtbar:verruf
achtbar:verschri achtbar:zwielicht achtsam:unachtsam achtsam:vergess achtungsvoll:respektwidr
achtungsvoll:unehrerbiet adel:gemein adel:nied adel:schabig adel:unedel aerob:anaerob
aerob:luftunabhang aerob:sauerstoffunabhang affektiert:unaffektiert affektiert:ungekunstelt
afferent:efferent afferent:wegfuhr aggressiv:unaggressiv agnost:gnostisch agnostizist:gnostisch
ahnlich:beziehungslos ahnlich:unahn ahnlich:unverbund aktiv:passiv aktiv:untat akut:chronisch
akzentuier:mengenmass akzentuier:quantitativ akzentuier:silbenbild akzeptabel:inakzeptabel
akzeptabel:unannehmbar alb:ernst alb:ernsthaft alb:ernstzunehm alb:klug alb:schwerwieg alb:weis
allein:mehrfach allein:mehrgang allein:multipel allein:vielfach allernot:uberdacht
allernot:zugedeckt allfress:fleischfress allfress:insektenfress allfress:pflanzenfress
allgemein:apart allgemein:einzeln alljahr:bienn alljahr:perennial alljahr:winterannuell
alljahr:zweijahr allmah:jah allmah:plotzlich allmah:steil allmah:unvermittelt alltag:aussergewohn
alltag:ausserordent alltag:ungewohn alt:jung alt:neu altback:ausgeruht altback:bergfeucht
alternier:stufenlos altgewohnt:ungewohn altgewohnt:ungewohnt altklug:zuruckgeblieb
altvertraut:eigentum altvertraut:komisch altvertraut:merkwurd altvertraut:seltsam
altvertraut:skurril altvertraut:sond altvertraut:sonderbar altvertraut:ungewohnt altvertraut:wund
amateurhaft:berufsbezog amateurhaft:berufsmass amateurhaft:berufsrecht amateurhaft:gewerbsmass
amateurhaft:profihaft amateurhaft:standesrecht ambig:eindeut ambig:unzweideut amikal:antagonist
amikal:feindlich amikal:feindsel amikal:oppositionell anabat:katabat anadrom:katadrom
anaerob:luftabhang anaerob:sauerstoffabhang anal:oral analog:digital analyt:kunstlich analyt:synthet
andauernd:diskontinui andauernd:unstet anfechtbar:unanfechtbar anfechtbar:unbestreitbar
anflieg:ausgeh anflieg:auslauf angang:unerlaubt angang:unstatthaft angebracht:deplatziert
angebracht:falsch angebracht:unangebracht angebracht:ungebuhr angebracht:ungeeignet
angebracht:ungehor angebracht:ungeziem angebracht:unkorrekt angebracht:unmani angebracht:unpass
angebracht:unsachgemass angebracht:unschick angebracht:unschon angebracht:widmungsfremd
angebracht:widmungswidr angebracht:zweckfremd angebracht:zweckwidr angehangt:ungebund
angemess:deplatziert angemess:falsch angemess:mangelhaft angemess:unangebracht angemess:unangemess
angemess:ungebuhr angemess:ungeeignet angemess:ungehor angemess:ungeziem angemess:unkorrekt
angemess:unmani angemess:unpass angemess:unsachgemass angemess:unschick angemess:unschon
angemess:widmungsfremd angemess:widmungswidr angemess:zweckfremd angemess:zweckwidr angenehm:fies
angenehm:scheusslich angenehm:unangenehm angenehm:unaussteh angenehm:unbequ angenehm:ungemut
angenehm:wid angepeilt:unabsicht angepeilt:unbeabsichtigt angeseh:anruch angeseh:beruchtigt
angeseh:verruf angeseh:verschri angeseh:zwielicht angespannt:aufgelockert angespannt:halbherz
angespannt:halbschar angespannt:lasch angespannt:lax angespannt:lock angespannt:nachlass
angreif:defensiv angreif:harmlos angreif:unbedenk angreifbar:unangreifbar angreifbar:unverletz
angreifbar:unverwundbar angriffslust:unaggressiv angstlich:dreist angstlich:frech
angstlich:furchtlos angstlich:gewagt angstlich:keck angstlich:kuhn angstlich:mutig
angstlich:schamlos angstlich:tapf angstlich:unerschrock angstlich:unverfror angstlich:unverschamt
angstlich:verweg angstlich:wagemut anhalt:diskontinui anhalt:unstet anisotrop:isotrop ankomm:ausgeh
ankomm:auslauf anlagebedingt:verfassungswidr anlauf:retrospektiv anlauf:ruckblick anlauf:ruckschau
anlauf:ruckwirk anlauf:zuruckblick anmachel:unsympath annuell:bienn annuell:perennial
annuell:winterannuell annuell:zweijahr anomal:einnormal anomal:einsnormal anomal:ublich
anorgan:biodynam anorgan:okolog anorgan:organ anormal:einnormal anormal:einsnormal anormal:ublich
anruch:anstand anruch:ehrbar anruch:ehrenhaft anruch:serios ansehn:unbetracht ansprech:unangenehm
ansprech:unsympath anspruchslos:anspruchsvoll anspruchslos:aufgeblas anspruchslos:dicht
anspruchslos:fordernd anspruchslos:geschraubt anspruchslos:grossspur anspruchslos:hochgestoch
anspruchslos:hochtrab anspruchslos:massiv anspruchslos:pratentios anspruchslos:protzig
anspruchslos:schwer anspruchslos:uberheb anspruchslos:unbescheid anspruchslos:wichtigtuer
anspruchslos:wuchtig anspruchsvoll:unkrit anspruchsvoll:unterschiedslos anspruchsvoll:urteilslos
anstand:beruchtigt anstand:deplatziert anstand:falsch anstand:korrupt anstand:unangebracht
anstand:unangemess anstand:unanstand anstand:unbescheid anstand:unfair anstand:ungebuhr
anstand:ungeeignet anstand:ungehor anstand:ungerecht anstand:ungeziem anstand:unkorrekt
anstand:unmani anstand:unpass anstand:unsachgemass anstand:unschick anstand:unschon anstand:verruf
anstand:verschri anstand:zwielicht anstoss:harmlos anstoss:unbedenk anstreng:muhelos
antagonist:freundschaft antagonist:gutlich anteil:uberproportional anteil:unverhaltnismass
anteil:verhaltniswidr anteilmass:uberproportional anteilmass:unverhaltnismass
anteilmass:verhaltniswidr anterograd:retrograd antisept:septisch antisozial:gesellschaft
antisozial:herdenbild antisozial:rudelbild antisozial:sozial antisozial:staatenbild
anverwandt:beziehungslos anverwandt:unverbund anwes:ehemal anwes:einstig anwes:fernbleib
anzieh:reizlos apart:zusamm arbeitsfah:unvermittelbar arbeitslos:berufstat areligios:glaubig
areligios:religios arg:artig arg:brav argillit:sandhalt argillit:sandig arglist:ehrlich
arglos:argwohn arglos:misstrau argwohn:unachtsam argwohn:unvorsicht arm:reich arm:wohlhab
arrondiert:kantig arrondiert:winkel arrondiert:winkelform arrondiert:winklig artifiziell:naturell
artifiziell:naturgegeb artifiziell:naturhaft artig:schlecht artig:schlimm artig:ubel artig:ungezog
artverwandt:beziehungslos artverwandt:unverbund asexuell:geschlecht asexuell:sexuell asthet:unasthet
asthet:unschon asymmetr:symmetr asynchron:gleichzeit asynchron:synchron asynchron:taktgesteuert
atheist:glaubig atheist:religios atomist:ganzheit atomist:gesamthaft atomist:gesamtheit
atomist:holist atonal:tonlich attraktiv:unattraktiv attraktiv:unschon atyp:typischerweis
aufdring:unaufdring auffall:schlicht auffall:unaufdring auffall:unauffall auffall:unscheinbar
auffuhrbar:unauffuhrbar aufgeblas:unpratentios aufgeklart:unaufgeklart aufgekratzt:trist
aufgelockert:gespannt aufgelockert:nervos aufgelockert:verkrampft aufgeraumt:schlampert
aufgeraumt:schlampig aufgeraumt:unordent aufgeweckt:beschrankt aufgeweckt:doof aufgeweckt:einfalt
aufgeweckt:fad aufgeweckt:langweil aufgeweckt:od aufgeweckt:ode aufgeweckt:schwerfall
aufgeweckt:stumpf aufgeweckt:trist aufgeweckt:trock aufgeweckt:trostlos auflosbar:unlosbar
auflupf:folgsam auflupf:fugsam auflupf:gefug auflupf:konform auflupf:nachgeb auflupf:willfahr
auflupf:willig auflupf:zugang aufmerksam:unachtsam aufmerksam:unaufmerksam aufmerksam:unbedacht
aufmerksam:vergess aufmupf:folgsam aufmupf:fugsam aufmupf:gefug aufmupf:konform aufmupf:nachgeb
aufmupf:willfahr aufmupf:willig aufmupf:zugang aufnahmeberechtigt:ungeeignet aufricht:falsch
aufricht:gefalscht aufricht:geheuchelt aufricht:unaufricht aufsass:folgsam aufsass:fugsam
aufsass:gefug aufsass:konform aufsass:nachgeb aufsass:willfahr aufsass:willig aufsass:zugang
aufsehenerreg:dramalos aufsehenerreg:undramat aufwand:billig aufwand:eindeut aufwand:einfach
aufwand:klar aufwand:preiswert aufwand:rein aufwand:schlicht aufwand:schmucklos aufwand:unansehn
aufwand:unattraktiv aufwand:zartbitt aufwart:ausgefall aufwart:danied aufwart:darnied aufwart:herab
aufwart:hernied aufwart:herunt aufwart:hinab aufwart:nied aufwart:runt aufwart:zusammengebroch
aufwend:billig aufwend:einfach aufwend:muhelos aufwend:preiswert augenblick:ehemal
augenblick:einstig ausbalanciert:unausgeg ausbalanciert:unausgewog ausdruck:eingeschloss
ausdruck:implizit ausdruck:unbedingt ausdruck:vorbehaltlos ausdruckbar:unaussprech
ausdruckslos:eindrucksvoll ausgefall:empor ausgefall:hinauf ausgefeilt:eindeut ausgefeilt:einfach
ausgefeilt:klar ausgefeilt:rein ausgefeilt:schlicht ausgefeilt:schmucklos ausgefeilt:unansehn
ausgefeilt:unattraktiv ausgefeilt:zartbitt ausgeg:unausgeg ausgeg:unausgewog ausgeg:uneb
ausgeg:uneinheit ausgeg:ungleichmass ausgeg:ungrad ausgeg:unregelmass ausgeh:einlauf
ausgeklugelt:blauaug ausgeklugelt:naiv ausgeruht:kaltschnautz ausgeruht:konserviert ausgeruht:muffig
ausgeruht:salin ausgeruht:salzhalt ausgeruht:salzig ausgeschlaf:unaufmerksam
ausgeschopft:unerschopft ausgewuchtet:unausgeg ausgewuchtet:unausgewog ausgieb:klein
ausgieb:unbedeut aushartbar:thermoplast aushilfsweis:bleibend aushilfsweis:permanent
ausland:autochthon ausland:beheimatet ausland:bodenstand ausland:eingebor ausland:eingesess
ausland:einheim ausland:heimisch ausland:indig ausland:muttersprach auslauf:einlauf
ausloschbar:unauslosch ausloschbar:unausrottbar ausreich:mangelhaft ausreich:unangemess
ausreich:ungenug ausreich:unzureich auss:dinn auss:drinn auss:eigenleit auss:inharent auss:inn
auss:innenlieg auss:intrins auss:inwend auss:unbezog auss:ureig aussag:beigelegt
aussagefah:bedeutungslos aussagefah:inhaltslos aussagefah:sinnentleert aussagefah:sinnfrei
aussagefah:sinnlos aussagekraft:bedeutungslos aussagekraft:erwerbsunfah aussagekraft:inhaltslos
aussagekraft:invalid aussagekraft:kriegsbeschadigt aussagekraft:sinnentleert aussagekraft:sinnfrei
aussagekraft:sinnlos aussagekraft:ungult ausschweif:gedrangt ausschweif:knapp ausschweif:kompakt
ausschweif:kurz ausschweif:pragnant aussenwirtschaft:innenlieg aussenwirtschaft:innenpolit
aussenwirtschaft:innerbetrieb aussenwirtschaft:innerpolit aussenwirtschaft:int ausserdienst:offent
ausserdienst:publik ausserehe:legitim ausserehe:rechtmass aussergesetz:gericht aussergesetz:legal
aussergesetz:rechtlich aussergesetz:rechtmass aussergewohn:gemein aussergewohn:gewohn
aussergewohn:gewohnheitsmass aussergewohn:schablonenhaft aussergewohn:schemat ausserhalb:dinn
ausserhalb:drin ausserhalb:drinn ausserhalb:inwend ausserordent:gemein ausserordent:gewohn
ausserordent:gewohnheitsmass ausserordent:schablonenhaft ausserordent:schemat aussichtslos:gunstig
aussichtslos:hoffnungsfroh aussichtslos:hoffnungsvoll aussichtslos:passend aussichtslos:positiv
aussichtslos:vorteilhaft aussprechbar:unaussprechbar auswart:einwart auswechselbar:unersatz
auswechselbar:unersetzbar auszuhalt:unbewohnbar auszurott:unauslosch auszurott:unausrottbar
auszusprech:unaussprechbar authent:gefalscht autochthon:fremd automat:handisch automat:manuell
autotroph:heterotroph autumnal:somm autumnal:wint bachabwart:bachaufwart bachabwart:flussaufwart
bachabwart:stromaufwart bachaufwart:flussabwart bachaufwart:stromabwart bagatellhaft:ernst
bagatellhaft:ernsthaft bagatellhaft:ernstzunehm bagatellhaft:schwerwieg bang:furchtlos
bang:unerschrock barmherz:erbarmungslos barmherz:gnadenlos barmherz:mitleidlos barmherz:unbarmherz
basisch:saurehalt beabsichtigt:unabsicht beabsichtigt:unbeabsichtigt beachtlich:unbetracht
beansprucht:unbetont beaufsichtigt:ungesteuert beaufsichtigt:unkontrolliert bedacht:flott
bedacht:lichtstark bedacht:rasant bedacht:schnell bedauerlicherweis:glucklicherweis bedeckt:heit
bedeckt:klar bedeckt:wolkenlos bedenk:unumstritt bedenk:unzweifelhaft bedeut:bedeutungslos
bedeut:inhaltslos bedeut:sinnentleert bedeut:sinnfrei bedeut:sinnlos bedeut:unbedeut bedeut:unerheb
bedeut:unmassgeb bedeut:unwicht bedeut:vernachlassigbar bedeutsam:unbedeut bedeutsam:unerheb
bedeutsam:unmassgeb bedeutsam:unwicht bedeutsam:vernachlassigbar bedeutungslos:bedeutungsvoll
bedeutungslos:wichtig bedeutungsvoll:inhaltslos bedeutungsvoll:sinnentleert bedeutungsvoll:sinnfrei
bedeutungsvoll:sinnlos bedingt:bedingungsfeind bedingt:bedingungslos bedingt:unbedingt
bedingt:vorbehaltlos bedingungslos:bedingungsweis bedrahtet:bleifrei bedurft:reich bedurft:wohlhab
befehl:flehent befriedigt:unzufried begabt:talentlos begrenzt:endlos begrenzt:grenzenlos
begrenzt:schrankenlos begrenzt:uferlos begrenzt:unend begrundet:schlecht begrundet:unsich
begrussenswert:unwillkomm behaart:glatt behaart:haarlos behaart:kahl behaart:unbehaart
behag:unangenehm behag:unbehag behag:ungemut behandlungsresistent:formbar beheimatet:fremd
beherrsch:nachgeordnet beherrsch:untergeb beherrsch:untergeordnet beherrsch:unterlagert
beherrscht:exzessiv beherrscht:hemmungslos beherrscht:uneingeschrankt beherrscht:ungezugelt
beherzt:lustlos behutsam:leichtsinn behutsam:lied behutsam:nachlass behutsam:schlampert
behutsam:schlampig behutsam:schluder behutsam:schludrig behutsam:unvorsicht beidfuss:vierfuss
beidohr:einohr beigeheftet:ungebund beigelegt:pradikativ beknackt:clev beknackt:gewitzt
beknackt:klug beknackt:pfiffig beknackt:raffiniert beknackt:schlau beknackt:smart beknackt:weis
bekomm:unverdau belanglos:ernst belanglos:ernsthaft belanglos:ernstzunehm belanglos:schwerwieg
belast:rechtfert belastbar:charakterschwach belastbar:energielos belastbar:schwach
belaubt:blatterlos belebt:beschrankt belebt:doof belebt:einfalt belebt:fad belebt:langweil belebt:od
belebt:ode belebt:schwerfall belebt:stumpf belebt:trist belebt:trock belebt:trostlos beleid:defensiv
beleid:harmlos bemerkbar:unmerk benannt:unbenannt benannt:unbeschriftet benannt:ungekennzeichnet
bequ:diffizil bequ:schwer bequ:schwierig bequ:unangenehm bequ:unbehag bequ:unbequ bequ:ungemut
bequ:ungunst bequ:unvorteilhaft berechenbar:unermess berechenbar:unkalkulierbar
berechenbar:unschatzbar berechenbar:unuberblickbar berechtigt:ungeeignet bereit:unvorbereitet
bereitwill:widerwill bergehalt:rein bergehalt:reinlich bergehalt:reinlichkeitslieb bergehalt:saub
bergfeucht:kaltschnautz bergfeucht:konserviert bergfeucht:muffig bergfeucht:salin
bergfeucht:salzhalt bergfeucht:salzig beruchtigt:ehrbar beruchtigt:ehrenhaft beruchtigt:serios
berufsbezog:laienhaft berufsbezog:unfachmann berufserfahr:unbewandert berufserfahr:unerfahr
berufsmass:laienhaft berufsmass:unfachmann berufsrecht:laienhaft berufsrecht:unfachmann
berufstat:beschaftigungslos berufstat:unbeschaftigt besagt:folgend besagt:nachfolg
beschamt:ungeniert beschamt:unverhohl bescheid:eingebildet bescheid:hochmut bescheid:hoffart
bescheid:stattlich bescheid:stolz bescheid:unbescheid beschmutzt:ungefleckt beschrankt:beschwingt
beschrankt:breit beschrankt:flott beschrankt:grenzenlos beschrankt:lebend beschrankt:lebhaft
beschrankt:lupfig beschrankt:munt beschrankt:quick beschrankt:quirlig beschrankt:schrankenlos
beschrankt:temperamentvoll beschrankt:weit beschreib:verordn beschreib:vorschreib beschwingt:doof
beschwingt:einfalt beschwingt:fad beschwingt:langweil beschwingt:od beschwingt:ode
beschwingt:schwerfall beschwingt:stumpf beschwingt:trist beschwingt:trock beschwingt:trostlos
besiegbar:unbesiegbar besiegbar:unbeugsam besiegbar:unbezahmbar besiegbar:unbezwingbar
besiegbar:unuberwind besiegbar:unuberwindbar besinn:gedankenlos besonn:unbesonn besonn:unklug
besonn:unuberlegt besorgt:furchtlos besorgt:unbekummert besorgt:unbesorgt besorgt:unerschrock
bestand:diskontinui bestand:unstet bestech:unbestech bestimmt:durchgang bestimmt:generell
bestimmt:indefinit bestimmt:unbestimmt bestuckt:unbestuckt betracht:unbetracht
betretbar:unerreichbar betretbar:unnahbar betretbar:unzugang betriebsfah:betriebsunfah
betriebsunfah:brauchbar betriebsunfah:gebrauchsfah betriebsunfah:verwendungsfah betrubt:freudvoll
bevorrechtigt:schlechtergestellt bevorrechtigt:unterprivilegiert bewaldet:unbewaldet beweg:immobil
beweg:unbeweg bewohnbar:unbewohnbar bewolkt:heit bewolkt:klar bewolkt:wolkenlos bewusst:unbewusst
bezeichn:untyp beziehungslos:verwandt bezog:heit bezog:klar bezog:wolkenlos bi:hetero
bi:heterosexuell bi:homosexuell bidirektional:unidirektional biegsam:eis biegsam:starr
biegsam:unbiegsam bienn:einjahr bienn:perennial bienn:sommerannuell bigott:pietatlos
billig:hochpreis billig:kostspiel billig:teu binaural:einohr bindungslos:gebund
biotopeig:biotopfremd bisexuell:hetero bisexuell:heterosexuell bisexuell:homosexuell
bivalent:multivalent blatterlos:laubig blauaug:hochentwickelt blauaug:hochkompliziert
blauaug:kultiviert blauaug:raffiniert blauaug:welterfahr blauaug:weltgewandt blauaug:weltklug
bleibend:einstweil bleibend:interimist bleibend:ubergangsweis bleifrei:plombiert bleifrei:verbleit
bleifrei:verplombt blickdicht:durchschaubar blickdicht:wolkenlos blicklos:gesattigt blicklos:satt
blicklos:voll blind:sehend blod:clev blod:gewitzt blod:klug blod:pfiffig blod:raffiniert blod:schlau
blod:smart blod:weis bloss:uberdacht bloss:zugedeckt blutbefleckt:unblut blutenlos:sehend
blutig:unblut bockbein:sanftmut bockbein:willig bockig:sanftmut bockig:willig bodenstand:fremd
bos:karitativ bos:tugendreich bos:wohltat brachyzephal:dolichozephal brachyzephal:langkopf
brachyzephal:langschadel brasig:empfind brasig:heikel brasig:schutzenswert brauchbar:lebensfremd
brauchbar:praxisf brauchbar:praxisfremd brauchbar:realitatsf brauchbar:unprakt brauchbar:unrealist
brauchbar:utop brauchbar:weltf brauchbar:weltfremd brauchbar:wiklichkeitsf brav:schlecht
brav:schlimm brav:ubel brav:ungezog breit:eng breit:knapp breit:schmal bruchsich:zerbrech
brud:schwest buchstab:figurativ buchstab:ubertrag bugwart:ruckwart bundesstaat:unitar
bussfert:reuelos bussfert:unbussfert but:dinn but:drinn but:inwend charakterf:instabil
charakterf:unbestand charakterf:unsich charakterschwach:charakterstark charakterschwach:heftig
charakterschwach:kraftig charakterschwach:stark charakterstark:energielos charakterstark:schwach
chromat:unbunt clev:damlich clev:deppert clev:doof clev:dumm clev:dussel clev:dusslig clev:stupid
clev:toricht dahin:hierzuland damlich:gewitzt damlich:klug damlich:pfiffig damlich:raffiniert
damlich:schlau damlich:smart damlich:weis danied:empor danied:hinauf dankbar:undankbar darnied:empor
darnied:hinauf darstellbar:unaussprech daruberlieg:darunterlieg daruberlieg:tieferlieg
dauerhaft:instabil dauerhaft:unbestand dauerhaft:unsich dauernd:diskontinui dauernd:unstet
dazugehor:uberfluss dazugehor:unnot dazugehor:unnutz deckungsgleich:inkongruent deduktiv:induktiv
definit:indefinit definit:unbestimmt defizitar:einbring defizitar:eintrag defizitar:ertragreich
defizitar:gewinnbring defizitar:gewinntracht defizitar:lukrativ defizitar:profitabel
deflationist:inflationist deflationist:inflationsfordernd deflationist:inflationsschur
degoutant:geschmack degoutant:schmackhaft deklarativ:forschend deklarativ:fragend delikat:robust
demokrat:undemokrat demut:herrisch demut:tyrann denkbar:undenkbar denkbar:unvorstellbar
denotativ:konnotativ denotativ:mitbedeut deplatziert:gebuhr deplatziert:gelung deplatziert:geziem
deplatziert:glucklich deplatziert:korrekt deplatziert:mani deplatziert:passend deplatziert:recht
deplatziert:richtig deplatziert:sachgemass deplatziert:sachgerecht deplatziert:schicklich
deplatziert:situationsgerecht deplatziert:treffend deplatziert:vorschriftsgemass
deplatziert:vorschriftsmass deplatziert:zugehor deplatziert:zunftig deplatziert:zweckentsprech
deppert:gewitzt deppert:klug deppert:pfiffig deppert:raffiniert deppert:schlau deppert:smart
deppert:weis derb:fein derb:reinlich derb:reinlichkeitslieb destruktiv:konstruktiv
deutlich:eingeschloss deutlich:implizit deutlich:klarungsbedurft deutlich:unauffall
deutlich:unbedingt deutlich:undeut deutlich:unklar deutlich:unscheinbar deutlich:unubersicht
deutlich:verschwomm deutlich:vorbehaltlos dextral:linksseit dextral:sinistral dezent:indiskret
dezentral:zentralisiert dezentralisiert:zentralisiert diachron:synchron dicht:dunn dicht:leicht
dicht:lock dicht:schmal dicht:schutt dicht:unverpackt dichtbewachs:dunn dick:dunn dick:hag dick:mag
dick:schmal dick:schutt dickfell:empfind dickfell:heikel dickfell:schutzenswert dickkopf:sanftmut
dickkopf:willig dickschadel:sanftmut dickschadel:willig diffizil:einfach diffizil:leicht
diffizil:muhelos diffizil:unangestrengt diffizil:ungezw diffizil:unschw dinn:drauss diploid:haploid
diplomat:undiplomat direkt:indirekt direkt:korrupt direkt:mittelbar disharmon:konkordant
disjunktiv:verbind diskontinui:durchgang diskontinui:durchgeh diskontinui:fortdauernd
diskontinui:fortlauf diskontinui:kontinui diskontinui:stetig diskontinui:ununterbroch
diskret:indiskret distal:mesial distal:proximal distanzlos:vulkan distributiv:gesammelt
distributiv:kollektiv diurnus:nachtaktiv diurnus:nokturn divergent:konvergent divergent:konvergier
divergent:zusammenlauf divergier:konvergent divergier:konvergier divergier:zusammenlauf
dolichozephal:kurzkopf dolichozephal:kurzschadel dolichozephal:rundkopf doof:flott doof:gewitzt
doof:klug doof:lebend doof:lebhaft doof:lupfig doof:munt doof:pfiffig doof:quick doof:quirlig
doof:raffiniert doof:schlau doof:smart doof:temperamentvoll doof:weis doppeldeut:eindeut
doppeldeut:unmissverstand doppeldeut:unzweideut doppelgeschlecht:hetero
doppelgeschlecht:heterosexuell doppelgeschlecht:homosexuell dorflich:urban dornig:prinzipienlos
dorsal:ventral dort:hierzuland dorthin:hierzuland dortig:generell dortig:national dotiert:unbezahlt
drahtlos:verdrahtet dramalos:eindrucksvoll dramat:undramat drauss:drinn drauss:inwend dreckig:rein
dreckig:reinlich dreckig:reinlichkeitslieb dreckig:saub dreist:verschreckt druckbar:undruckbar
druckfah:undruckbar duftend:fetid duftend:fotid duftend:ubelriech dumm:gewitzt dumm:klug
dumm:pfiffig dumm:raffiniert dumm:schlau dumm:smart dumm:weis dummlich:klug dummlich:weis
dunkel:durchschaubar dunkel:hell dunkel:wolkenlos dunn:fett dunn:samig dunn:stark durchdring:stumpf
durchgang:konkret durchgang:unstet durchgeh:unstet durchgeh:unvereinbar
durchschaubar:lichtundurchlass durchschaubar:opak durchschaubar:trub durchschaubar:undurchsicht
durftig:reich durftig:uberdacht durftig:weit durftig:wohlhab durftig:zugedeckt duroplast:thermoplast
dussel:gewitzt dussel:klug dussel:pfiffig dussel:raffiniert dussel:schlau dussel:smart dussel:weis
dusslig:gewitzt dusslig:klug dusslig:pfiffig dusslig:raffiniert dusslig:schlau dusslig:smart
dusslig:weis dust:hell eben:geradlin eben:kubisch eben:linear eben:uneinheit eben:ungleichmass
eben:ungrad eben:unregelmass eben:wurfel eben:wurfelform ebenburt:unsymmetr echt:gefalscht
echt:gehaltlos echt:inhaltsle echt:inhaltslos echt:substanzlos echt:unwirk eckig:rundlich
eckig:uberschlag edel:gemein edel:nied edel:schabig edel:unedel edelmut:geizig edelmut:knauser
edelmut:knausrig edelmut:kniepig edelmut:knorzig edelmut:netig effektiv:eventuell
effektiv:ineffektiv effektiv:moglich effektiv:potentiell effektiv:potenziell effektvoll:ineffektiv
efferent:hinfuhr efferent:zufuhr effizient:wirkungslos ehemal:vorhand ehemal:vorlieg ehrbar:verruf
ehrbar:verschri ehrbar:zwielicht ehrenhaft:ehrlos ehrenhaft:ehrvergess ehrenhaft:schabig
ehrenhaft:schandlich ehrenhaft:unehrenhaft ehrenhaft:verruf ehrenhaft:verschri ehrenhaft:zwielicht
ehrenvoll:ehrlos ehrenvoll:ehrvergess ehrenvoll:schabig ehrenvoll:schandlich ehrenvoll:unehrenhaft
ehrenwert:ehrlos ehrenwert:ehrvergess ehrenwert:schabig ehrenwert:schandlich ehrenwert:unehrenhaft
ehrerbiet:ehrfurchtslos ehrerbiet:respektlos ehrerbiet:respektwidr ehrerbiet:unehrerbiet
ehrfurcht:ehrfurchtslos ehrfurcht:respektlos ehrfurchtslos:ehrfurchtsvoll ehrfurchtslos:pietatvoll
ehrfurchtsvoll:respektlos ehrlich:falsch ehrlich:geheuchelt ehrlich:irrefuhr ehrlich:korrupt
ehrlich:unlaut ehrlich:unred ehrwurd:profan ehrwurd:weltlich eifrig:fahrlass eifrig:nachlass
eigenleit:ext eigenleit:extrins eigenstand:suchtig eigenstand:unselbstand eigenstand:unselbststand
eigentum:gelauf eigentum:gewohnt eigenverantwort:suchtig eigenverantwort:unselbstand
eigenverantwort:unselbststand einbring:unprofitabel eindeut:eingeschloss eindeut:extravagant
eindeut:fein eindeut:implizit eindeut:indefinit eindeut:klarungsbedurft eindeut:kompliziert
eindeut:kunstreich eindeut:kunstvoll eindeut:mehrdeut eindeut:schick eindeut:unbedingt
eindeut:unbestimmt eindeut:undeut eindeut:unklar eindeut:unubersicht eindeut:vag eindeut:verschwomm
eindeut:vieldeut eindeut:vorbehaltlos eindeut:vornehm eindeut:zweideut
eindimensional:mehrdimensional eindruck:eindruckslos eindruckslos:eindrucksvoll
eindruckslos:imposant eindruckslos:stattlich eindrucksvoll:undramat einfach:extravagant einfach:fein
einfach:kompliziert einfach:kunstreich einfach:kunstvoll einfach:schick einfach:schwer
einfach:schwierig einfach:unubersicht einfach:vornehm einfallslos:kreativ einfallslos:schopfer
einfalt:flott einfalt:lebend einfalt:lebhaft einfalt:lupfig einfalt:munt einfalt:quick
einfalt:quirlig einfalt:temperamentvoll einfuhlsam:unsensibel eingebildet:gering eingebildet:niedrig
eingebor:fremd eingefall:gedieg eingefall:massiv eingeschaltet:nichtstuend eingeschaltet:tatenlos
eingeschaltet:trag eingeschaltet:untat eingeschloss:explizit eingesess:fremd einheim:fremd
einheit:unvereinbar einheit:widersprech einig:gespalt einig:unein einjahr:perennial
einjahr:winterannuell einjahr:zweijahr einkeimblatter:zweikeimblatter einkeimblatter:zweikeimblattr
einkeimblattr:zweikeimblatter einkeimblattr:zweikeimblattr einnormal:paranormal einnormal:ubernatur
einnormal:ungewohn einnormal:unregelmass einnormal:untyp einschal:zweiklapp einschal:zweischal
einschlag:irrelevant einschlag:unerheb einschlag:unmassgeb einseit:mehrseit einseit:multilaterial
einsichtslos:scharf einsichtslos:scharfsicht einsichtslos:scharfsinn einsnormal:paranormal
einsnormal:ubernatur einsnormal:ungewohn einsnormal:unregelmass einsnormal:untyp einstig:vorhand
einstig:vorlieg einstweil:permanent eintracht:unharmon eintrag:unprofitabel einwert:polyvalent
einzeln:gemeinsam einzeln:mehrfach einzeln:mehrgang einzeln:multipel einzeln:verbund
einzeln:vielfach einzeln:zusamm einzelstaat:fremd eis:geschmeid ekelhaft:geschmack
ekelhaft:schmackhaft eklig:harmlos eklig:unbedenk elast:starr elast:unbiegsam elegant:linkisch
elegant:plump elegant:schwerfall elegant:tapsig elegant:tollpatsch elegant:unausgewog
elegant:unbeholf elegant:unelegant elegant:ungelenk elegant:ungeschickt elegant:unmod
elementar:nebensach emmetrop:fehlsicht empfang:unanfall empfang:unempfind empfind:empfindungslos
empfind:gefuhllos empfind:herzlos empfind:kaltherz empfind:robust empfind:unempfind
empfind:unsensibel empfindbar:gefuhllos empfindsam:unsentimental empfindungsfah:empfindungslos
empfindungslos:heikel empfindungslos:schutzenswert empir:spekulativ empir:theoret empor:herab
empor:hernied empor:herunt empor:hinab empor:nied empor:runt empor:zusammengebroch
emporrag:nachgeordnet emporrag:untergeb emporrag:untergeordnet emporrag:unterlagert
emporrag:zuruckweich endgult:ergebnislos endgult:unbestimmt endlich:unend endlich:ungeheu
endlos:finit endokrin:exokrin endozentr:exozentr endstand:zwischenlieg energielos:heftig
energielos:kraftig energielos:stark enersatt:fleischfress enersatt:insektenfress
enersatt:pflanzenfress eng:entfernt eng:fern eng:schlabber eng:unverpackt eng:weit engmasch:entfernt
engmasch:fern entblosst:uberdacht entblosst:zugedeckt entfernt:nah entfernt:nahesteh
entgegenkomm:ungefall enthaltsam:gefrass enthaltsam:unersatt entkleidet:uberdacht
entkleidet:zugedeckt entmutigt:hoh entscheid:unbestimmt entscheid:unentschloss entschied:unbestimmt
entschied:unentschloss entschied:unschluss entschied:unsich entschloss:unbestimmt
entschloss:unentschied entschloss:unentschloss entschloss:unschluss entschlussfreud:unentschied
entschuldbar:unentschuldbar entschuldbar:ungerechtfertigterweis entschuldbar:unverzeih
entseelt:lebend entseelt:liv entseelt:spannungsfuhr entseelt:stromfuhr entsprech:uberproportional
entsprech:unangemess entsprech:unausgeg entsprech:unausgewog entsprech:unverhaltnismass
entsprech:verhaltniswidr enttausch:kulminier erblindet:sehend erdverlegt:unbegrab erfahr:unbewandert
erfahr:unerfahr erfahrungsmass:spekulativ erfahrungsmass:theoret erfolglos:erfolgreich
erfolglos:fruchtbar erford:uberfluss erford:unnot erford:unnutz erfreu:missfall erfreu:unangenehm
erfreulich:freudlos erfreulich:unangenehm ergeb:treulos ergebnislos:fruchtbar ergebnislos:schlussig
ergebnislos:uberzeug ergieb:steril ergieb:unergieb ergieb:unfruchtbar ergieb:unproduktiv
ergieb:zeugungsunfah erhab:gemein erhab:nied erhab:schabig erhab:unedel erheb:gehaltlos
erheb:inhaltsle erheb:inhaltslos erheb:substanzlos erheb:unbetracht erheb:unerquick erheb:unwirk
erkennbar:unmerk erkennbar:unmerkbar erkennbar:unsichtbar erklar:unbegreif erklar:unergrund
erklar:unerklar erklar:unfass erklar:unfassbar erklar:unverstand erklarbar:unbegreif
erklarbar:unergrund erklarbar:unerklar erklarbar:unfass erklarbar:unfassbar erklarbar:unverstand
erkleck:unbetracht erkunstelt:naturell erkunstelt:naturgegeb erkunstelt:naturhaft erlaubt:unerlaubt
erlaubt:unstatthaft erlaucht:gemein erlaucht:nied erlaucht:schabig erlaucht:unedel ernst:oberflach
ernst:trivial ernst:unbedeut ernsthaft:oberflach ernsthaft:trivial ernsthaft:unbedeut
ernstzunehm:oberflach ernstzunehm:trivial ernstzunehm:unbedeut erreichbar:unerreichbar
erreichbar:unnahbar erreichbar:unzugang erschloss:unerreichbar erschloss:unnahbar erschloss:unzugang
erschopfbar:unerschopf ertrag:intolerierbar ertrag:unbewohnbar ertrag:unertrag ertragfah:steril
ertragfah:unfruchtbar ertragfah:zeugungsunfah ertragnisreich:steril ertragnisreich:unfruchtbar
ertragnisreich:zeugungsunfah ertragreich:unergieb ertragreich:unfruchtbar ertragreich:unproduktiv
ertragreich:unprofitabel erwerbsunfah:gultig erwerbsunfah:rechtsgult erwerbsunfah:valid
erwerbsunfah:zulass erwunscht:unerwunscht essbar:ungeniessbar essentiell:unwesent ethisch:skrupellos
eufon:kakofon eufon:kakophon eufon:misston eufon:ubelton europa:interkontinental eventuell:faktisch
eventuell:tatsach explizit:implizit explizit:unbedingt explizit:vorbehaltlos ext:inharent ext:inn
ext:innenlieg ext:intrins ext:unbezog ext:ureig exterritorial:territorial extralegal:gericht
extralegal:legal extralegal:rechtlich extralegal:rechtmass extravagant:klar extravagant:rein
extravagant:schlicht extravagant:schmucklos extravagant:unansehn extravagant:unattraktiv
extravagant:zartbitt extrins:inharent extrins:inn extrins:innenlieg extrins:intrins extrins:unbezog
extrins:ureig exzessiv:massvoll exzessiv:verhalt exzessiv:zuruckhalt fachgerecht:laienhaft fad:flott
fad:geschmackvoll fad:heiterhell fad:hell fad:helllicht fad:herzhaft fad:lebend fad:lebhaft fad:leck
fad:leuchtend fad:lupfig fad:munt fad:quick fad:quirlig fad:schmackhaft fad:strahlend
fad:temperamentvoll fad:wohlschmeck fahrlass:fleissig fair:unbill fair:unfair fair:ungerecht
faktisch:moglich faktisch:potentiell faktisch:potenziell fakultativ:obligat fakultativ:obligator
fakultativ:verpflicht falsch:gebuhr falsch:genau falsch:gerad falsch:geziem falsch:gleich
falsch:korrekt falsch:mani falsch:naturell falsch:naturgegeb falsch:naturhaft falsch:passend
falsch:recht falsch:richtig falsch:sachgerecht falsch:schicklich falsch:tatsach
falsch:vorschriftsgemass falsch:vorschriftsmass falsch:wahr falsch:zunftig falsch:zutreff
faltenlos:grob faltenlos:holprig faltenlos:rau faltenlos:uneb familiar:formal familiar:formell
familiar:gestalt farbenfreud:farblos farbenfroh:farblos farbig:objektiv farbig:unbeeinflusst
farbig:ungefarbt farblos:schillernd fatalerweis:glucklicherweis fehlbar:unfehlbar fehlbar:zuverlass
fehlerfrei:fehlerhaft fehlerfrei:mangelnd fehlerhaft:formvollendet fehlerhaft:perfekt
fehlerhaft:vollendet fehlerhaft:vollkomm feig:heldenhaft feig:mutig feig:tapf fein:grob fein:klar
fein:plump fein:rein fein:robust fein:schlicht fein:schmucklos fein:schwerfall fein:unansehn
fein:unattraktiv fein:unelegant fein:ungehobelt fein:zartbitt feindlich:freundschaft
feindlich:gutlich feindsel:freundschaft feindsel:gutlich feinfuhl:unsensibel feinkorn:rau
feinkorn:rauh fekund:steril fekund:unfruchtbar fekund:zeugungsunfah feminin:kastriert
feminin:mannlich feminin:maskulin feminin:sachlich fern:nah fern:nahesteh fernbleib:vorhand
fernbleib:vorlieg fertig:unbeendet fertig:unfert fertig:unvollendet fertig:unvollstand fertil:steril
fertil:unfruchtbar fertil:zeugungsunfah fest:gefahrdet fest:schlecht fest:ungleichmass fest:unsich
fest:unverpackt fest:wackel fest:wacklig festgelegt:unbestimmt festgesetzt:unbestimmt
feststeh:unsich fett:hag fett:mag fett:schmal fettfrei:fettig fettfrei:speckig feurig:lustlos
fieberfrei:fiebrig fies:gut fies:lieb fies:nett finit:uferlos finit:unend finst:hell fit:ungeeignet
flach:geradlin flach:kubisch flach:linear flach:wurfel flach:wurfelform flauschig:hart
flehent:gebieter flehent:herrisch fleischfress:insektenfress fleischfress:pflanzenfress
fleissig:nachlass flexibel:starr flexibel:unbiegsam flott:langsam flott:langweil flott:od flott:ode
flott:schwerfall flott:stumpf flott:trag flott:trist flott:trock flott:trostlos fluchtart:gemut
flugellos:geflugelt flussabwart:flussaufwart flussabwart:stromaufwart flussaufwart:stromabwart
flussig:gasform foderalist:unitar folgend:fruh folgend:obensteh folgend:obgenannt folgend:obig
folgend:vorangegang folgend:vorangeh folgend:vorbezeichnet folgend:vorgenannt folgend:vorhergeh
folgend:vorsteh folgericht:unlog folgsam:unbotmass folgsam:unfolgsam folgsam:ungehorsam
folgsam:widerspenst formal:formlos formal:informell formal:zwanglos formbar:hartnack formbar:nicht
formbar:refraktar formbar:storrisch formbar:therapierefraktar formbar:unfugsam
formbar:unkontrollierbar formbar:widerspenst formell:formlos formell:informell formell:zwanglos
formlos:gestalt formvollendet:mangelnd fortdauernd:unstet fortgesetzt:sporad fortissimo:pianissimo
fortlauf:unstet fortpflanzungsfah:steril fortpflanzungsfah:unfruchtbar
fortpflanzungsfah:zeugungsunfah fortschritt:regressiv fortschritt:rucklauf fortschritt:ruckschritt
fraglich:unumstritt fraglich:unzweifelhaft fragwurd:geschmack fragwurd:schmackhaft
fragwurd:unumstritt fragwurd:unzweifelhaft fraktioniert:ganz fraktioniert:gesamt frech:verschreckt
frei:gebund freigieb:geizig freigieb:knauser freigieb:knausrig freigieb:kniepig freigieb:knorzig
freigieb:netig freiwill:unfreiwill fremd:heimisch fremd:indig fremd:inland fremd:innerstaat
fremd:muttersprach freudig:freudlos freudlos:frohlich freudvoll:kummervoll freudvoll:sorgenvoll
freudvoll:traurig freundlich:gemein freundlich:lieblos freundlich:unfreund
freundschaft:oppositionell frohgemut:trist frohlich:traurig frohlich:trist frohlich:ungluck
frohsinn:trist fromm:pietatlos frommelnd:pietatlos frommler:pietatlos frostig:heiss frostig:scharf
fruchtbar:steril fruchtbar:unfruchtbar fruchtbar:zeugungsunfah fruh:nachmal fruh:spat
fruh:subsequent fugsam:starr fugsam:unbiegsam fugsam:widerspenst fuhlend:unsensibel
furchtlos:furchtsam furchtlos:verangstigt gangig:selt gangig:ungebrauch gangig:ungewohn gangig:unub
ganzlich:teilweis gar:roh gar:ungekocht gardinenlos:verhangt gardinenlos:zugehangt gastfreund:ungast
gastfreund:unwirt gebetsmuhlenart:sporad gebetsmuhlenhaft:sporad gebildet:ungebildet
geborg:gefahrdet geborg:unsich gebrauch:ungewohn gebrauch:ungewohnt gebrech:kraftig gebrech:robust
gebrech:stabil gebrech:widerstandsfah gebuhr:unangebracht gebuhr:ungebuhr gebuhr:ungeeignet
gebuhr:ungehor gebuhr:ungeziem gebuhr:unkorrekt gebuhr:unmani gebuhr:unpass gebuhr:unsachgemass
gebuhr:unschick gebuhr:unschon gebund:ungebund gedankenlos:gedankenverlor gedankenlos:gedankenvoll
gedankenlos:nachdenk gedeftet:hoh gedieg:hohl gedrangt:weitschweif gedrangt:wortreich gedruckt:hoh
geduld:ungeduld geeignet:unangebracht geeignet:ungebuhr geeignet:ungeeignet geeignet:ungehor
geeignet:unpass gefahr:risikofrei gefahr:risikolos gefahr:sich gefahrbring:risikofrei
gefahrbring:risikolos gefahrbring:sich gefahrdet:gesichert gefahrdet:sich gefahrdet:unangreifbar
gefahrdet:unverletz gefahrdet:unverwundbar gefahrentracht:risikofrei gefahrentracht:risikolos
gefahrentracht:sich gefahrvoll:risikofrei gefahrvoll:risikolos gefahrvoll:sich gefall:negativ
gefall:unangenehm gefall:ungefall gefalscht:unverfalscht gefarbt:objektiv gefarbt:unbeeinflusst
gefarbt:ungefarbt gefug:widerspenst gefuhllos:gefuhlvoll gefuhllos:heikel gefuhllos:schutzenswert
gefuhlsmass:geistig gefuhlsmass:intellektuell gefuhlsmass:leidenschaftslos gefuhlsmass:nucht
gefuhlsmass:sachlich gefuhlsmass:vergeistigt gefuhlsmass:zerebral gegenstand:wechselstand
gegenuberlieg:wechselstand gehaltlos:grundleg gehaltlos:korp gehaltlos:profund gehaltlos:stofflich
gehaltlos:tief gehaltlos:tiefdenk gehaltlos:tiefgeh gehaltlos:tiefgreif gehaltlos:tiefgrund
gehaltlos:tiefsinn gehaltlos:unergrund gehaltlos:wesent gehaltlos:wirklich geheim:off
geheim:unverhohl gehorsam:unbotmass gehorsam:unfolgsam gehorsam:ungehorsam
geistesgestort:zurechnungsfah geisteskrank:zurechnungsfah geistig:korp geistig:leiblich
geistig:physikal geistig:physisch geistlich:profan geistlich:weltlich geizig:generos geizig:grosszug
geizig:weitherz gekappt:ungeschnitt geknickt:hoh gekunstelt:natur gekunstelt:naturell
gekunstelt:naturgegeb gekunstelt:naturhaft gekunstelt:unaffektiert gekunstelt:ungekunstelt
gelass:sturmisch gelauf:komisch gelauf:merkwurd gelauf:seltsam gelauf:skurril gelauf:sond
gelauf:sonderbar gelauf:ungewohnt gelauf:wund gelung:ungeschickt gelung:ungluck gelung:unpass
gemassigt:heftig gemassigt:masslos gemassigt:ubermass gemein:grossmut gemein:nobel gemein:prachtig
gemein:stattlich gemein:tugendreich gemein:ungewohn gemein:vornehm gemeinsam:getrennt
gemeinsam:verschied gemustert:zartbitt gemut:unangenehm gemut:unbehag gemut:ungemut genau:inkorrekt
genau:ungenau genau:unprazis genau:unricht genau:unscharf genau:unzutreff genehm:unbequ
genehm:ungeleg genehm:ungemut genehm:ungunst genehm:unprakt genehm:unvorteilhaft geneigt:horizontal
geneigt:lotrecht geneigt:seig geneigt:senkrecht geneigt:vertikal geneigt:waagerecht
geneigt:waagrecht generell:hiesig generell:konkret generos:knauser generos:knausrig generos:kniepig
generos:knorzig generos:netig geniessbar:ungeniessbar genug:ungenug genug:unzureich
genugsam:unbescheid geoffnet:geschloss geograf:magnethaft geograph:magnethaft geometr:geradlin
geozentr:heliozentr gepanzert:ungepanzert gerad:indirekt gerad:korrupt gerad:mittelbar
gerad:uneinheit gerad:ungleichmass gerad:ungrad gerad:unregelmass geradlin:kubisch geradlin:wurfel
geradlin:wurfelform gerauschempfind:ruhig gerauschempfind:still gerauschvoll:ruhig
gerauschvoll:still gerecht:schandbar gerecht:sundhaft gerecht:unbill gerecht:unfair
gerecht:ungerecht gericht:gesetzeswidr gericht:gesetzwidr gericht:rechtswidr gericht:unerlaubt
gericht:ungesetz gericht:unrechtmass gering:hochmut gering:hoffart gering:meist gering:stattlich
gering:stolz geringfug:maximal geringwert:stark geringwert:superior geringwert:uberrag
gesattigt:leer geschickt:taktlos geschickt:unbeholf geschickt:ungeschickt geschlecht:geschlechtslos
geschlecht:ungeschlecht geschlecht:vegetativ geschlechtslos:sexuell geschloss:off
geschmack:unappetit geschmack:ungustios geschmack:unschmackhaft geschmack:wid geschmack:widerwart
geschmack:zweifelhaft geschmacklos:geschmackvoll geschmacksarm:herzhaft geschmacksarm:leck
geschmacksarm:schmackhaft geschmacksarm:wohlschmeck geschmackvoll:unasthet geschmackvoll:unschon
geschmeid:starr geschmeid:unbiegsam geschraubt:unpratentios gesegnet:verflucht gesell:menschenscheu
gesellschaft:unsozial gesetzeswidr:legal gesetzeswidr:rechtlich gesetzeswidr:rechtmass
gesetzmass:gesetzwidr gesetzmass:rechtswidr gesetzwidr:legal gesetzwidr:rechtlich
gesetzwidr:rechtmass gesichert:unsich gesondert:undeut gesondert:unklar gesondert:verschwomm
gespalt:verbund gespalt:vereint gespannt:halbherz gespannt:halbschar gespannt:lasch gespannt:lax
gespannt:lock gespannt:nachlass gestalt:informell gestalt:zwanglos gestand:unbewandert
gestand:unerfahr gestorb:lebend gestorb:liv gestorb:spannungsfuhr gestorb:stromfuhr gesund:schlecht
gesund:ungesund gesund:unsich gesund:unzutrag gesundheitsfordernd:ungesund getrennt:verbund
gewagt:verschreckt gewalt:kraftlos gewaltlos:heftig gewandt:taktlos gewandt:unbeholf
gewandt:ungeschickt gewerbsmass:laienhaft gewerbsmass:unfachmann gewinnbring:unnutz
gewinnbring:unprofitabel gewinntracht:unprofitabel gewiss:unbestimmt gewiss:ungewiss gewiss:unsich
gewitzt:stupid gewitzt:toricht gewohn:ungewohn gewohnheitsmass:ungewohn gewohnt:komisch
gewohnt:merkwurd gewohnt:seltsam gewohnt:skurril gewohnt:sond gewohnt:sonderbar gewohnt:ungewohn
gewohnt:ungewohnt gewohnt:wund gewunscht:unerwunscht gezahmt:wild gezeichnet:unbezeichnet
geziem:unangebracht geziem:ungebuhr geziem:ungeeignet geziem:ungehor geziem:ungeziem
geziem:unkorrekt geziem:unmani geziem:unpass geziem:unsachgemass geziem:unschick geziem:unschon
geziem:widmungsfremd geziem:widmungswidr geziem:zweckfremd geziem:zweckwidr glatt:grob glatt:haarig
glatt:holprig glatt:rau glatt:uneb glatt:zottel glaubhaft:unglaub glaubhaft:unwahrschein
glaubig:unreligios glaubwurd:unglaub glaubwurd:unheim glaubwurd:unwahrschein gleich:ubrig
gleich:unahn gleich:ungleich gleich:unsymmetr gleichbleib:unvereinbar gleichform:irregular
gleichform:regelwidr gleichmass:unausgeg gleichmass:unausgewog gleichmass:uneinheit
gleichmass:ungleichmass gleichmass:ungrad gleichmass:unregelmass gleichrang:unsymmetr
glucklich:ungeschickt glucklich:ungluck glucklich:ungunst glucklich:unpass glucklich:unzufried
glucklich:verflucht glucklicherweis:leid glucklicherweis:unerfreulicherweis
glucklicherweis:unglucklicherweis glucklicherweis:unseligerweis glucksverheiss:ungluck
glucksverheiss:ungunst gnadig:unfreund gnadig:unhof gottergeb:pietatlos gottesfurcht:pietatlos
gottgefall:pietatlos grammatikal:ungrammat grasslich:schon grasslich:wunderhubsch
grasslich:wunderschon grazios:linkisch grazios:tapsig grazios:tollpatsch grazios:unbeholf
grazios:ungelenk grazios:ungeschickt greifbar:unfuhlbar greifbar:ungreifbar
grenzenlos:kontingentiert grenzenlos:zugangsbeschrankt grob:nahtlos gross:klein gross:unbedeut
grossflach:klein grossflach:unbedeut grossgewachs:klein grossgewachs:kleingewachs
grossgewachs:kleinwuchs grossmut:nied grossmut:schabig grossmut:unedel grossspur:unpratentios
grosszug:knauser grosszug:knausrig grosszug:kniepig grosszug:knorzig grosszug:netig
grundleg:inhaltsle grundleg:inhaltslos grundleg:nebensach grundleg:substanzlos grundleg:unwirk
grundlich:leichtsinn grundlich:lied grundlich:nachlass grundlich:schlampert grundlich:schlampig
grundlich:schluder grundlich:schludrig grundlich:unvorsicht gultig:invalid gultig:kriegsbeschadigt
gultig:ungult gunstig:infaust gunstig:misslich gunstig:negativ gunstig:passiv gunstig:schlecht
gunstig:unangebracht gunstig:ungeleg gunstig:ungnad gunstig:ungunst gunstig:unheilvoll
gunstig:unvorteilhaft gunstig:widrig gut:scheusslich gut:schlecht gut:schlimm gut:unaussteh
gutig:unfreund gutlich:oppositionell haargenau:ungenau haargenau:unprazis haargenau:unscharf
haarig:haarlos haarig:kahl haarig:unbehaart haarlos:zottel haftbar:unverantwort halbherz:nervos
halbschar:nervos halsstarr:sanftmut halsstarr:willig handisch:selbsttat harmlos:schadensstift
harmlos:schadlich harmlos:wid harmlos:widerwart harmon:unharmon hart:nachgieb hart:sanft hart:weich
hart:weichlich hasenfuss:heldenhaft hasenfuss:mutig hasenfuss:tapf hasserfullt:liebenswert
hasslich:schon hasslich:wunderhubsch hasslich:wunderschon haufig:selt haufig:ungebrauch
haufig:ungewohn haufig:unub haushalter:verschwender hautnah:schlabber hautnah:unverpackt
heftig:massvoll heftig:sanft heftig:schwach heikel:herzlos heikel:kaltherz heikel:robust
heikel:unempfind heikel:unsensibel heilig:profan heilig:unheil heilig:weltlich heillos:hoffent
heillos:hoffnungsfroh heillos:hoffnungsvoll heiss:kalt heit:klarungsbedurft heit:trist heit:trub
heit:undeut heit:unklar heit:unubersicht heit:vag heit:verschwomm heit:wolkig heiterhell:matt
heiterhell:stumpf heldenhaft:memmenhaft hell:matt hell:stumpf helllicht:matt helllicht:stumpf
hemmungslos:massvoll hemmungslos:verhalt hemmungslos:zuruckhalt herab:hinauf
herausziehbar:unentwirrbar herbstlich:somm herbstlich:wint herdenbild:unsozial
herkomm:unkonventionell hernied:hinauf herunt:hinauf herzhaft:labber herzhaft:schal
herzlos:schutzenswert hetero:homosexuell hetero:zweigeschlecht hetero:zwitterhaft heterog:homog
heterosexuell:homosexuell heterosexuell:zweigeschlecht heterosexuell:zwitterhaft
heterozygot:homozygot heterozygot:reinerb hiesig:national himmlisch:irdisch himmlisch:weltlich
hinab:hinauf hinauf:nied hinauf:runt hinauf:zusammengebroch hinfuhr:wegfuhr hinlang:ungenug
hinreich:mangelhaft hinreich:unangemess hinreich:ungenug hinreich:unzureich hint:vorderseit
hinterlist:off hoch:niedrig hoch:tief hochentwickelt:naiv hochgestoch:unpratentios
hochkompliziert:naiv hochmut:niedrig hochpreis:preiswert hochtrab:unpratentios hoffart:niedrig
hoffig:retrospektiv hoffig:ruckblick hoffig:ruckschau hoffig:ruckwirk hoffig:zuruckblick
hoffnungsfroh:hoffnungslos hoffnungsfroh:trostlos hoffnungslos:hoffnungsvoll hoffnungsvoll:trostlos
hoflich:unhof hoh:mutlos hoh:niedergedruckt hoh:niedergeschlag hoh:niedrig hoh:tief
hoh:untergeordnet hoh:verzagt hohergestellt:untergeordnet hohl:massiv holprig:nahtlos
homog:verschiedenart homosexuell:zweigeschlecht homosexuell:zwitterhaft homozygot:mischerb
horbar:unhorbar horizontal:lotrecht horizontal:schief horizontal:schrag horizontal:seig
horizontal:senkrecht horizontal:vertikal huldvoll:unhof human:inhuman human:menschenveracht
human:unmensch humorist:humorlos humorist:witzlos humorlos:humorvoll humorvoll:witzlos
hygien:hygienewidr hygien:ungesund hygien:unhygien hypertensiv:normotensiv hypoton:isoton
hypterton:normotensiv ideenlos:kreativ ideenlos:schopfer ideenreich:steril ideenreich:unfruchtbar
ideenreich:zeugungsunfah illegitim:rechtmass illoyal:loyal illusor:lebensecht illusor:naturgetreu
illusor:wirklichkeitsgetreu illusor:wirklichkeitsnah imitiert:naturell imitiert:naturgegeb
imitiert:naturhaft imm:nie imm:niemal imm:nimm immobil:mobil immobil:ortsbeweg immobil:ortsungebund
impotent:potent impotent:stark inaktiv:reaktionsfah inaktiv:reaktiv inaktiv:reg inaktiv:regsam
inaktiv:ruhrig inaktiv:tatig indirekt:stufenlos indirekt:unmittelbar ineffektiv:wirksam
ineffektiv:wirkungsvoll infaust:passend infaust:positiv infaust:vorteilhaft inferior:stark
inferior:superior inferior:uberrag inhaltsle:korp inhaltsle:stofflich inhaltsle:wesent
inhaltsle:wirklich inhaltslos:korp inhaltslos:stofflich inhaltslos:wesent inhaltslos:wichtig
inhaltslos:wirklich initiativ:ruckgekoppelt initiativ:ruckkoppelnd inkompressibel:komprimierbar
inkompressibel:zusammendruckbar inkongruent:kongruent inkonsequent:konsistent
inkonsequent:ubereinstimm inkonsequent:widerspruchsfrei inkorrekt:korrekt inkorrekt:richtig
inkorrekt:zutreff inlieg:off inlieg:ungekapselt inopportun:passend insektenfress:pflanzenfress
insolvent:liquid insolvent:losend insolvent:solvent instabil:standf instabil:wertbestand
integ:sittenwidr intensiv:sanft interessant:uninteressant interimist:permanent
interkontinental:kontinental intolerant:tolerant intolerierbar:tolerierbar intransitiv:transitiv
intrusiv:vulkan invalid:rechtsgult invalid:valid invalid:zulass ipsilateral:kontralateral
irdisch:paradies irdisch:uberird irdisch:unwelt irrational:vernunft irreal:regelrecht irreal:richtig
irreal:richtiggeh irreal:wahr irreal:wirklich irreduzibel:reduzierbar irregular:ublich
irrelevant:relevant irrelevant:sachbezog irrelevant:sachdi irreversibel:reversibel jah:schrittweis
jah:stufenweis jah:sukzessiv jahreszeit:ungeleg jahreszeit:unzeit jemal:nie jemal:niemal jemal:nimm
kahl:uberdacht kahl:zottel kahl:zugedeckt kahlgeschor:unrasiert kakofon:wohllaut kakophon:wohllaut
kalkulierbar:unermess kalkulierbar:unkalkulierbar kalkulierbar:unschatzbar
kalkulierbar:unuberblickbar kalt:scharf kaltherz:schutzenswert kantig:rund kapitalist:sozialist
karg:weit karglich:weit karitativ:ungunst karitativ:unheilbring karitativ:unheilschwang
karitativ:unheilvoll keck:verschreckt kernlos:samenreich keusch:unkeusch keusch:unzucht
klanglos:melod klanglos:melodienreich klar:klarungsbedurft klar:kompliziert klar:korrupt
klar:kunstreich klar:kunstvoll klar:schick klar:trub klar:undeut klar:unklar klar:unubersicht
klar:unverstand klar:verschwomm klar:vornehm klar:wolkig klarungsbedurft:scharf klein:meist
klein:reichlich klein:umfangreich klein:weit klein:weitflach kleinwuchs:lang kleinwuchs:langwier
kleinwuchs:weit klug:quatschig klug:schrag klug:toricht klug:unbesonn klug:unklug klug:unuberlegt
knapp:reichhalt knapp:schlabber knapp:unverpackt knapp:uppig knapp:weit knapp:weitschweif
knapp:wortreich knauser:weitherz knausrig:weitherz kniepig:weitherz knorzig:weitherz
koharent:unzusammenhang koharent:zusammenhanglos koloriert:objektiv koloriert:unbeeinflusst
koloriert:ungefarbt komfortabel:unangenehm komfortabel:unbehag komfortabel:ungemut
kommerziell:unkommerziell kompakt:lock kompakt:unverpackt kompakt:weitschweif kompakt:wortreich
kompetent:unfah kompetent:unzustand kompliziert:rein kompliziert:schlicht kompliziert:schmucklos
kompliziert:unansehn kompliziert:unattraktiv kompliziert:zartbitt konfliktbehaftet:unumstritt
konform:widerspenst konkordant:unein konkordant:widersprech konsequent:unvereinbar
konsequentermass:unlog konsequenterweis:unlog konsistent:ungleichmass konsistent:unvereinbar
konsistent:widerspruchsvoll konsonant:vokal konstant:unvereinbar konstipiert:purgativ
konstipiert:stuhlfordernd konstitutionell:verfassungswidr konstruktiv:zerstor konstruktiv:zerstorer
kontaktfreud:menschenscheu kontingentiert:schrankenlos kontinui:unstet kontrolliert:ungesteuert
kontrolliert:unkontrolliert kontrov:unumstritt kontroversiell:unumstritt
konventionell:unkonventionell konzeptlos:wichtigtuer korp:korperlos korp:mental korp:seelisch
korp:substanzlos korp:unkorp korp:unwirk korp:wesenlos korperf:mesial korperf:proximal
korperhaft:korperlos korperhaft:unkorp korperhaft:wesenlos korrekt:unangebracht korrekt:ungebuhr
korrekt:ungeeignet korrekt:ungehor korrekt:ungeziem korrekt:unkorrekt korrekt:unmani korrekt:unpass
korrekt:unricht korrekt:unsachgemass korrekt:unschick korrekt:unschon korrekt:unzutreff
korrekt:widmungsfremd korrekt:widmungswidr korrekt:zweckfremd korrekt:zweckwidr
korrigierbar:unverbess korrumpiert:unbestech korrupt:ordent korrupt:unbestech kostbar:nichtsnutz
kostbar:wertlos kostengunst:teu kostspiel:preiswert kraftig:schwach kraftig:schwachlich
kraftlos:machtig kraftlos:machtvoll kraftlos:stark kriegsbeschadigt:rechtsgult
kriegsbeschadigt:valid kriegsbeschadigt:zulass kritisch:unkrit kritisch:unterschiedslos
kritisch:urteilslos kubisch:linear kuhn:verschreckt kulant:ungefall kultiviert:naiv kunstlich:natur
kunstlich:naturell kunstlich:naturgegeb kunstlich:naturhaft kunstreich:rein kunstreich:schlicht
kunstreich:schmucklos kunstreich:unansehn kunstreich:unattraktiv kunstreich:zartbitt kunstvoll:rein
kunstvoll:schlicht kunstvoll:schmucklos kunstvoll:unansehn kunstvoll:unasthet kunstvoll:unattraktiv
kunstvoll:unschon kunstvoll:zartbitt kurz:lang kurz:langwier kurz:weit kurz:weitschweif
kurz:wortreich kurzfrist:langwier kurzkopf:langkopf kurzkopf:langschadel kurzschadel:langkopf
kurzschadel:langschadel kuschel:unangenehm kuschel:unbehag kuschel:ungemut kuschlig:unangenehm
kuschlig:unbehag kuschlig:ungemut labber:leck labber:schmackhaft labber:wohlschmeck
laienhaft:profihaft laienhaft:standesrecht landlauf:selt landlauf:ungebrauch landlauf:ungewohn
landlauf:unub landlich:urban langkopf:rundkopf langsam:lichtstark langsam:rasant langsam:rasch
langsam:schnell langschadel:rundkopf langweil:lebend langweil:lebhaft langweil:lupfig langweil:munt
langweil:quick langweil:quirlig langweil:spannend langweil:temperamentvoll larmend:leis
larmend:ruhig larmend:still larmig:leis larmig:ruhig larmig:still lasch:nervos
lasterhaft:tugendreich lax:nervos lebend:od lebend:ode lebend:schwerfall lebend:stromlos
lebend:stumpf lebend:tot lebend:trist lebend:trock lebend:trostlos lebendgebar:ovipar
lebendgebar:ovovivipar lebensentscheid:unwesent lebensfremd:praktisch lebenswert:unbewohnbar
lebhaft:lustlos lebhaft:od lebhaft:ode lebhaft:schwerfall lebhaft:stumpf lebhaft:trist lebhaft:trock
lebhaft:trostlos leck:robust leck:schal leer:satt leer:voll legal:rechtswidr legal:unerlaubt
legal:ungesetz legal:unrechtmass legitim:nichtehe legitim:unehe leiblich:mental leiblich:seelisch
leicht:massiv leicht:schwer leicht:schwierig leicht:wuchtig leichtfert:pfleglich leichtglaub:unglaub
leichtsinn:pfleglich leichtsinn:sorgfalt leistungsfah:wirkungslos lenkbar:nicht
lenkbar:unkontrollierbar lenksam:unverbess les:unles les:unlesbar lesbar:unles lesbar:unlesbar
leuchtend:matt leuchtend:stumpf leugbar:unanbweisbar leugbar:unbestreitbar leugbar:unleugbar
leutsel:menschenscheu lichtstark:trag lichtundurchlass:wolkenlos lieb:scheusslich lieb:unaussteh
liebenswert:unsympath liebevoll:lieblos lied:pfleglich lied:sorgfalt linear:wurfel linear:wurfelform
link:recht linksseit:rechtsseit liquid:zahlungsunfah liv:stromlos liv:tot lock:massiv lock:nervos
lock:zusammengedrangt logisch:unlog losbar:unlosbar losend:zahlungsunfah lotrecht:schief
lotrecht:schrag lotrecht:waagerecht lotrecht:waagrecht luckenhaft:restlos luckenhaft:samtlich
luckenhaft:spurlos luckenhaft:vollig luckenhaft:vollstand luftabhang:luftunabhang
luftabhang:sauerstoffunabhang luftunabhang:sauerstoffabhang lugner:wahrhaft lukrativ:unprofitabel
lupfig:od lupfig:ode lupfig:schwerfall lupfig:stumpf lupfig:trist lupfig:trock lupfig:trostlos
lustlos:schneidig lustlos:temperamentvoll mag:weit mangelhaft:zulang mangelhaft:zureich
mangelnd:perfekt mangelnd:vollendet mangelnd:vollkomm mani:unangebracht mani:ungebuhr
mani:ungeeignet mani:ungehor mani:ungeziem mani:unkorrekt mani:unmani mani:unpass mani:unsachgemass
mani:unschick mani:unschon mani:widmungsfremd mani:widmungswidr mani:zweckfremd mani:zweckwidr
mannlich:unmann manuell:selbsttat masochist:sadist massgeb:unkrit massig:masslos massig:ubermass
massiv:unverpackt masslos:mittelmass masslos:moderat massvoll:uneingeschrankt massvoll:ungezugelt
matriarchal:patriarchal matt:stark matt:strahlend maximal:minimal mehrdeut:unmissverstand
mehrdeut:unzweideut mehrgestalt:uniform mehrseit:unilateral meist:wenig melod:unmelod
melodienreich:unmelod memmenhaft:mutig memmenhaft:tapf mengenmass:qualitativ mengenmass:silbenbild
menschenscheu:umgang mental:physikal mental:physisch merkbar:unmerk merkbar:unmerkbar
merkbar:unsichtbar merklich:unmerk merklich:unmerkbar merklich:unsichtbar messbar:unermess
messbar:unmessbar metall:nichtmetall militar:unmilitar militartechn:unmilitar minderwert:stark
minderwert:superior minderwert:uberrag mischbar:unmischbar mischbar:unvermischbar mischerb:reinerb
missbill:zustimm missfall:wohlgefall misslich:passend misslich:positiv misslich:vorteilhaft
misston:wohllaut misstrau:unachtsam misstrau:unvorsicht misstrau:vertrauenssel
misstrau:vertrauensvoll mitbeeinflusst:unsympath mitschwing:unsympath mittelbar:stufenlos
mittelbar:unmittelbar mittelmass:ubermass mobil:unbeweg mod:unmod moderat:ubermass modisch:unmod
moglich:tatsach mondbeschi:mondlos mondhell:mondlos monogam:polygam monogam:polygyn
monophon:polyphon moral:sittenwidr moral:unmoral moral:unsitt muffig:ventiliert muhelos:muhsam
muhelos:schwer muhelos:schwierig muhelos:ungemut multilaterial:unilateral mundig:unangenehm munt:od
munt:ode munt:schwerfall munt:stumpf munt:trist munt:trock munt:trostlos musikal:unmusikal
mutig:verschreckt mutt:vat nachfolg:obensteh nachfolg:obgenannt nachfolg:obig nachfolg:vorangegang
nachfolg:vorbezeichnet nachfolg:vorgenannt nachfolg:vorhergeh nachfolg:vorsteh nachgeb:widerspenst
nachgelagert:oberstrom nachgelagert:oberwasserseit nachgelagert:stromaufwart
nachgelagert:vorgelagert nachgelagert:vorgeschaltet nachgemacht:naturell nachgemacht:naturgegeb
nachgemacht:naturhaft nachgeordnet:unbotmass nachgeordnet:unbotsam nachgeordnet:unfolgsam
nachgeordnet:ungehorsam nachgeschaltet:oberstrom nachgeschaltet:oberwasserseit
nachgeschaltet:stromaufwart nachgeschaltet:vorgelagert nachgeschaltet:vorgeschaltet
nachgieb:ungefall nachlass:nervos nachlass:pfleglich nachlass:sorgfalt nachmal:vorangeh
nachtaktiv:tagaktiv nachtaktiv:tagesaktiv nachteil:vorteilhaft nachvollziehbar:unbegreif
nachvollziehbar:unerfind nachvollziehbar:unergrund nachvollziehbar:unerklar nachvollziehbar:unfass
nachvollziehbar:unfassbar nachvollziehbar:unverstand nackt:uberdacht nackt:zugedeckt nahtlos:rau
nahtlos:uneb naiv:raffiniert naiv:welterfahr naiv:weltgewandt naiv:weltklug nass:regenarm nass:trock
nass:trockensteh national:volkerrecht natur:unnatur naturell:naturf naturell:naturfremd
naturell:uberird naturell:ubernatur naturell:unecht naturf:naturgegeb naturf:naturhaft
naturfremd:naturgegeb naturfremd:naturhaft naturgegeb:uberird naturgegeb:ubernatur naturgegeb:unecht
naturgemass:unnatur naturhaft:uberird naturhaft:ubernatur naturhaft:unecht naturlicherweis:unnatur
negativ:passend negativ:positiv negativ:vorteilhaft neidlos:zahenknirsch netig:weitherz
nett:scheusslich nett:unaussteh neugier:uninteressiert nichtehe:rechtmass nichtsnutz:wertvoll
nichtstuend:reg nichtstuend:regsam nichtstuend:tatig nie:standig nied:nobel nied:prachtig
nied:stattlich nied:vornehm niedertracht:tugendreich niedrig:stattlich niedrig:stolz niemal:standig
nimm:standig nobel:schabig nobel:unedel nokturn:tagaktiv nokturn:tagesaktiv notig:uberdacht
notig:uberfluss notig:unnot notig:unnutz notig:zugedeckt notwend:uberdacht notwend:uberfluss
notwend:unnot notwend:unnutz notwend:zugedeckt nutzlich:unnutz oberflach:profund
oberflach:schwerwieg oberflach:tief oberflach:tiefdenk oberflach:tiefgeh oberflach:tiefgreif
oberflach:tiefgrund oberflach:tiefsinn objektiv:subjektiv obligat:optional obligat:wahlfrei
obligator:optional obligator:wahlfrei obstinat:sanftmut obstinat:willig obstipiert:purgativ
obstipiert:stuhlfordernd od:quick od:quirlig od:temperamentvoll ode:quick ode:quirlig
ode:temperamentvoll off:verborg off:verdeckt offenkund:verdeckt offent:privat oft:selt oftmal:selt
ohnmacht:potent ohnmacht:stark opak:wolkenlos opportun:unzweckmass optimist:pessimist
optional:verpflicht ordent:schlampert ordent:schlampig ordent:unordent ordinar:raffiniert
ordinar:verfeinert originalgetreu:treulos originar:unoriginal ortsbeweg:unbeweg ortsungebund:unbeweg
ostentativ:schlicht ostentativ:unaufdring ostlich:westlich ovipar:ovovivipar ovipar:vivipar
ovovivipar:vivipar palpabel:unfuhlbar palpabel:ungreifbar paradies:weltlich parallel:schief
parallel:schiefwinkel parallel:schiefwinkl parat:unvorbereitet pardonabel:unentschuldbar
pardonabel:unverzeih paritat:unsymmetr parteiisch:unvoreigenomm partiell:unvoreigenomm
partnerschaft:unfair partnerschaft:ungerecht passabel:unbefahrbar passabel:unpassierbar
passend:passiv passend:schlecht passend:unangebracht passend:ungebuhr passend:ungeeignet
passend:ungehor passend:ungeleg passend:ungeziem passend:ungunst passend:unkorrekt passend:unmani
passend:unpass passend:unsachgemass passend:unschick passend:unschon passend:unvorteilhaft
passend:widmungsfremd passend:widmungswidr passend:widrig passend:zweckfremd passend:zweckwidr
passiv:positiv passiv:vorteilhaft patriot:unpatriot pellit:sandhalt pellit:sandig
perennial:sommerannuell perennial:winterannuell perennial:zweijahr perfekt:unvollkomm
perfekt:unvollstand perinatal:pranatal perinatal:vorgeburt periph:zentral peripher:zentral
permanent:ubergangsweis person:unperson pfiffig:stupid pfiffig:toricht pfleglich:schlampert
pfleglich:schlampig pfleglich:schluder pfleglich:schludrig pfleglich:unuberlegt pfleglich:unvorsicht
physikal:seelisch physisch:seelisch pietatlos:scheinheil pietatvoll:respektlos piksend:prinzipienlos
planbar:unvorhersagbar planbar:unvorhersehbar planlos:zielgerichtet plotzlich:schrittweis
plotzlich:stufenweis plotzlich:sukzessiv pompos:schlicht pompos:unaufdring positiv:schlecht
positiv:ungunst positiv:wertfrei positiv:widrig postprandial:preprandial potentiell:tatsach
potenziell:tatsach prachtig:schabig prachtig:unedel pragnant:weitschweif pragnant:wortreich
praktisch:praxisf praktisch:praxisfremd praktisch:realitatsf praktisch:ungunst praktisch:unprakt
praktisch:unrealist praktisch:unvorteilhaft praktisch:utop praktisch:weltf praktisch:weltfremd
praktisch:wiklichkeitsf pratentios:unpratentios preiswert:teu primitiv:raffiniert
primitiv:verfeinert prinzipienlos:stachel prinzipienlos:stachlig prinzipienlos:stechend
privilegiert:schlechtergestellt privilegiert:unterprivilegiert produktiv:unergieb
produktiv:unfruchtbar produktiv:unproduktiv profan:sakral profihaft:unfachmann
profitabel:unprofitabel profund:seicht profund:substanzlos profund:vordergrund
prognostizierbar:unvorhersagbar prognostizierbar:unvorhersehbar progressiv:regressiv
progressiv:rucklauf progressiv:ruckschritt prospektiv:retrospektiv prospektiv:ruckblick
prospektiv:ruckschau prospektiv:ruckwirk prospektiv:zuruckblick protzig:schlicht protzig:unaufdring
punktgleich:uneinheit punktgleich:ungerad punktgleich:ungleichmass punktgleich:ungrad
punktgleich:unregelmass punktlich:unpunkt pur:verdunnt purgativ:stuhlverstopft
qualitativ:quantitativ qualmig:rauchlos quantitativ:silbenbild quatschig:weis querkopf:sanftmut
querkopf:willig quick:schwerfall quick:stumpf quick:trist quick:trock quick:trostlos
quirlig:schwerfall quirlig:stumpf quirlig:trist quirlig:trock quirlig:trostlos raffiniert:stupid
raffiniert:toricht raffiniert:unfein raffiniert:unkultiviert rar:reichhalt rar:uppig rasant:trag
rati:uberproportional rati:unverhaltnismass rati:verhaltniswidr rational:vernunftlos
rational:vernunftwidr rationell:wirkungslos reagier:unansprechbar reaktionsfah:reaktionslos
reaktionslos:reaktiv reaktionsschnell:unansprechbar realist:unrealist recht:ubriggelass
recht:unangebracht recht:ungebuhr recht:ungehor recht:ungeziem recht:unkorrekt recht:unmani
recht:unpass recht:unricht recht:unschick recht:unschon recht:unvorschriftsmass recht:widmungsfremd
recht:widmungswidr recht:zweckfremd recht:zweckwidr rechtlich:rechtswidr rechtlich:unerlaubt
rechtlich:ungesetz rechtlich:unrechtmass rechtmass:rechtswidr rechtmass:unehe rechtmass:unerlaubt
rechtmass:ungesetz rechtmass:unrechtmass rechtschaff:schandbar rechtschaff:sundhaft
rechtschaff:verworf rechtsgult:ungult rechtsseit:sinistral rechtsstaat:verfassungswidr
rechtwinkl:rundlich rechtwinkl:uberschlag redegewandt:unartikuliert redegewandt:undeut
redegewandt:unverstand redegewandt:zusammenhangslos redsel:schweigsam reg:tatenlos reg:trag
reg:untat regelmass:unregelmass regelwidr:ublich regenarm:regner regenarm:vernasst
regenarm:verregnet regner:trock regner:trockensteh regressiv:zukunftsgerichtet regsam:still
regsam:tatenlos regsam:trag regsam:untat regular:unregelmass rehabilitier:strafend reichhalt:selt
reichlich:unbedeut reif:unreif rein:schick rein:schmuddel rein:schmuddlig rein:schmutzig
rein:unkeusch rein:unzucht rein:verdreckt rein:verdunnt rein:versaut rein:vornehm rein:zotig
reinlich:schmuddel reinlich:schmuddlig reinlich:schmutzig reinlich:unrein reinlich:verdorb
reinlich:verdreckt reinlich:versaut reinlich:zotig reinlichkeitslieb:schmuddel
reinlichkeitslieb:schmuddlig reinlichkeitslieb:schmutzig reinlichkeitslieb:unrein
reinlichkeitslieb:verdorb reinlichkeitslieb:verdreckt reinlichkeitslieb:versaut
reinlichkeitslieb:zotig reizvoll:unsympath rekonstruierbar:unersetz rekonstruierbar:unwiederbring
relativ:uneingeschrankt relevant:unerheb relevant:unmassgeb religios:unreligios
reparierbar:unreparierbar respektvoll:respektwidr respektvoll:unehrerbiet restlos:unvollstand
retrograd:stufenlos retrospektiv:vorausblick reuelos:reuevoll reuelos:reuig reuelos:reumut
reuevoll:unbussfert reuig:unbussfert reumut:unbussfert richtig:unangebracht richtig:unecht
richtig:ungebuhr richtig:ungeeignet richtig:ungehor richtig:ungeziem richtig:unkorrekt
richtig:unmani richtig:unpass richtig:unricht richtig:unsachgemass richtig:unschick richtig:unschon
richtig:unvorschriftsmass richtig:unzutreff richtig:widmungsfremd richtig:widmungswidr
richtig:zweckfremd richtig:zweckwidr robust:schwach robust:schwachlich robust:zart robust:zierlich
romant:unromant routiniert:unbewandert routiniert:unerfahr ruckblick:vorausblick
ruckforderbar:unersetz ruckforderbar:unwiederbring rucklauf:zukunftsgerichtet ruckschau:vorausblick
ruckschritt:zukunftsgerichtet ruckseit:vorderseit rucksichtsvoll:unbedacht rucksichtsvoll:unuberlegt
ruckwart:vorwart ruckwirk:vorausblick rudelbild:unsozial ruhig:sturmisch ruhmlos:ruhmreich
ruhmlos:ruhmvoll ruhmreich:unruhm ruhmvoll:unruhm ruhrig:tatenlos ruhrig:trag ruhrig:untat
rund:winkel rund:winkelform rund:winklig rundlich:viereck sachbezog:unerheb sachbezog:unmassgeb
sachdi:unerheb sachdi:unmassgeb sachgemass:unangebracht sachgemass:ungebuhr sachgemass:ungehor
sachgemass:ungeziem sachgemass:unkorrekt sachgemass:unmani sachgemass:unpass sachgemass:unschick
sachgemass:unschon sachgemass:widmungsfremd sachgemass:widmungswidr sachgemass:zweckfremd
sachgemass:zweckwidr sachgerecht:unangebracht sachgerecht:ungebuhr sachgerecht:ungeeignet
sachgerecht:ungehor sachgerecht:ungeziem sachgerecht:unkorrekt sachgerecht:unmani sachgerecht:unpass
sachgerecht:unsachgemass sachgerecht:unschick sachgerecht:unschon sachkund:unfah sachkund:unzustand
sachlich:subjektiv sakral:weltlich samtlich:unvollstand sandhalt:tonhalt sandhalt:tonig
sandig:tonhalt sandig:tonig sanft:stark sanftmut:starrkopf sanftmut:starrsinn sanftmut:stur
sanftmut:trotzkopf sanftmut:verbohrt sanftmut:verstockt sattsam:ungenug saub:schlampert
saub:schlampig saub:schmuddel saub:schmuddlig saub:schmutzig saub:unordent saub:unrein
saub:verdreckt saub:versaut saub:zotig sauerstoffabhang:sauerstoffunabhang schabig:stattlich
schabig:vornehm schablonenhaft:ungewohn schadensstift:schadlos schadensstift:unverfang
schadlich:schadlos schadlich:unschad schadlich:unverfang schal:schmackhaft schal:wohlschmeck
schamlos:verschreckt scharf:stumpf scharf:undeut scharf:unklar scharf:unubersicht scharf:vag
scharf:verschwomm scharfsicht:unaufmerksam scharfsinn:stumpf scharfsinn:unaufmerksam
schemat:ungewohn scheusslich:schon scheusslich:wunderhubsch scheusslich:wunderschon schick:schlicht
schick:schmucklos schick:unansehn schick:unattraktiv schick:zartbitt schicklich:unangebracht
schicklich:ungebuhr schicklich:ungeeignet schicklich:ungehor schicklich:ungeziem
schicklich:unkorrekt schicklich:unmani schicklich:unpass schicklich:unsachgemass schicklich:unschick
schicklich:unschon schicklich:widmungsfremd schicklich:widmungswidr schicklich:zweckfremd
schicklich:zweckwidr schief:seig schief:senkrecht schief:vertikal schief:waagerecht schief:waagrecht
schirch:schon schirch:wunderhubsch schirch:wunderschon schlampert:sorgfalt schlampig:sorgfalt
schlau:stupid schlau:toricht schlecht:solid schlecht:stark schlecht:superior schlecht:triftig
schlecht:tugendreich schlecht:uberrag schlecht:vorteilhaft schlecht:widerstandfah schlecht:zuverlass
schlicht:vornehm schluder:sorgfalt schludrig:sorgfalt schlussig:unvereinbar schmackhaft:unappetit
schmackhaft:ungustios schmackhaft:unschmackhaft schmackhaft:wid schmackhaft:widerwart
schmackhaft:zweifelhaft schmal:stark schmal:weit schmeichelnd:unschmeichelhaft schmucklos:vornehm
schnell:trag schon:wid schrag:seig schrag:senkrecht schrag:vertikal schrag:waagerecht
schrag:waagrecht schrag:weis schrankenlos:zugangsbeschrankt schrittweis:unvermittelt
schuldig:schuldlos schuldig:unschuld schutt:stark schutzbedurft:unangreifbar schutzbedurft:unverletz
schutzbedurft:unverwundbar schutzenswert:unempfind schutzenswert:unsensibel schutzlos:unangreifbar
schutzlos:unverletz schutzlos:unverwundbar schwach:stabil schwach:stark schwach:widerstandsfah
schwachlich:stabil schwachlich:widerstandsfah schwarz:weiss schwer:unangestrengt schwer:ungezw
schwer:unschw schwerfall:temperamentvoll schwerwieg:trivial schwerwieg:unbedeut
schwierig:unangestrengt schwierig:ungezw schwierig:unschw seef:seeuntucht seelenruh:sturmisch
seetucht:seeuntucht sehend:verblendet seicht:tiefdenk seicht:tiefgeh seicht:tiefgreif
seicht:tiefgrund seicht:tiefsinn seicht:unergrund seig:waagerecht seig:waagrecht selbstand:suchtig
selbstand:unselbstand selbstand:unselbststand selbstlos:selbstsucht selbstred:unnatur
selbststand:suchtig selbststand:unselbstand selbststand:unselbststand selbstverstand:unnatur
selt:ublich selt:uppig selt:zusamm senkrecht:waagerecht senkrecht:waagrecht serios:unverantwort
serios:unzuverlass serios:verruf serios:verschri serios:zwielicht sexuell:ungeschlecht
sexuell:vegetativ sich:unbestimmt sich:ungewiss sich:unsich sichtbar:unmerk sichtbar:unsichtbar
sichtlich:unmerk sichtlich:unmerkbar sider:zivilrecht sideral:zivilrecht signifikant:unbedeut
signifikant:unerheb signifikant:unmassgeb signifikant:unwicht signifikant:vernachlassigbar
sinnentleert:wichtig sinnfrei:wichtig sinngetreu:treulos sinnlos:wichtig sinnvoll:unsinnigerweis
sittenwidr:sittlich sittsam:unangebracht sittsam:unbescheid sittsam:ungebuhr sittsam:ungehor
situationsgerecht:unangebracht situationsgerecht:ungebuhr situationsgerecht:ungehor
situationsgerecht:ungeziem situationsgerecht:unkorrekt situationsgerecht:unmani
situationsgerecht:unpass situationsgerecht:unschick situationsgerecht:unschon
situationsgerecht:widmungsfremd situationsgerecht:widmungswidr situationsgerecht:zweckfremd
situationsgerecht:zweckwidr smart:stupid smart:toricht solid:unsich solvent:zahlungsunfah somm:wint
sommerannuell:winterannuell sommerannuell:zweijahr sorgenfrei:sorgenschw sorgfalt:unvorsicht
sozial:unsozial spannungsfuhr:stromlos spannungsfuhr:tot sparlich:weit sparsam:verschwender
spat:vorangeh spat:zeitig spielbar:unauffuhrbar sporad:unaufhor spurbar:unmerk spurbar:unmerkbar
spurbar:unsichtbar spurlos:unvollstand staatenbild:unsozial staatsmann:unstaatsmann
standesrecht:unfachmann standf:unbestand standf:unsich standhaft:ungleichmass standhaft:unsich
standhaft:wackel standhaft:wacklig starrkopf:willig starrsinn:willig statthaft:unerlaubt
statthaft:unstatthaft stattlich:unbetracht stattlich:unedel steil:sukzessiv steril:vermehrungsfah
sternenhell:sternlos sternhell:sternlos stet:unstet stet:wackel stetig:unstet stetig:wackel
stiellos:vagil still:sturmisch still:tatig stimmhaft:stimmlos stimmig:unzusammenhang
stimmig:zusammenhanglos stofflich:substanzlos stofflich:unwirk strahlend:stumpf
streitlust:unaggressiv strittig:unumstritt stromabwart:stromaufwart stromfuhr:stromlos stromfuhr:tot
stufenlos:umgekehrt stufenweis:unvermittelt stuhlfordernd:stuhlverstopft stumpf:temperamentvoll
stur:willig sturmisch:windstill subsequent:vorangeh substanzlos:tief substanzlos:tiefdenk
substanzlos:tiefgeh substanzlos:tiefgreif substanzlos:tiefgrund substanzlos:tiefsinn
substanzlos:unergrund substanzlos:wesent substanzlos:wirklich suchtig:unabhang suffig:unappetit
suffig:ungustios suffig:unschmackhaft suffig:wid sukzessiv:unvermittelt symmetr:unausgeg
symmetr:unausgewog symmetr:ungleichform symmetr:unsymmetr sympath:unsympath sympathet:unsympath
systemat:systemlos systemat:unsystemat taktlos:taktvoll taktvoll:unsensibel tapf:verschreckt
tatenlos:tatig tatig:trag tatig:untat tatsach:unecht tatsach:unricht tauglich:ungeeignet
teilbar:untrennbar teilnahmeberechtigt:ungeeignet teilweis:unvoreigenomm temperamentvoll:trist
temperamentvoll:trock temperamentvoll:trostlos thermoplast:warmeaushart tief:untief tief:vordergrund
tiefdenk:vordergrund tiefgeh:untief tiefgeh:vordergrund tiefgreif:untief tiefgreif:vordergrund
tiefgrund:untief tiefgrund:vordergrund tiefsinn:vordergrund tolerierbar:unertrag tonangeb:weit
toricht:weis transportkraft:unfah transportkraft:unzustand treffend:unangebracht
treffend:ungeschickt treffend:ungluck treffend:unpass trennbar:unzertrenn trennend:verbind
treu:treulos treu:untreu treulich:untreu triftig:unsich trinkbar:untrinkbar trist:vergnugt
trock:vernasst trock:verregnet trockensteh:vernasst trockensteh:verregnet trotzkopf:willig
trub:wolkenlos typisch:untyp ubelton:wohllaut uberdacht:unbedeckt uberdacht:unbekleidet
uberdacht:unverhullt ubereinstimm:ungleichmass ubereinstimm:unvereinbar
ubereinstimm:widerspruchsvoll ubergriff:vulkan uberheb:unpratentios uberird:weltlich
ubermensch:widermensch uberproportional:verhaltnismass uberschlag:viereck ubertragbar:unabdingbar
ubertragbar:unverauss ubertragbar:unverkauf uberwindbar:unuberwind uberwindbar:unuberwindbar
ublich:ungebrauch ublich:ungewohn ublich:ungewohnt ublich:unregelmass ublich:untyp ublich:unub
umfangreich:unbedeut umsicht:unbesonn umsicht:unklug umsicht:unuberlegt umstritt:unumstritt
umweltfeind:unschad umweltschad:unschad unaband:unbestand unaband:verand unaband:wechselhaft
unabdingbar:verauss unabhang:unselbstand unabhang:unselbststand unabsicht:vorgeseh
unanbweisbar:widerlegbar unangebracht:vorschriftsgemass unangebracht:vorschriftsmass
unangebracht:zugehor unangebracht:zunftig unangebracht:zweckentsprech unangemess:zulang
unangemess:zureich unangenehm:wohlgefall unangenehm:wohltuend unangenehm:wohnlich
unangreifbar:unfallgefahrdet unangreifbar:ungeschutzt unangreifbar:verletz unangreifbar:verwundbar
unansehn:vornehm unattraktiv:vornehm unauffindbar:verfolgbar unaufmerksam:wach unaufmerksam:wachsam
unausbleib:vermeid unausbleib:vermeidbar unausgebildet:vorgebildet unausweich:vermeid
unausweich:vermeidbar unbeabsichtigt:vorgeseh unbearbeitet:verfeinert unbedeckt:zugedeckt
unbedenk:wid unbedenk:widerwart unbedeut:weit unbedeut:weitflach unbedeut:wichtig
unbeeidet:vereidigt unbefang:unfair unbefang:ungerecht unbefried:zufriedenstell unbehaart:zottel
unbehag:wohltuend unbehag:wohnlich unbekleidet:zugedeckt unbesonn:vernunft unbesonn:vorsicht
unbesonn:zuruckhalt unbestand:unumstoss unbestand:unverand unbestand:unveranderbar
unbestand:unverruckbar unbestand:wertbestand unbestech:verderbt unbestech:verdorb unbestech:verworf
unbestreitbar:widerlegbar unbewaldet:waldig unbewohnbar:wohnlich unbewusst:wissent
unbotmass:untergeb unbotmass:untergeordnet unbotsam:untergeb unbotsam:untergeordnet
undenkbar:vorstellbar undeut:unterschied undeut:vernehm undurchsicht:wolkenlos unecht:wahr
unedel:vornehm uneid:vereidigt unein:verbund unein:vereint uneingeschrankt:verhalt
uneingeschrankt:zuruckhalt unentschuldbar:verzeih unergrund:untief unergrund:vordergrund
unerheb:wichtig unerlass:unwesent unerlaubt:vorschriftsgemass unerlaubt:zulass unerreichbar:zugang
unerschopft:vergriff unerschrock:verangstigt unerschrock:verschreckt unersetz:wiederbeschaffbar
unersetz:wiedererlangbar unersetz:wiederherstellbar unerwunscht:wunschenswert unfair:unvoreingenomm
unfallgefahrdet:unverletz unfallgefahrdet:unverwundbar unfein:verfeinert unfolgsam:untergeb
unfolgsam:untergeordnet unfreiwill:willent unfruchtbar:vermehrungsfah ungebrauch:zusamm
ungebuhr:vernunft ungebuhr:vernunftbegabt ungebuhr:vorschriftsgemass ungebuhr:vorschriftsmass
ungebuhr:zugehor ungebuhr:zunftig ungebuhr:zweckentsprech ungeeignet:vorschriftsgemass
ungeeignet:vorschriftsmass ungeeignet:wert ungeeignet:wurdig ungeeignet:zunftig
ungehor:vorschriftsgemass ungehor:vorschriftsmass ungehor:zugehor ungehor:zunftig
ungehor:zweckentsprech ungehorsam:untergeb ungehorsam:untergeordnet ungemut:wohltuend
ungemut:wohnlich ungenug:zulang ungenug:zureich ungerecht:unvoreingenomm ungeschutzt:unverletz
ungeschutzt:unverwundbar ungestielt:vagil ungewohn:zusamm ungeziem:vorschriftsgemass
ungeziem:vorschriftsmass ungeziem:zugehor ungeziem:zunftig ungeziem:zweckentsprech
ungezugelt:verhalt ungezugelt:zuruckhalt unglasiert:verglast ungleichmass:verlass
ungleichmass:widerspruchsfrei ungleichmass:zuverlass ungluck:verheissungsvoll ungult:valid
ungult:zulass ungunst:verheissungsvoll ungunst:vorteilhaft ungunst:wohltat unheilbring:wohltat
unheilschwang:wohltat unheilvoll:wohltat unhof:zivilrecht unhorbar:vernehmbar unkeusch:zuchtig
unklar:unterschied unklar:vernehm unklug:vernunft unklug:vorsicht unklug:zuruckhalt
unkorrekt:vorschriftsgemass unkorrekt:vorschriftsmass unkorrekt:zugehor unkorrekt:zunftig
unkorrekt:zweckentsprech unkultiviert:verfeinert unleugbar:widerlegbar unmani:vorschriftsgemass
unmani:vorschriftsmass unmani:zugehor unmani:zunftig unmani:zweckentsprech unmassgeb:wichtig
unmerk:wahrnehmbar unmerk:zuseh unmerkbar:zuseh unmischbar:vermischbar unmissverstand:zweideut
unnahbar:zugang unnutz:zweckdi unpass:vorschriftsgemass unpass:vorschriftsmass unpass:widmungsgemass
unpass:zugehor unpass:zunftig unpass:zweckentsprech unpass:zweckmass unpratentios:wichtigtuer
unrealist:wirklichkeitsgetreu unrealist:wirklichkeitsnah unricht:wahr unricht:zutreff
unsachgemass:vorschriftsgemass unsachgemass:vorschriftsmass unsachgemass:zunftig unschad:verderb
unschick:vorschriftsgemass unschick:vorschriftsmass unschick:zugehor unschick:zunftig
unschick:zweckentsprech unschmeichelhaft:vorteilhaft unschon:vorschriftsgemass
unschon:vorschriftsmass unschon:zugehor unschon:zunftig unschon:zweckentsprech
unsensibel:verstandnisvoll unsich:verlass unsich:wertbestand unsich:widerstandfah unsich:zuverlass
unsinnigerweis:zweckdi unstatthaft:vorschriftsgemass unstatthaft:zulass unstet:ununterbroch
unsympath:zugkraft unterschied:verschwomm unub:zusamm unuberlegt:vernunft unuberlegt:vorsicht
unuberlegt:zuruckhalt unumgang:vermeid unumgang:vermeidbar unumstoss:verand unumstoss:wechselhaft
unumstritt:zweifelhaft unverand:verand unverand:veranderbar unverand:wechselhaft
unveranderbar:verand unveranderbar:wechselhaft unverantwort:verantwort
unverantwort:verantwortungsvoll unverantwort:zuverlass unverauss:verauss unverborg:verborg
unverborg:verdeckt unverborg:verhohl unverbund:verwandt unverdau:verdaulich unverdunnt:verdunnt
unvereidigt:vereidigt unvereinbar:widerspruchsfrei unverfalscht:verdunnt unverfror:verschreckt
unverglast:verglast unverhaltnismass:verhaltnismass unverhohl:verborg unverhohl:verdeckt
unverhohl:verhohl unverhullt:zugedeckt unverkauf:verauss unverkauf:verausserbar unverkauf:verkauf
unverkauf:verkaufsfah unverletz:verletz unverletz:verwundbar unvermeid:vermeid unvermeid:vermeidbar
unvermischbar:vermischbar unvernunft:vernunft unvernunft:vernunftbegabt unverpackt:zusammengedrangt
unverruckbar:verand unverruckbar:wechselhaft unverschamt:verschreckt unverstand:verstand
unverwundbar:verletz unverwundbar:verwundbar unverzeih:verzeih unvollstand:vollig
unvollstand:vollstand unvorhersagbar:voraussagbar unvorhersagbar:vorhersehbar
unvorhersehbar:voraussagbar unvorhersehbar:vorhersehbar unvorsicht:vorsicht
unvorstellbar:vorstellbar unwahr:wahrhaft unwahrschein:wahrschein unwelt:weltlich unwesent:wesent
unwicht:wichtig unwiderruf:widerruf unwiederbring:wiederbeschaffbar unwiederbring:wiedererlangbar
unwiederbring:wiederherstellbar unwirk:wesent unwirk:wirklich unwissent:wissent unwurd:wert
unzeit:wohlangebracht unzucht:zuchtig unzufried:zufried unzufriedenstell:zufriedenstell
unzugang:zugang unzulass:zulass unzurechnungsfah:zurechnungsfah unzureich:zulang unzureich:zureich
unzusammenhang:zusammenhang unzutreff:zutreff unzuverlass:verlass unzuverlass:zuverlass
unzweckmass:zweckmass unzweckmass:zweckmassigerweis unzweckmass:zweckvoll unzweideut:vieldeut
unzweideut:zweideut unzweifelhaft:zweifelhaft verantwortungsbewusst:verantwortungslos
verantwortungslos:verantwortungsvoll verbal:zahlenmass verbal:ziffernmass verbohrt:willig
verbund:verschied verfassungskonform:verfassungswidr verfassungsmass:verfassungswidr
verfassungsrecht:verfassungswidr verhaltnismass:verhaltniswidr verhangt:vorhanglos verlass:wackel
verlass:wacklig vermehrungsfah:zeugungsunfah vernachlassigbar:wichtig vernehm:verschwomm
vernunft:vernunftlos vernunft:vernunftwidr verpflicht:wahlfrei verschreckt:verweg
verschreckt:wagemut verschwender:wirtschaft verstockt:willig verstorb:zeitig vertikal:waagerecht
vertikal:waagrecht vierfuss:zweifuss vorausblick:zuruckblick vorhanglos:zugehangt vornehm:zartbitt
vorteilhaft:widrig vorzeichenbehaftet:vorzeichenlos wackel:zuverlass wacklig:zuverlass
wahnwitz:zurechnungsfah wahrhaft:wahrheitswidr wahrheitsgemass:wahrheitswidr wegfuhr:zufuhr
wertlos:wertvoll wid:wunderhubsch wid:wunderschon widerspenst:willfahr widerspenst:willig
widerspenst:zugang widerspruchsfrei:widerspruchsvoll widmungsfremd:widmungsgemass
widmungsfremd:zugehor widmungsfremd:zweckentsprech widmungsgemass:widmungswidr
widmungsgemass:zweckwidr widmungswidr:zugehor widmungswidr:zweckentsprech wild:willig wild:zahm
wolkenlos:wolkig zentrifugal:zentripetal zielgerichtet:ziellos zuckerart:zuckerlos
zugehor:zweckfremd zugehor:zweckwidr zusammenhang:zusammenhanglos zweckentsprech:zweckfremd
zweckentsprech:zweckwidr
`;
