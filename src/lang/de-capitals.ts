/**
 * Capitals and the names of their countries ("capital|other name:country|other name"), folded, written by
 * bench/lexicons/capitals.ts from OpenThesaurus: do not edit by hand.
 *
 * OpenThesaurus (www.openthesaurus.de), as packaged by Debian (mythes-de): GNU LGPL 2.1 or later. Capitals it
 * lacks from WordNet 3.1, Copyright 2011 by Princeton University (https://wordnet.princeton.edu/license-and-commercial-use).
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
bangkok:thailand
banjul:gambia
beijing:china|volksrepublik china|vr china
belfast:gb|grossbritannien|uk|vereinigtes königreich
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
cardiff:gb|grossbritannien|uk|vereinigtes königreich
chişinău:moldau|moldawien|moldawische republik|republik moldau
colombo:demokratische sozialistische republik sri lanka|sri lanka
conakry:guinea|republik guinea
dakar:republik senegal|senegal
delhi:indien|republik indien
deutsche hauptstadt:deutschland|brd|bundesrepublik|bundesrepublik deutschland
dodoma:tansania|vereinigte republik tansania
doha:katar
dublin:irland|republik irland
edo:japan|nippon
freetown:sierra leone
gaborone:botsuana|botswana
georgetown:guyana
gran santiago:chile|republik chile
greater london:gb|grossbritannien|uk|vereinigtes königreich
guatemala city:guatemala|republik guatemala
hanoi:vietnam
harare:simbabwe
helsinki:finnland|republik finnland|suomi
islamabad:islamische republik pakistan|pakistan
jakarta:indonesien|republik indonesien
jaunde:kamerun
jerusalem:israel
kabul:afghanistan|islamische republik afghanistan
kairo:ägypten
kampala:uganda
kathmandu:nepal
khartoum:republik sudan|sudan
khartum:republik sudan|sudan
kiew:ukraine
kigali:ruanda
kopenhagen:dänemark|königreich dänemark
koweit:kuwait|kuweit
krung thep:thailand
kuwait city:kuwait|kuweit
kuwait:kuwait|kuweit
laibach:republik slowenien|slowenien
libreville:gabun
lilongwe:malawi|republik malawi
lima:peru|republik peru
lissabon:portugal|portugiesische republik
lomé:togo
london:gb|grossbritannien|uk|vereinigtes königreich
luanda:angola
lusaka:sambia
luxembourg city:grossherzogtum luxemburg|luxemburg
luxembourg-ville:grossherzogtum luxemburg|luxemburg
luxembourg:grossherzogtum luxemburg|luxemburg
luxemburg:grossherzogtum luxemburg|luxemburg
madrid:königreich spanien|spanien
malabo:äquatorial-guinea|äquatorialguinea|republik äquatorialguinea
managua:nicaragua|nikaragua|republik nicaragua
manama:bahrain|königreich bahrain
maputo:mosambik
maseru:lesotho
maskat:oman
mbabane:swasiland
minsk:belarus|weissrussland
mogadischu:somalia
monaco-ville:fürstentum monaco|monaco
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
panama city:panama|republik panama
paramaribo:surinam|suriname
paris:frankreich|französische republik|grande nation
peking:china|volksrepublik china|vr china
podgorica:montenegro
port louis:mauritius
port moresby:papua-neuguinea|unabhängiger staat papua-neuguinea
port vila:vanuatu
porto novo:benin
praia:kap verde
pressburg:slowakei|slowakische republik
pretoria:republik südafrika|südafrika
putrajaya:malaysia
quito:ecuador|ekuador|republik ecuador
rabat:königreich marokko|marokko
rangoon:birma|burma|myanmar|republik der union myanmar
reval:estland|republik estland
reykjavík:island
riga:lettland|republik lettland
rom:italien|italienische republik
san jose:costa rica|republik costa rica
san marino:san marino
san salvador:el salvador|republik el salvador
sanaa:jemen
santiago de chile:chile|republik chile
santiago:chile|republik chile
sarajevo:bosnien und herzegowina|bosnien-herzegowina|föderation bosnien und herzegowina
skopje:ehemalige jugoslawische republik mazedonien|mazedonien|republik mazedonien
sofia:bulgarien|republik bulgarien
stabroek:guyana
stockholm:königreich schweden|schweden
sucre:bolivien
são tomé:são tomé und príncipe
tallinn:estland|republik estland
tegucigalpa:honduras|republik honduras
teheran:iran|islamische republik iran
tehran:iran|islamische republik iran
thimphu:bhutan|königreich bhutan
tirana:albanien|republik albanien
tokio:japan|nippon
tokyo:japan|nippon
tripolis:libyen
tshwane:republik südafrika|südafrika
tunis:tunesien|tunesische republik
vaduz:fürstentum liechtenstein|liechtenstein
valletta:malta|republik malta
victoria:seychellen
vientiane:laos
vila:vanuatu
vilnius:litauen|republik litauen
warschau:polen|republik polen
washington d.c.:usa|vereinigte staaten|vereinigte staaten von amerika|vsa
washington:usa|vereinigte staaten|vereinigte staaten von amerika|vsa
wellington:neuseeland
wien:österreich|republik österreich
wilna:litauen|republik litauen
windhoek:namibia|namibien
windhuk:namibia|namibien
yangon:birma|burma|myanmar|republik der union myanmar
yaoundé:kamerun
yeddo:japan|nippon
yedo:japan|nippon
zagreb:kroatien|republik kroatien
österreichische bundeshauptstadt:österreich|republik österreich
`;
