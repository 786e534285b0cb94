/**
 * English opposites from WordNet 3.1's antonym pointers (adjectives and adverbs), as Porter stems,
 * written by bench/lexicons/wordnet-antonyms.ts: do not edit by hand.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const wordnetAntonymStems = `
abactin:actin abaxi:adaxi abduc:adduc abient:adient abl:unabl abnorm:normal abor:oral aborad:orad
abov:below abranchi:branchiat abridg:unabridg absent:present absolut:rel absorb:adsorb
absorb:nonabsorb abstemi:glutton abstract:concret abstractli:concret abund:scarc abus:unabus
acarpel:carpel acatalect:catalect acatalect:hypercatalect acaud:caudat acaulesc:caulesc
accentu:quantit accentu:syllab accept:reject accept:unaccept access:inaccess accident:deliber
accommod:unaccommod accompani:unaccompani accord:discord accur:inaccur accusatori:inquisitori
achlamyd:chlamyd achondrit:chondrit achromat:chromat achromatin:chromatin acid:alkalin acid:amphoter
acknowledg:unacknowledg acquisit:unacquisit acrocarp:pleurocarp acropet:basipet acroscop:basiscop
actabl:unact actinomorph:zygomorph activ:dormant activ:extinct activ:inact activ:passiv activ:quiet
activ:stativ actual:potenti acut:chronic acut:obtus acycl:cyclic adapt:maladapt adapt:unadapt
addict:nonaddict addict:unaddict addit:subtract address:unaddress adequ:inadequ adhes:nonadhes
adiabat:diabat adject:substant adjust:maladjust adjust:unadjust admiss:inadmiss adnat:connat
adopt:biolog adopt:nativ adopt:unadopt adorn:unadorn adroit:maladroit adroitli:maladroitli
adscript:subscript adscript:superscript adsorb:nonadsorb adulter:purifi advantag:disadvantag
adventur:unadventur advert:inadvert advis:inadvis aerob:anaerob aesthet:inaesthet afebril:febril
affect:unaffect affer:effer affirm:neg affix:unaffix afloat:aground afraid:unafraid aft:fore
aggress:unaggress agit:unagit agnost:gnostic agreeabl:disagre ahead:back ahistor:histor
airworthi:unairworthi alarm:unalarm alcohol:nonalcohol alert:unalert algorithm:heurist alien:inalien
align:nonalign alik:unalik aliv:dead alkalin:amphoter all:some allochthon:autochthon allogen:xenogen
allopath:homeopath allopatr:sympatr alphabet:analphabet alter:unalt alter:unalter altern:direct
altern:opposit altrici:precoci altruist:egoist amateurishli:expertli ambigu:unambigu ambiti:unambiti
ambivers:extrovers ambivers:introvers amend:unamend ametabol:metabol ametrop:emmetrop amic:hostil
amphibi:aquat amphibi:terrestri amphitrop:anatrop ampl:meager ampli:meagerli anabat:katabat
anabol:catabol anaclin:cataclin anadrom:catadrom anadrom:diadrom anal:oral analog:heterolog
analog:homolog analogu:digit analyt:synthet analyz:unanalyz anaphrodisiac:aphrodisiac
anastigmat:astigmat androgyn:femal androgyn:male anemophil:entomophil anestr:estrou angri:unangri
angular:round anhydr:hydrou anim:inanim anim:unanim anion:cation anisotrop:isotrop annual:biennial
annual:perenni anod:cathod anonym:onym antagonist:conciliatori antagonist:synergist anteced:subsequ
antemeridian:postmeridian antemortem:postmortem anterior:posterior anterograd:retrograd anti:pro
anticholinerg:cholinerg anticlimact:climact anticlin:synclin antimagnet:magnet antipyret:pyret
antisept:septic antonym:synonym antrors:retrors aperiod:period apetal:petal aplacent:placent
apocarp:syncarp apocrin:eccrin apologet:unapologet appeal:unapp appeal:unappeal
appealingli:unappealingli appendag:unappendag appet:unappet appli:theoret appoint:elect
appreci:unappreci approach:unapproach appropri:inappropri approvingli:disapprovingli
apropo:malapropo apter:peripter aquat:terrestri aqueou:igneou arbitr:nonarbitr
arbitrari:nonarbitrari arbor:nonarbor arenac:argillac argument:unargu arm:armless arm:unarm
armor:unarmor arrang:disarrang art:artless artesian:subartesian articul:inarticul articul:unarticul
artifici:natur ascend:descend asexu:sexual asham:unasham ashamedli:unashamedli asleep:awak
assert:unassert assign:unassign assist:unassist associ:nonassoci astomat:stomat astring:nonastring
asymmetr:symmetr asynchron:synchron asyndet:syndet atomist:holist aton:tonal aton:tonic
atrophi:hypertrophi attach:detach attach:unattach attent:inattent attract:repuls attract:unattract
attribut:predic attribut:unattribut atyp:typic audibl:inaud auspici:inauspici author:unauthor
autoeci:heteroeci autogam:endogam autogam:exogam autogen:heterogen autolog:heterolog autolog:homolog
automat:manual autotroph:heterotroph autumn:summeri autumn:vernal autumn:wintri avail:unavail
avascular:vascular aveng:unaveng avirul:virul aw:unaw awai:home awaken:unawaken awar:unawar
awkward:grace awn:awnless azon:zonal back:backless back:front backhand:forehand backward:forward
bad:good badli:well balanc:unbalanc balconi:unbalconi band:unband baptiz:unbapt bare:cover
barrel:unbarrel basic:incident beak:beakless bear:nonbear beauti:ugli bed:bedless believ:unbeliev
believingli:unbelievingli belli:bellyless belt:unbelt benef:unbenef benefic:malefic benevol:malevol
benign:malign beseech:imper best:worst better:wors better:worsen bib:bibless bicamer:unicamer
bidirect:unidirect biennial:perenni big:littl big:small bimod:unimod binaur:monaur
binucl:mononuclear binucl:trinucl bipe:quadrup biped:quadruped bipolar:unipolar bisexu:heterosexu
bisexu:homosexu bival:multival bival:unival bivalv:univalv black:white blemish:unblemish
blend:unblend bless:curs blind:sight blond:brunet bloodi:bloodless bloodili:bloodlessli bodi:unbodi
bold:timid boneless:boni border:unbord born:unborn bottom:bottomless bottom:side bottom:top
bound:free bound:unbound bow:pluck brachycephal:dolichocephal bracteat:ebract brainwash:unbrainwash
branchi:branchless brand:unbrand brave:cowardli breakabl:unbreak breast:breastless breath:breathless
bridgeabl:unbridg bright:dull broadli:narrowli broken:unbroken brotherli:sisterli burden:unburden
buri:unburi busi:idl button:unbutton cacophon:euphoni caduc:persist calc:discalc calcicol:calcifug
calcul:incalcul calm:stormi camphor:uncamphor campylotrop:orthotrop capabl:incap
capitalist:socialist cardin:ordin care:careless carefulli:carelessli carnivor:herbivor
carnivor:insectivor carnivor:omnivor carpet:uncarpet carv:uncarv castrat:uncastr catadrom:diadrom
catalect:hypercatalect catarrhin:leptorrhin catarrhin:platyrrhin categoremat:syncategoremat
caudal:cephal caulin:radic caulk:uncaulk caus:noncaus cautiou:incauti cautious:incauti ceiling:floor
cellular:noncellular cenobit:eremit cenogenet:palingenet censor:uncensor central:decentr
central:peripher centrifug:centripet cerebr:emot ceremoni:unceremoni certain:uncertain
certifi:uncertifi chang:unchang changeabl:unchang characterist:uncharacterist charg:uncharg
charit:uncharit charter:unchart chast:unchast cheap:expens cheapli:expens cheer:depress
cheerfulli:cheerlessli chivalr:unchivalr christian:unchristian chromat:diaton cismontan:tramontan
civil:noncivil civil:sider civil:uncivil civilian:militari civilli:uncivilli classic:nonclass
classifi:unclassifi clean:dirti clean:unclean clear:cloudi clear:opaqu clear:unclear
clearhead:confus clement:inclement clockwis:counterclockwis close:distant close:open cloth:uncloth
coars:fine coastal:inland coat:uncoat coher:incoher coil:uncoil cold:hot coldheart:warmheart
collaps:noncollaps collater:lineal collect:distribut collect:uncollect color:colorless color:uncolor
colour:colourless column:noncolumn comb:uncomb combin:noncombin combin:uncombin combust:noncombust
comfort:uncomfort commensur:incommensur commerci:noncommerci commiss:noncommiss commit:uncommit
commodi:incommodi common:individu common:uncommon commun:uncommun commut:incommut compact:loos
compar:incompar compart:uncompart compassion:uncompassion compat:incompat compet:incompet
competit:noncompetit complain:uncomplain complainingli:uncomplainingli complet:incomplet
complex:simpl compliant:defiant complimentari:uncomplimentari compos:discompos compound:simpl
comprehens:incomprehens comprehens:noncomprehens compress:incompress compromis:uncompromis con:pro
concav:convex concav:convexli conceal:reveal conceal:unconc concentr:distribut concentr:eccentr
concern:unconcern concis:prolix conclus:inconclus condit:uncondit condition:uncondition
conduct:nonconduct confid:diffid confin:invas confin:unconfin confirm:unconfirm
conformist:nonconformist congeni:uncongeni congruent:incongru congruou:incongru conjunct:disjunct
connect:unconnect connot:denot conquer:unconquer conscienti:unconscienti consciou:unconsci
conscious:unconsci consecr:desecr consequenti:inconsequenti conserv:liber consider:inconsider
consist:inconsist consol:inconsol consonant:vocal conspicu:inconspicu constant:inconst
constip:unconstip constitut:unconstitut constitution:unconstitution constrict:unconstrict
construct:destruct consumm:unconsumm consumpt:gener contamin:uncontamin contempt:estim
content:discont contest:incontest contest:uncontest contin:incontin continent:intercontinent
continu:discontinu continu:sporad contract:expand contralater:ipsilater contrasti:flat
control:uncontrol controversi:uncontroversi conveni:inconveni convent:nuclear convent:unconvent
convention:unconvention converg:diverg convert:inconvert convinc:unconvinc
convincingli:unconvincingli cook:raw cool:warm cooper:uncoop coordin:subordin corpor:incorpor
correct:incorrect correct:uncorrect correctli:incorrectli corrig:incorrig corrupt:incorrupt
cosmopolitan:endem cosmopolitan:provinci costiv:lax counterfeit:genuin
counterrevolutionari:revolutionari courteou:discourt courteous:discourt cousinli:uncousinli
covert:overt covertli:overtli cranni:uncranni creativ:uncr credibl:incred credul:incredul
critic:noncrit critic:uncrit crook:straight cross:uncross crossbr:purebr crosswis:lengthwis
crowd:uncrowd crown:uncrown crucial:noncruci crystal:uncrystal crystallin:noncrystallin cubic:linear
cubic:planar cultiv:uncultiv curabl:incur curiou:incuri curli:straight current:noncurr
cursori:fossori curtain:curtainless curv:straight cut:uncut cyclic:noncycl damag:undamag dark:light
databl:undat dead:live deaf:hear debilit:invigor decent:indec decidu:evergreen deciph:undeciph
decis:indecis declar:interrog declar:undeclar declaratori:interrogatori decor:indecor
decreas:increas dedic:unded deduct:induct deduct:nondeduct deep:shallow defeas:indefeas defeat:undef
defens:offens defin:undefin definit:indefinit deflationari:inflationari dehisc:indehisc deject:elat
delic:rug delin:undelin demand:undemand democrat:undemocrat demonstr:undemonstr deniabl:undeni
depend:independ depend:undepend depress:stimul deriv:inflect deriv:underiv descript:prescript
descript:undescript desensit:sensit deservedli:undeservedli design:undesign desir:undesir
destroi:preserv destruct:indestruct detect:undetect determin:indetermin determin:undetermin
develop:undevelop dextral:sinistr diachron:synchron diclin:monoclin dicotyledon:monocotyledon
differ:same differenti:undifferenti difficult:easi digest:indigest digitigrad:plantigrad
dignifi:undignifi dilig:neglig dilut:undilut dim:undim dioeciou:monoeci diploid:haploid
diploid:polyploid diplomat:undiplomat direct:indirect direct:invers direct:omnidirect
direct:retrograd directli:indirectli disabl:enabl discern:indiscern discern:undiscern
discourag:encourag discouragingli:encouragingli discreet:indiscreet discreetli:indiscreetli
discrimin:indiscrimin discrimin:undiscrimin disench:enchant disenfranchis:enfranchis
dishonest:honest dishonestli:honestli dishonor:honor disinclin:inclin disingenu:ingenu
disintegr:integr dislik:like disloy:loyal disobedi:obedi disord:order disorderli:orderli
disorgan:organ disori:orient dispens:indispens displeas:pleas dispos:nondispos
disproportion:proportion disreput:reput disrespect:respect disrespectfulli:respectfulli
dissimilar:similar dissuas:persuas distal:mesial distal:proxim distinct:indistinct
distinguish:indistinguish distrust:trust distrustfulli:trustfulli diurnal:nocturn
diversifi:undiversifi divid:unit divis:indivis docil:stubborn document:undocu domest:foreign
domest:undomest domin:recess domin:submiss domin:subordin dorsal:ventral doubl:singl
downmarket:upmarket downriv:upriv downstag:upstag downstair:upstair downstream:upstream
downtown:uptown downward:upward downwardli:upwardli downwind:upwind drain:undrain dramat:lyric
dramat:undramat drinkabl:undrink dry:phlegmi dry:sweet dry:wet due:undu dull:live dull:sharp
dy:nascent dynam:undynam dysgen:eugen dysphemist:euphemist dysphor:euphor dystopian:utopian
eager:uneag ear:earless earli:late earn:unearn earthli:heavenli easi:uneasi east:west
easterli:westerli eastern:western ecdem:endem ecdem:epidem echoic:nonecho ectomorph:endomorph
ectomorph:mesomorph edibl:ined edifi:unedifi educ:uneduc effect:ineffect effectu:ineffectu
effervesc:noneffervesc efficaci:inefficaci effici:ineffici effort:effortless ei:eyeless
elast:inelast eleg:ineleg elegantli:inelegantli elig:inelig eloqu:ineloqu emot:unemot
emotion:unemotion empir:theoret emploi:unemploi employ:unemploy empti:full enclos:unenclos
encumb:unencumb endem:epidem endergon:exergon endocentr:exocentr endocrin:exocrin endoerg:exoerg
endogam:exogam endogen:exogen endomorph:mesomorph endotherm:exotherm endow:unendow energet:letharg
enforc:unenforc enlighten:unenlighten enliven:unenliven enterpris:unenterpris
enthusiast:unenthusiast entozo:epizo equal:unequ equatori:polar equip:unequip equit:inequit
equivoc:unequivoc eradic:ineradic erect:unerect esoter:exoter essenti:inessenti
establish:unestablish ethic:uneth eucaryot:procaryot eukaryot:prokaryot eusporangi:leptosporangi
even:odd even:uneven evenli:unevenli event:unev ever:never evil:good evit:inevit exact:inexact
exactli:inexactli exaugur:inaugur exchang:unexchang excit:unexcit excitingli:unexcitingli
exclus:inclus exculpatori:inculpatori excus:inexcus exempt:nonexempt exhaust:inexhaust
exhaust:unexhaust exist:nonexist expans:unexpans expect:unexpect expedi:inexpedi expend:unexpend
experienc:inexperienc expir:unexpir explic:inexplic explicit:implicit explicitli:implicitli
exploit:unexploit exploratori:nonexploratori explos:nonexplos export:unexport express:inexpress
extant:extinct extend:unextend extens:intens extensil:nonextensil exterior:interior extern:intern
extinguish:inextinguish extracellular:intracellular extramur:intramur extraordinari:ordinari
extrasensori:sensori extraterritori:territori extric:inextric extrins:intrins extrospect:introspect
extrovers:introvers extrus:intrus face:faceless facet:unfacet facult:oblig fair:foul fair:unfair
fairli:unfairli faith:unfaith faithfulli:unfaithfulli fall:rise fallibl:infal fals:true
familiar:strang familiar:unfamiliar fanci:plain far:near farsight:nearsight fashion:unfashion
fast:slow fasten:unfasten fastidi:unfastidi fat:thin fatal:nonfat fathom:unfathom fatti:nonfat
favor:unfavor fearfulli:fearlessli feather:unfeath feder:unitari feelingli:unfeelingli
felicit:infelicit femal:male feminin:masculin feminin:neuter fern:fernless fertil:steril few:mani
fiction:nonfict figur:liter filial:parent fill:unfil financi:nonfinanci finger:fingerless
finish:unfinish finit:infinit fissil:nonfissil fission:nonfission fit:unfit fix:unfix flat:natur
flat:sharp flatter:unflatt fledg:unfledg flexibl:inflex flower:flowerless focus:unfocus follow:lead
foolish:wise foolishli:wise foot:footless forc:forceless foreign:nativ forgett:unforgett
forgiv:unforgiv forgivingli:unforgivingli form:unform formal:inform former:latter fort:piano
fortissimo:pianissimo fortun:unfortun forward:revers found:lost fraction:whole fragrant:malodor
frail:robust frame:unfram fratern:ident free:unfre freelanc:salari frequent:infrequ fresh:preserv
fresh:salti fresh:stale fret:unfret friendli:hostil friendli:unfriendli frivol:seriou
frozen:unfrozen fruit:unfruit fruitfulli:fruitlessli fuel:unfuel full:thin function:malfunct
function:nonfunct function:organ fund:unfund furnish:unfurnish furrow:unfurrow futur:past
futur:present gabl:hip gaseou:liquid gaseou:solid gather:ungath gear:ungear gener:local gener:specif
gener:stingi gener:ungener geocentr:heliocentr geograph:magnet geometr:linearli germfre:germi
glad:sad glaze:unglaz gloriou:inglori glove:gloveless gracefulli:gracelessli gracefulli:ungracefulli
graciou:ungraci gracious:ungraci gradual:steep gradual:sudden grammat:ungrammat grassi:grassless
grate:ungrat gratefulli:ungratefulli greater:lesser green:ripe gregari:ungregari groom:ungroom
gross:net grudgingli:ungrudgingli guid:unguid guilti:innoc gusset:ungusset gutless:gutsi
hairi:hairless half:whole hand:handless handl:handleless haploid:polyploid happi:unhappi
happili:sadli happili:unhappili hard:soft harden:soft hardheart:softheart harm:harmless
harmfulli:harmlessli harmon:nonharmon harmoni:inharmoni hat:hatless hate:lovabl head:headless
head:unhead health:unhealth healthi:unhealthi heavi:light heavili:lightli heed:heedless help:unhelp
helpfulli:unhelpfulli herbivor:insectivor herbivor:omnivor hesitantli:unhesitatingli
heterocerc:homocerc heterodactyl:zygodactyl heterogen:homogen heterolog:homolog heterosexu:homosexu
heterozyg:homozyg hierarch:nonhierarch high:low hip:hipless holi:unholi hollow:solid holophyt:holozo
hope:hopeless hopefulli:hopelessli horizont:inclin horizont:vertic horn:hornless hospit:inhospit
human:inhuman human:nonhuman humbl:proud humor:humorless humor:humorlessli hungri:thirsti
hurri:unhurri hurriedli:unhurriedli husbandli:wife hydric:mesic hydric:xeric hydrokinet:hydrostat
hydrophil:hydrophob hygien:unhygien hypertens:hypotens hypertens:normotens hyperton:hypoton
hyperton:isoton hypotens:normotens hypoton:isoton identifi:unidentifi idiograph:nomothet ignobl:nobl
ill:well illeg:legal illeg:legibl illegitim:legitim illicit:licit illicitli:licitli illiter:liter
illog:logic imagin:unimagin imit:nonimit imman:transeunt immateri:materi immatur:matur
immeasur:measur immedi:mediat immisc:miscibl immobil:mobil immoder:moder immodest:modest
immodestli:modestli immor:moral immort:mortal immunocompet:immunodefici immut:mutabl impair:unimpair
impalp:palpabl imparti:partial impass:passabl impati:patient impenetr:penetr impenit:penit
impercept:percept imperfect:perfect imperfectli:perfectli imperish:perish imperm:permeabl
imperman:perman impermiss:permiss imperson:person impervi:perviou impiou:piou implac:placabl
implaus:plausibl impolit:polit imponder:ponder import:unimport imposs:possibl impot:potent
impract:practic imprecis:precis impress:unimpress impression:unimpression improb:probabl
improp:proper improperli:properli improv:unimprov improvid:provid imprud:prudent impur:pure
inboard:outboard inbr:outbr inclin:vertic incom:outgo indoor:outdoor induc:spontan indulg:nonindulg
industri:nonindustri infecti:noninfecti inferior:superior infern:supern inflect:uninflect
influenti:uninfluenti inform:uninform infra:supra inhabit:uninhabit inherit:noninherit
inhibit:uninhibit inject:uninject injudici:judici injur:uninjur inner:outer innocu:noxiou
innumer:numer inoffens:offens inop:oper inoper:oper inopportun:opportun inorgan:organ
inquir:uninquir insan:sane insati:satiat insectivor:omnivor insecur:secur insens:sensibl
insensit:sensit insenti:sentient insepar:separ inshor:offshor insid:outsid insignific:signific
insignificantli:significantli insincer:sincer insolubl:solubl insolv:solvent inspir:uninspir
institut:noninstitut institution:noninstitution instruct:uninstruct instrument:vocal
insubordin:subordin insubstanti:substanti insuffici:suffici insur:uninsur insurmount:surmount
intang:tangibl integr:nonintegr integr:segreg intellectu:nonintellectu intellig:unintellig
intemper:temper intend:unintend intens:mild intensifi:moder intention:unintention
interdepartment:intradepartment interest:uninterest interestingli:uninterestingli intermedi:termin
intern:nation interspeci:intraspeci interst:intrast intest:testat intoler:toler
intolerantli:tolerantli intox:sober intract:tractabl intransit:transit intrus:protrus
intrus:unintrus invalid:valid invari:variabl invas:noninvas invertebr:vertebr inviol:violabl
invis:visibl invit:uninvit involuntari:voluntari involuntarili:voluntarili involv:uninvolv
invulner:vulner inward:outward inwardli:outwardli ionic:nonion ioniz:nonion iron:uniron irrat:ration
irration:ration irreconcil:reconcil irreduc:reduc irregular:regular irregularli:regularli
irrelev:relev irrelevantli:relevantli irreligi:religi irremedi:remedi irremov:remov irrepar:repar
irreplac:replac irresist:resist irresolut:resolut irrespons:respons irrever:rever irrevers:revers
irrevoc:revoc isometr:isoton jaw:jawless joint:separ joy:sorrow joyfulli:joylessli joyless:joyou
judgment:nonjudgment juiceless:juici junior:senior justifi:unjustifi justli:unjustli kei:keyless
kind:unkind kindli:unkindli knowabl:unknow knowingli:unknowingli known:unknown label:unlabel
lace:unlac lament:unlament land:landless larg:small laurel:unlaurel law:unlaw lawfulli:lawlessli
lawfulli:unlawfulli lax:tens lead:unlead leafi:leafless leaki:tight lean:rich leaven:unleaven
leeward:windward leg:legless legato:staccato lentic:lotic leptorrhin:platyrrhin lid:lidless
light:unlight like:unlik limb:limbless limit:unlimit line:unlin linear:nonlinear linear:planar
linguist:nonlinguist lip:lipless liquid:solid list:unlist littl:much livabl:unliv live:record
liveri:unliveri load:unload loami:loamless local:nation long:short loos:tight lossi:lossless
lost:save lost:won loud:soft loudli:softli love:unlov lowborn:nobl lower:rais lowercas:uppercas
lowland:upland lubric:unlubr lucki:unlucki luckili:unluckili made:unmad magnet:nonmagnet major:minor
majuscul:minuscul malici:unmalici malnourish:nourish malt:unmalt man:unman manag:unmanag
manfulli:unmanfulli manli:unmanli mark:unmark marri:unmarri masculin:neuter masochist:sadist
match:mismatch mate:unmat matern:patern matriarch:patriarch maxi:midi maxi:mini maxim:minim
maximum:minimum meaning:meaningless meati:meatless mechan:nonmechan medic:surgic melodi:unmelodi
melt:unmelt member:memberless memor:unmemor mental:physic merci:merciless merit:unmerit mesic:xeric
metal:nonmetal metamorph:nonmetamorph midi:mini migratori:nonmigratori militari:unmilitari
mind:unmind mindfulli:unmindfulli mine:unmin minu:plu misus:us mitig:unmitig modern:nonmodern
modifi:unmodifi modul:unmodul molar:molecular monei:moneyless monochromat:polychromat
monoclin:triclin monogam:polygam monolingu:multilingu mononuclear:trinucl monophon:polyphon
monotheist:polytheist monoton:nonmonoton monoval:polyval moonless:moonlit motiv:unmotiv
motor:unmotor move:nonmov move:still move:unmov mown:unmown multidimension:unidimension
multiform:uniform multilater:unilater multinucl:uninucl multipar:unipar multipl:singl
multipli:singli multival:unival music:unmus myelin:unmyelin naiv:sophist narrow:wide nasti:nice
nativ:nonn natur:sharp natur:supernatur natur:unnatur necessari:unnecessari
necessarili:unnecessarili neck:neckless neg:neutral neg:posit neurot:unneurot neutral:posit new:old
nidicol:nidifug noisi:quiet noisili:quietli nomin:real nonoper:oper nonparticul:particul
nonpartisan:partisan nonpasserin:passerin nonphotosynthet:photosynthet nonpolit:polit nonpor:porou
nonpregn:pregnant nonprehensil:prehensil nonprescript:prescript nonprofession:profession
nonproprietari:proprietari nonpsychoact:psychoact nonraci:racial nonradioact:radioact
nonrandom:random nonreciproc:reciproc nonreflect:reflect nonrepetit:repetit nonrepres:repres
nonrepresent:represent nonresid:resid nonresidenti:residenti nonreticul:reticul
nonretractil:retractil nonreturn:return nonrevers:revers nonrigid:rigid nonrumin:rumin
nonsectarian:sectarian nonsignific:signific nonslipperi:slipperi nonspati:spatial nonspeak:speak
nonspecif:specif nonspher:spheric nonstandard:standard nonsteroid:steroid nonsubmers:submers
nonsuppur:suppur nonsurg:surgic nonsyllab:syllab nontax:taxabl nontechn:technic
nonterritori:territori nontherm:thermal nontox:toxic nontradit:tradit nontransl:translat
nonunion:union nonviol:violent nonvolatil:volatil nonwash:washabl nonwoodi:woodi normal:paranorm
north:south northern:southern nose:noseless notic:unnot notic:unnotic numer:verbal object:subject
oblat:prolat oblig:unoblig obligatori:option obligatorili:option obliqu:parallel
obliqu:perpendicular obstruct:unobstruct obtrus:unobtrus obviou:unobvi occupi:unoccupi odor:odorless
offend:unoffend offici:unoffici offshor:onshor offsid:onsid offstag:onstag often:rare oil:unoil
old:young oleophil:oleophob open:shut opisthognath:prognath oppos:unoppos optimist:pessimist
organ:unorgan orient:unori origin:unorigin orthodox:unorthodox ostentati:unostentati
overhand:underhand overhead:subsurfac overhead:surfac ovipar:ovovivipar ovipar:vivipar
ovovivipar:vivipar own:unown packag:unpackag paid:unpaid pain:painless painfulli:painlessli
paint:unpaint paintabl:unpaint palat:unpalat paradigmat:syntagmat parallel:perpendicular
pardon:unpardon parent:unpar partli:wholli pass:run passion:passionless past:present
patriot:unpatriot patron:unpatron pattern:plain pave:unpav peac:unpeac peduncul:sessil
percept:unpercept perinat:postnat perinat:prenat perman:temporarili permiss:prevent
permiss:unpermiss perplex:unperplex plan:unplan plant:unplant play:unplay playabl:unplay
pleasant:unpleas pleasantli:unpleasantli plow:unplow plural:singular point:pointless polish:unpolish
poor:rich popular:unpopular portabl:unport pose:unpos postnat:prenat postnupti:prenupti
postprandi:preprandi postwar:prewar pot:unpot power:powerless power:unpow preced:succeed
preced:unpreced precedentedli:unprecedentedli precoci:retard predict:unpredict prejud:unprejud
premedit:unpremedit prepar:unprepar presidenti:unpresidenti pretenti:unpretenti prevent:unprevent
priestli:unpriestli primari:secondari primarili:secondarili principl:unprincipl printabl:unprint
privat:public privat:publicli privileg:underprivileg proactiv:retroact process:unprocess
product:unproduct profan:sacr profession:unprofession profit:unprofit profound:superfici
progress:regress pronounc:unpronounc prophet:unprophet propiti:unpropiti prospect:retrospect
protect:unprotect prove:unprov provoc:unprovoc proxim:ultim public:suppress publish:unpublish
punctual:unpunctu punctur:punctureless punish:unpunish punit:rehabilit purpos:purposeless
qualifi:unqualifi qualit:quantit quantit:syllab question:unquestion quickli:slowli quiet:unquiet
quietli:unquietli quotabl:unquot radioluc:radiopaqu reactiv:unreact readi:unreadi real:unreal
realist:unrealist reason:unreason reassur:unreassur recept:unrecept recogniz:unrecogniz
reconstruct:unreconstruct recover:unrecover refin:unrefin reflect:unreflect regener:unregener
regist:unregist regret:unregret regul:unregul relat:unrel relax:tens reliabl:unreli religi:secular
remark:unremark renew:unrenew rentabl:unrent repeat:unrepeat repent:unrepent
repentantli:unrepentantli report:unreport reproduc:unreproduc request:unrequest resent:unres
reserv:unreserv respect:unrespect respons:unrespons rest:restless rest:tire restrain:unrestrain
restrict:unrestrict retail:wholesal retent:unretent reverber:unreverber reviv:unreviv
reward:unreward rhetor:unrhetor rhyme:unrhym rhythmic:unrhythm rib:ribless rifl:unrifl rig:unrig
righteou:unright righteous:unright rim:rimless romant:unromant roof:roofless rough:smooth
round:squar run:stand rural:urban rust:rustless saddl:unsaddl salabl:unsal sanitari:unsanitari
saponifi:unsaponifi sarcast:unsarcast satisfactori:unsatisfactori satisfactorili:unsatisfactorili
satur:unsatur savori:unsavori scalabl:unscal scent:scentless schedul:unschedul scholarli:unscholarli
scientif:unscientif script:unscript scrupul:unscrupul seal:unseal seam:seamless
seamanlik:unseamanlik season:unseason seat:stand seaworthi:unseaworthi seduct:unseduct seed:unseed
seedi:seedless select:unselect selfish:unselfish selfishli:unselfishli sensat:unsens sent:unsent
sentiment:unsentiment servic:unservic servil:unservil sessil:vagil settl:unsettl sexi:unsexi
shade:unshad shape:unshap share:unshar shaven:unshaven shear:unshear sheath:unsheath shell:unshel
shockabl:unshock shod:unshod short:tall shrinkabl:unshrink shutter:unshutt side:top sign:unsign
silenc:unsilenc sinkabl:unsink size:unsiz skill:unskil skin:skinless sleev:sleeveless smart:stupid
smilingli:unsmilingli smokeless:smoki sociabl:unsoci social:unsoci sold:unsold sole:soleless
solv:unsolv sonic:subson sonic:superson sound:unsound sour:sweet sour:unsour space:unspac
sparkl:still special:unspeci specifi:unspecifi spineless:spinou spirit:spiritless spoken:written
sportingli:unsportingli stabl:unstabl stage:unstag stain:unstain starchi:starchless starless:starri
statesmanlik:unstatesmanlik steadi:unsteadi steadili:unsteadili stem:stemless stimul:unstimul
stoppabl:unstopp stratifi:unstratifi stress:unstress strong:weak strongli:weakli structur:unstructur
stuck:unstuck studi:unstudi styleless:stylish subhuman:superhuman subjac:superjac
subscript:superscript subson:superson subsurfac:surfac success:unsuccess successfulli:unsuccessfulli
sugari:sugarless suitabl:unsuit summeri:vernal summeri:wintri supervis:unsupervis support:unsupport
sure:unsur surpris:unsurpris suscept:unsuscept suspect:unsuspect swept:unswept sworn:unsworn
sympathet:unsympathet systemat:unsystemat taciturn:volubl tact:tactless tactfulli:tactlessli
talent:untal tame:wild tan:untan tangl:untangl tap:untap tast:tasteless tastefulli:tastelessli
tasteless:tasti tear:tearless temper:untemp tender:tough theatric:untheatr themat:unthemat
thermoplast:thermoset thick:thin thickli:thinli thinkabl:unthink thought:thoughtless
thoughtfulli:thoughtlessli thrifti:wast ti:unti tidi:untidi timber:untimb tip:untip to:toeless
tone:toneless tongu:tongueless tooth:toothless top:topless touch:untouch traceabl:untrac
track:trackless train:untrain translat:untranslat travel:untravel treat:untreat trim:untrim
troubl:untroubl trustworthi:untrustworthi truth:untruth truthfulli:untruthfulli tube:tubeless
tuck:untuck tune:tuneless turn:unturn understood:ununderstood unguicul:ungul unusu:usual unvari:vari
unveil:veil unventil:ventil unvoic:voic unwant:want unwari:wari unwarili:warili unwax:wax
unwean:wean unwear:wearabl unweb:web unwelcom:welcom unwholesom:wholesom unwieldi:wieldi unwil:will
unwillingli:willingli unwit:wit unwittingli:wittingli unwomanli:womanli unwood:wood
unworldli:worldli unworthi:worthi unwoven:woven unwrap:wrap unwrinkl:wrinkl unwritten:written
us:useless usefulli:uselessli valuabl:worthless vernal:wintri virtuou:wick wane:wax weedi:weedless
weighti:weightless wheel:wheelless wig:wigless wing:wingless wire:wireless
`;
