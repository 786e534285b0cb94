/**
 * Capitals and the names of their countries ("capital|other name:country|other name"), folded, written by
 * bench/lexicons/capitals.ts from OpenThesaurus: do not edit by hand.
 *
 * OpenThesaurus (www.openthesaurus.de), as packaged by Debian (mythes-de): GNU LGPL 2.1 or later.
 */
export const capitals = `
abuja:bundesrepublik nigeria|nigeria
accra:ghana
addis abeba:äthiopien
algier:algerien|demokratische volksrepublik algerien
amsterdam:königreich der niederlande|niederlande
andorra la vella:andorra
ankara:republik türkei|türkei
antananarivo:madagaskar
aschgabat:turkmenistan
asgabat:turkmenistan
asmara:eritrea
astana:kasachstan
asunción:paraguay|republik paraguay
athen:griechenland|hellas|hellenische republik
aşgabat:turkmenistan
bagdad:irak
baku:aserbaidschan
bamako:mali|republik mali
banjul:gambia
beijing:china|volksrepublik china|vr china
belgrad:republik serbien|serbien
berlin:deutschland|brd|bundesrepublik|bundesrepublik deutschland
bern:eidgenossenschaft|helvetia|helvetien|helvetische republik|schweiz|schweizerische eidgenossenschaft
bischkek:kirgisien|kirgisische republik|kirgisistan|kirgistan
bissau:guinea-bissau|republik guinea-bissau
bratislava:slowakei|slowakische republik
brazzaville:republik kongo
brüssel:belgien|königreich belgien
budapest:ungarn
bujumbura:burundi
bundeshauptstadt:deutschland|brd|bundesrepublik|bundesrepublik deutschland
bundesland wien:österreich|republik österreich
canberra:australien
caracas:bolivarische republik venezuela|venezuela
chişinău:moldau|moldawien|moldawische republik|republik moldau
conakry:guinea|republik guinea
dakar:republik senegal|senegal
delhi:indien|republik indien
deutsche hauptstadt:deutschland|brd|bundesrepublik|bundesrepublik deutschland
dodoma:tansania|vereinigte republik tansania
doha:katar
dublin:irland|republik irland
freetown:sierra leone
gaborone:botsuana|botswana
harare:simbabwe
helsinki:finnland|republik finnland|suomi
jakarta:indonesien|republik indonesien
jaunde:kamerun
kairo:ägypten
kampala:uganda
kathmandu:nepal
khartoum:republik sudan|sudan
khartum:republik sudan|sudan
kiew:ukraine
kigali:ruanda
kopenhagen:dänemark|königreich dänemark
laibach:republik slowenien|slowenien
libreville:gabun
lilongwe:malawi|republik malawi
lissabon:portugal|portugiesische republik
lomé:togo
luanda:angola
lusaka:sambia
madrid:königreich spanien|spanien
malabo:äquatorial-guinea|äquatorialguinea|republik äquatorialguinea
manama:bahrain|königreich bahrain
maputo:mosambik
maseru:lesotho
maskat:oman
mbabane:swasiland
minsk:belarus|weissrussland
mogadischu:somalia
monrovia:liberia
montevideo:republik östlich des uruguay|uruguay
moroni:komoren
moskau:russland
muscat:oman
n'djamena:tschad
nairobi:kenia
neu-delhi:indien|republik indien
niamey:niger|republik niger
nouakchott:islamische republik mauretanien|mauretanien
oslo:königreich norwegen|norwegen
ottawa:kanada
ouagadougou:burkina faso
paramaribo:surinam|suriname
paris:frankreich|französische republik|grande nation
peking:china|volksrepublik china|vr china
podgorica:montenegro
port louis:mauritius
port moresby:papua-neuguinea|unabhängiger staat papua-neuguinea
porto novo:benin
praia:kap verde
pressburg:slowakei|slowakische republik
pretoria:republik südafrika|südafrika
quito:ecuador|ekuador|republik ecuador
rabat:königreich marokko|marokko
reval:estland|republik estland
reykjavík:island
riga:lettland|republik lettland
rom:italien|italienische republik
sanaa:jemen
sarajevo:bosnien und herzegowina|bosnien-herzegowina|föderation bosnien und herzegowina
skopje:ehemalige jugoslawische republik mazedonien|mazedonien|republik mazedonien
sofia:bulgarien|republik bulgarien
stockholm:königreich schweden|schweden
sucre:bolivien
são tomé:são tomé und príncipe
tallinn:estland|republik estland
thimphu:bhutan|königreich bhutan
tirana:albanien|republik albanien
tripolis:libyen
tshwane:republik südafrika|südafrika
tunis:tunesien|tunesische republik
vaduz:fürstentum liechtenstein|liechtenstein
valletta:malta|republik malta
victoria:seychellen
vilnius:litauen|republik litauen
warschau:polen|republik polen
wellington:neuseeland
wien:österreich|republik österreich
wilna:litauen|republik litauen
windhoek:namibia|namibien
windhuk:namibia|namibien
yaoundé:kamerun
zagreb:kroatien|republik kroatien
österreichische bundeshauptstadt:österreich|republik österreich
`;
