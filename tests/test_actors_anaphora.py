"""Pronouns and possessives that stand for an earlier actor, French and English, in sentences
written for these tests: what each anaphor resolves to (or that it stays unresolved: two
candidates, "it" of the weather, « il faut »), and the events whose doer or target is one."""

from __future__ import annotations

import re

import pytest

from vigie import Article, analyse
from vigie.analysis import Analysis


def analysed(text: str, lang: str) -> Analysis:
    result = next(iter(analyse([Article(id="anaphora", text=text, lang=lang)])))
    assert isinstance(result, Analysis), result
    return result


def codes_at(analysis: Analysis, word: str) -> list[str | None]:
    """The codes of the actors over the last ``word`` of the text."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", analysis.article.text)][-1]
    return [a.code for a in analysis.actors if a.start == start]


# (lang, text, anaphor, codes it resolves to; [] for unresolved)
ANAPHORS = [
    # A title that names one office holder is a person: "he" may stand for it, "it" may not.
    ("en", "Kenya's interior minister met the press on Monday. He warned that the curfew "
           "would stay.", "He", ["KENGOV"]),
    ("en", "Chile's army chief spoke on Tuesday. It said the border was calm.", "It", []),
    ("fr", "Le chef de l'armée malienne s'est exprimé lundi. Il a averti que le couvre-feu "
           "resterait en vigueur.", "Il", ["MLIMIL"]),
    # A word taken into a larger actor is no second antecedent (« ghanéen », « Premier
    # ministre »): the person named beside the subject is the subject.
    ("fr", "Le président ghanéen John Mahama a reçu les syndicats. Il a promis une hausse "
           "des salaires.", "Il", ["GHAGOV"]),
    ("fr", "Le Premier ministre tunisien Hichem Mechichi a quitté Tunis mardi : il a rejoint "
           "Alger.", "il", ["TUNGOV"]),
    # An antecedent coded only once its own owner pronoun is ("his cabinet").
    ("en", "Ashraf Ghani summoned his cabinet on Sunday. It approved the new budget.", "It",
     ["AFGGOV"]),
    # Two candidates of one kind: unresolved.
    ("en", "Peru and Bolivia exchanged notes. It rejected the claim.", "It", []),
    ("fr", "Le Pérou et le Chili ont signé un traité. Il a protesté.", "Il", []),
    # The army of no stated country, or Chad: unresolved.
    ("en", "The army said on Monday that Chad had closed the border. It added that it had "
           "sent troops.", "It", []),
    # Alone, the army is carried uncoded, with its sector, for the story's country to code.
    ("en", "The army said on Monday that the border was closed. It added that it had sent "
           "troops.", "it", [None]),
    # The place of the dateline says where the story was filed: no pronoun stands for it,
    # even where the parser makes it the first sentence's subject.
    ("fr", "Beyrouth, 3 mars 2024 (AFP) - L'émissaire américain est arrivé lundi dans la "
           "capitale libanaise porteur d'un message de Washington. Il s'est entretenu avec "
           "les députés.", "Il", ["USAGOV"]),
    ("en", "Kabul, March 3 (Reuters) - The Pakistani envoy arrived in the Afghan capital on "
           "Monday. He held talks with the interior minister.", "He", ["PAKGOV"]),
    ("fr", "Beyrouth, 3 mars 2024 (AFP) - Il a rencontré lundi les députés.", "Il", []),
    # "The two countries" stand for two countries named together, further back than a
    # sentence that names one of them only; not for two people of one country.
    ("fr", "Le Ghana et le Togo veulent relancer leurs échanges. Le ministre ghanéen du "
           "Commerce s'est rendu à Lomé. Les deux pays ont conclu mardi un accord douanier.",
     "pays", ["GHA", "TGO"]),
    ("en", "Chile and Argentina have argued over fishing rights for years. Chile's foreign "
           "minister and its defence minister flew to Buenos Aires. The two countries signed "
           "a maritime accord on Friday.", "countries", ["CHL", "ARG"]),
    ("en", "The Chilean foreign minister and the Chilean defence minister flew home. The two "
           "countries signed an accord on Friday.", "countries", []),
    # "The bloc", "the alliance", "the lender" stand for an intergovernmental body named
    # before, « l'organisation » for one or for a group; not for a state, nor "the group" for
    # an intergovernmental body.
    ("fr", "Le sommet de la SADC s'est tenu à Gaborone. L'organisation régionale a ensuite "
           "suspendu Madagascar.", "organisation", ["IGOSADC"]),
    ("fr", "Le Hezbollah a revendiqué le tir. L'organisation a menacé Israël dimanche.",
     "organisation", ["LBNREB"]),
    ("en", "The IMF froze a loan to Sri Lanka in March. The lender said talks would resume.",
     "lender", ["IGOIMF"]),
    # (and for the body's ministers or leaders named through it: they stand for the body)
    ("en", "NATO ministers gathered in Oslo on Thursday. Later, the alliance backed the plan "
           "of Finland.", "alliance", ["IGONATO"]),
    ("en", "Kenyan ministers gathered in Nairobi on Thursday. Later, the alliance backed the "
           "plan of Finland.", "alliance", []),
    ("en", "ASEAN held its summit in Jakarta. Hours later, the regional bloc "
           "condemned the coup.", "bloc", ["IGOASEAN"]),
    ("en", "Vietnam hosted the talks. The bloc said nothing.", "bloc", []),
    # The body's size is no other body ("the 15-nation bloc", « l'alliance à 32 membres »);
    # two bodies named before, or an indefinite one, leave it unresolved.
    ("en", "The Southern African Development Community met in Lusaka on Friday. The 16-nation "
           "bloc then suspended Madagascar.", "bloc", ["IGOSADC"]),
    ("en", "The African Union sent envoys to Niamey. The 55-member organisation later "
           "condemned the coup.", "organisation", ["IGOAU"]),
    ("fr", "La SADC s'est réunie vendredi à Lusaka. Le bloc de seize pays a ensuite suspendu "
           "Madagascar.", "bloc", ["IGOSADC"]),
    ("fr", "L'Otan a tenu mardi un sommet à Vilnius. L'alliance à 32 membres a ensuite "
           "condamné la Biélorussie.", "alliance", ["IGONATO"]),
    ("en", "The African Union and the Southern African Development Community held summits on "
           "Sunday. The 16-nation bloc then suspended Madagascar.", "bloc", []),
    ("en", "The African Union sent envoys to Niamey. A 15-nation bloc later condemned the "
           "coup.", "bloc", []),
    ("fr", "L'Union africaine et la SADC se sont réunies dimanche. Le bloc de seize pays a "
           "ensuite suspendu Madagascar.", "bloc", []),
    ("en", "The African Union met on Monday. The group said it would send monitors.", "group",
     []),
]


@pytest.mark.parametrize(("lang", "text", "anaphor", "expected"), ANAPHORS)
def test_anaphors(lang: str, text: str, anaphor: str, expected: list[str]) -> None:
    assert codes_at(analysed(text, lang), anaphor) == expected


# (lang, text): an impersonal pronoun refers to no one.
IMPERSONAL = [
    ("en", "Sweden condemned the raid. It rained all day in Stockholm."),
    ("en", "Poland recalled its envoy. It is unclear whether Warsaw will expel anyone."),
    ("fr", "La Belgique a condamné le raid. Il faut que Bruxelles réagisse."),
    ("fr", "La Belgique a condamné le raid. Il y a eu trois morts à Anvers."),
]


@pytest.mark.parametrize(("lang", "text"), IMPERSONAL)
def test_impersonal_pronouns_stay_unresolved(lang: str, text: str) -> None:
    analysis = analysed(text, lang)
    pronoun = "It" if lang == "en" else "Il"
    assert codes_at(analysis, pronoun) == []


# (lang, text, event type, doers, targets)
EVENTS = [
    ("en", "Iceland summoned the Norwegian envoy. It said it had expelled two Norwegian "
           "diplomats.", "SANCTION", ["ISLGOV"], ["NORGOV"]),
    ("en", "Tanzania's foreign minister spoke on Friday. He accused Burundi of arming "
           "rebels.", "ACCUSE", ["TZAGOV"], ["BDIGOV"]),
    ("fr", "Le Premier ministre libanais Najib Mikati a jeté l'éponge : il a annoncé la "
           "démission de son gouvernement.", "RETREAT", ["LBNGOV"], []),
    ("fr", "La Bolivie a rappelé son ambassadeur. Elle a accusé le Chili d'espionnage.",
     "ACCUSE", ["BOLGOV"], ["CHLGOV"]),
    # An anaphor left unresolved ("In it": the statement) is no antecedent of "they".
    ("en", "Sudan's army chiefs issued a statement on Monday. In it, they accused the Rapid "
           "Support Forces of shelling hospitals.", "ACCUSE", ["SDNMIL"], []),
    ("en", "The Kenyan authorities issued a statement on Monday. In it, they accused Somalia "
           "of arming militias.", "ACCUSE", ["KENGOV"], ["SOMGOV"]),
    # A body of no stated country, carried by its pronouns, takes the dateline's country;
    # the people it arrests, of no country of their own, are that country's (own people).
    ("en", "LUSAKA (Reuters) - The police sealed off the campus on Friday. They arrested two "
           "student leaders.", "COERCE", ["ZMBCOP"], ["ZMBCVL"]),
    ("fr", "NIAMEY (AFP) - L'armée a publié un communiqué mardi. Elle a affirmé avoir arrêté "
           "trois passeurs.", "COERCE", ["NERMIL"], []),
    # A body named by its size ("the 16-nation bloc", « le bloc de seize pays »).
    ("en", "The Southern African Development Community met in Lusaka on Friday. The 16-nation "
           "bloc then suspended Madagascar.", "SANCTION", ["IGOSADC"], ["MDGGOV"]),
    ("fr", "La SADC s'est réunie vendredi à Lusaka. Le bloc de seize pays a ensuite suspendu "
           "Madagascar.", "SANCTION", ["IGOSADC"], ["MDGGOV"]),
]


@pytest.mark.parametrize(("lang", "text", "plover", "doers", "targets"), EVENTS)
def test_events_carried_by_an_anaphor(lang: str, text: str, plover: str, doers: list[str],
                                      targets: list[str]) -> None:
    events = [e for e in analysed(text, lang).events if e.event == plover]
    assert [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in events] == [
        (doers, targets)]


# (lang, text, event type, doer codes): an unnamed group (gunmen, strikers, « des assaillants »)
# is carried uncoded to its pronoun, and the event coder places the pronoun as it places the
# noun: by where the group acts, else by the story's one country.
GROUPS_CARRIED = [
    ("en", "Masked men on horseback rode into a cattle market in northern Cameroon on Saturday. "
           "They killed at least 12 herders.", "ASSAULT", ["CMRUAF"]),
    ("fr", "Des assaillants non identifiés ont pris d'assaut dimanche un marché du nord du "
           "Bénin. Ils ont tué deux commerçants avant de prendre la fuite.", "ASSAULT",
     ["BENUAF"]),
    ("fr", "Des milliers d'enseignants ont défilé mardi dans les rues de Dakar. Ils réclament "
           "le versement de leurs primes.", "REQUEST", ["SENEDU"]),
]


@pytest.mark.parametrize(("lang", "text", "plover", "doers"), GROUPS_CARRIED)
def test_an_unnamed_group_is_carried_to_its_pronoun(lang: str, text: str, plover: str,
                                                    doers: list[str]) -> None:
    analysis = analysed(text, lang)
    pronoun = "They" if lang == "en" else "Ils"
    assert codes_at(analysis, pronoun) == [None]  # carried uncoded, placed by the coder
    events = [e for e in analysis.events if e.event == plover
              and any(a.text == pronoun for a in e.actor)]
    assert [[a.code for a in e.actor] for e in events] == [doers]


# Two unnamed groups before the pronoun: either may have acted, so neither is carried.
GROUPS_TIED = [
    ("en", "Riot police fired tear gas at students outside the campus in Harare. They hurled "
           "stones at the officers."),
    ("fr", "Des hommes armés et des militaires se sont affrontés samedi près de Kidal. Ils ont "
           "tué trois civils."),
    ("en", "Gunmen and vigilantes clashed near a village in Zamfara on Sunday. They burned "
           "dozens of huts."),
]


@pytest.mark.parametrize(("lang", "text"), GROUPS_TIED)
def test_two_unnamed_groups_leave_the_pronoun_unresolved(lang: str, text: str) -> None:
    pronoun = "They" if lang == "en" else "Ils"
    assert codes_at(analysed(text, lang), pronoun) == []


# (lang, text, description, codes): a definite description of a state's office or body with no
# country in its phrase ("the king", « le ministère », « le Royaume ») is of the one country the
# story is about; [] where the story has none, names another country as a subject, or the noun
# is indefinite or plural.
DESCRIPTIONS = [
    ("en", "AMMAN (Reuters) - The king dissolved parliament on Sunday and called early "
           "elections.", "king", ["JORGOV"]),
    ("en", "HARARE (Reuters) - The ministry expelled two foreign correspondents on Wednesday.",
     "ministry", ["ZWEGOV"]),
    ("fr", "RIYAD (AFP) - Le Royaume a rappelé mardi son ambassadeur au Liban pour "
           "consultations.", "Royaume", ["SAUGOV"]),
    ("fr", "TUNIS (AFP) - L'exécutif a suspendu lundi les activités de trois associations.",
     "exécutif", ["TUNGOV"]),
    # Imported agent nouns whose head is such a word ("foreign ministry", "interior minister").
    ("en", "HAVANA (Reuters) - The foreign ministry summoned the Spanish ambassador on "
           "Tuesday.", "foreign ministry", ["CUBGOV"]),
    ("en", "MANAGUA (Reuters) - The interior minister banned two opposition marches on "
           "Saturday.", "interior minister", ["NICGOV"]),
    ("en", "HAVANA (Reuters) - The foreign ministers of three Caribbean states met on "
           "Tuesday.", "foreign ministers", []),
    ("en", "The king dissolved parliament on Sunday and called early elections.", "king", []),
    ("fr", "Le ministère a expulsé jeudi deux journalistes étrangers.", "ministère", []),
    ("en", "NAIROBI (Reuters) - Somalia's president said on Monday that the ministry had "
           "expelled two foreign journalists.", "ministry", []),
    ("en", "ACCRA (Reuters) - A minister condemned the attack on a police station on Friday.",
     "minister", []),
    ("fr", "LOMÉ (AFP) - Les ministères ont fermé leurs portes lundi.", "ministères", []),
]


@pytest.mark.parametrize(("lang", "text", "description", "expected"), DESCRIPTIONS)
def test_a_definite_description_is_the_story_country_s(lang: str, text: str, description: str,
                                                       expected: list[str]) -> None:
    assert codes_at(analysed(text, lang), description) == expected


# (lang, text, description, codes): a bare definite description of a form of state ("the
# kingdom", « l'émirat », "the sultanate") names again the one state of that form named in its
# sentence or the two before, whatever the dateline; two of them leave it unresolved, and so
# does one with words of its own (« l'Émirat islamique » is a name, not Qatar).
STATE_FORMS = [
    ("en", "NAIROBI, May 3 (Reuters) - Kenya's budget gap has widened since January. Oman "
           "promised in March to lend a hand. The sultanate wired $500 million to Kenya's "
           "treasury on Monday, officials said.", "sultanate", ["OMNGOV"]),
    ("fr", "TUNIS, 5 mars (AFP) - Les caisses de l'État tunisien sont presque vides. Le Koweït "
           "a longtemps soutenu les finances du pays. L'émirat a versé lundi 200 millions de "
           "dollars à la Tunisie.", "émirat", ["KWTGOV"]),
    ("fr", "DAKAR, 2 juin (AFP) - Le Sénégal manque de vaccins depuis l'hiver. La Belgique "
           "avait promis son aide en avril. Le royaume a livré mardi un million de doses à "
           "Dakar.", "royaume", ["BELGOV"]),
    # Two kingdoms named just before: either, and not the dateline's either.
    ("en", "RABAT, May 3 (Reuters) - Morocco and Spain both promised help to Egypt in January. "
           "The kingdom shipped 40,000 tonnes of flour to Egypt on Monday.", "kingdom", []),
    ("fr", "RABAT, 5 mars (MAP) - Le Maroc et l'Espagne ont signé un accord en janvier. Le "
           "royaume a expulsé lundi deux diplomates algériens.", "royaume", []),
    # Only a state of that form: Egypt is no emirate, and the description stays unresolved.
    ("en", "CAIRO, May 3 (Reuters) - Egypt's reserves fell again in April. The emirate "
           "deposited $2 billion at the central bank on Monday.", "emirate", []),
    ("fr", "DOHA, 5 mars (AFP) - Le Qatar a reçu lundi le ministre tchadien. L'Émirat "
           "islamique a condamné mardi l'attaque.", "Émirat", []),
]


@pytest.mark.parametrize(("lang", "text", "description", "expected"), STATE_FORMS)
def test_a_form_of_state_names_the_one_state_of_that_form_before(
        lang: str, text: str, description: str, expected: list[str]) -> None:
    assert codes_at(analysed(text, lang), description) == expected


# (lang, text, type, doers): the events such a description carries; none where it is ambiguous.
STATE_FORM_EVENTS = [
    ("en", "KARACHI, May 3 (Reuters) - Pakistan's reserves fell again in April. Kuwait said "
           "it would help. The emirate deposited $1 billion with Pakistan's central bank on "
           "Monday.", "AID", [["KWTGOV"]]),
    ("fr", "DAKAR, 2 juin (AFP) - Le Sénégal manque de vaccins depuis l'hiver. La Belgique "
           "avait promis son aide en avril. Le royaume a livré mardi un million de doses au "
           "Sénégal.", "AID", [["BELGOV"]]),
    ("en", "RABAT, May 3 (Reuters) - Morocco and Spain both promised help to Egypt in January. "
           "The kingdom shipped 40,000 tonnes of flour to Egypt on Monday.", "AID", []),
]


@pytest.mark.parametrize(("lang", "text", "plover", "doers"), STATE_FORM_EVENTS)
def test_events_done_by_a_form_of_state(lang: str, text: str, plover: str,
                                        doers: list[list[str]]) -> None:
    events = [e for e in analysed(text, lang).events if e.event == plover]
    assert [[a.code for a in e.actor] for e in events] == doers


def covering_codes(analysis: Analysis, word: str) -> list[str | None]:
    """The codes of the actors that cover the last ``word`` of the text ([] where none does)."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", analysis.article.text)][-1]
    return [a.code for a in analysis.actors if a.start <= start < a.end]


# The story's country for bodies and offices named with no country of their own, in
# datelined stories that name other countries too: the dateline's country holds until the
# story brings another one into play as a place or a subject (``vigie.actors.dateline``).
# (lang, text, word, codes): [None] is an actor left uncoded, [] no actor at all (a definite
# description of an office that names no one).
STORIES = [
    # Other countries named after the body, as parties or in what it says: still the
    # dateline's body, and its pronoun too.
    ("en", "LIMA (Reuters) - Peru's Congress sat late into the night. The interior ministry "
           "said on Friday that it had expelled a Venezuelan diplomat.", "ministry", ["PERGOV"]),
    ("en", "LIMA (Reuters) - Peru's Congress sat late into the night. The interior ministry "
           "said on Friday that it had expelled a Venezuelan diplomat.", "it", ["PERGOV"]),
    ("en", "HANOI (Reuters) - The foreign ministry said on Tuesday that Chinese coast guard "
           "ships had rammed a fishing boat.", "ministry", ["VNMGOV"]),
    ("fr", "ABIDJAN (AFP) - La Côte d'Ivoire a rejeté ces accusations. Le ministère a dénoncé "
           "jeudi une campagne menée par des médias russes.", "ministère", ["CIVGOV"]),
    ("fr", "RABAT (MAP) - Le gouvernement a convoqué mardi l'ambassadeur d'Algérie pour lui "
           "signifier sa protestation.", "gouvernement", ["MARGOV"]),
    # A city of the table written in capitals, which the NER takes for an organisation or a
    # person: the dateline all the same; a heading in capitals is no place.
    ("en", "DAR ES SALAAM (Reuters) - The police detained two opposition organisers on "
           "Sunday.", "police", ["TZACOP"]),
    ("en", "SAO PAULO, May 2 (Reuters) - The court froze the assets of a mining firm on "
           "Friday.", "court", ["BRAJUD"]),
    ("en", "ANALYSIS - The government froze the assets of a mining firm on Friday.",
     "government", [None]),
    # A city no table places: the country after it says where the story was filed.
    ("en", "TRIPOLI, Libya (AP) - The government accepted a British proposal on Thursday.",
     "government", ["LBYGOV"]),
    # A subject of another country before the body: whose it is, anyone's guess.
    ("en", "NAIROBI (Reuters) - Ethiopia's prime minister flew in on Monday. The government "
           "said talks would follow.", "government", [None]),
    ("fr", "DAKAR (AFP) - Le président malien est arrivé lundi. Le gouvernement a salué sa "
           "visite.", "gouvernement", [None]),
    # A later sentence that names the country which closed the story as the other party to
    # what the body does: the dateline's body again, for a body does not act on its own
    # country; not where that party is a pronoun, a place of the body's sentence, the doer of
    # a clause above the body or stands with it, nor where another closer is not named.
    ("en", "HANOI (Reuters) - China's coast guard rammed a fishing boat on Sunday. On Tuesday "
           "the foreign ministry handed Beijing a protest note.", "ministry", ["VNMGOV"]),
    ("fr", "NIAMEY (AFP) - Les troupes françaises ont quitté jeudi leur dernière base. Le "
           "gouvernement a expulsé samedi l'ambassadeur de France.", "gouvernement",
     ["NERGOV"]),
    ("en", "NAIROBI (Reuters) - Ethiopia's army crossed the border on Monday. Ethiopia's prime "
           "minister said the army would stay.", "army", [None]),
    ("en", "NAIROBI (Reuters) - Ethiopia's army crossed the border on Monday. The government "
           "and Ethiopia's foreign ministry said on Tuesday that talks would follow.",
     "government", [None]),
    ("en", "NAIROBI (Reuters) - Ethiopia's army crossed the border on Monday. Somalia's "
           "president flew home. The government condemned Ethiopia.", "government", [None]),
    ("en", "KAMPALA (Reuters) - South Sudan's army shelled a border post on Sunday. The army "
           "said on Monday it had killed twelve rebels in South Sudan.", "army", [None]),
    ("fr", "MOSCOU (AFP) - Le Mali achète des armes russes depuis 2021. Le chef de la junte, "
           "le général Assimi Goïta, a été accueilli mardi au Kremlin par Vladimir Poutine.",
     "junte", [None]),
    # A place of another country in the body's sentence: the act may be that country's.
    ("en", "KAMPALA (Reuters) - The army said on Monday it had killed twelve rebels in South "
           "Sudan.", "army", [None]),
    ("fr", "BAMAKO (AFP) - L'armée a affirmé mardi avoir tué dix jihadistes au Burkina Faso.",
     "armée", [None]),
    # An international body in the body's sentence, before the home country is named.
    ("en", "BRUSSELS (Reuters) - The government welcomed on Monday a ruling of the "
           "International Court of Justice against Russia.", "government", [None]),
    # The home country named first: an international body later does not close the story.
    ("en", "MANILA (Reuters) - The Philippines has refused for years to work with the "
           "International Criminal Court. On Friday the police arrested a former senator.",
     "police", ["PHLCOP"]),
    # A body whose phrase names other actors, or a people the tables lack, is theirs (the
    # soldiers are taken into the armies they are from, no actor of their own).
    ("en", "PHNOM PENH (Xinhua) - Soldiers from the Thai and Cambodian armies ended their joint "
           "drills on Monday.", "Soldiers", []),
    ("en", "PHNOM PENH (Xinhua) - Soldiers from the Thai and Cambodian armies ended their joint "
           "drills on Monday.", "their", []),
    ("en", "DUBLIN (Reuters) - The government said on Monday it would appeal against the "
           "ruling of a Catalan court.", "court", [None]),
    # A country adjective the parse hung on another word of the body's phrase.
    ("fr", "MANILLE (AFP) - Un avion de l'armée de l'air japonaise s'est posé lundi à Cebu.",
     "armée", [None]),
    ("fr", "MANILLE (AFP) - Un avion de l'armée de l'air s'est posé lundi à Cebu.", "armée",
     ["PHLMIL"]),
    # A region's adjective that the tables give its country (a nation of the United Kingdom).
    ("en", "DUBLIN (Reuters) - The government said on Monday it would appeal against the "
           "ruling of a Scottish court.", "court", ["GBRJUD"]),
]


# A title right before a person's name that no table knows is that person's office, of the
# story's country where it holds, and of no one's elsewhere.
STORIES += [
    # A people counted by a quantity noun, which the tagger may call singular.
    ("en", "Thousands of Kenyans marched through Mombasa on Saturday.", "Kenyans", ["KEN"]),
    ("fr", "Des centaines de Maliens ont défilé samedi à Bamako.", "Maliens", ["MLI"]),
    ("en", "LUSAKA (Reuters) - President Mwila Banda dissolved the cabinet on Monday.", "Banda",
     ["ZMBGOV"]),
    ("fr", "NIAMEY (AFP) - Le vice-président Issoufou Garba a reçu mardi les syndicats.", "Garba",
     ["NERGOV"]),
    ("en", "President Mwila Banda met the foreign minister of Kenya in Geneva.", "Banda", [None]),
    ("en", "NAIROBI (Reuters) - Ethiopia's army crossed the border on Monday. Foreign Minister "
           "Tesfaye Alemu said the troops would stay.", "Alemu", [None]),
]


@pytest.mark.parametrize(("lang", "text", "word", "expected"), STORIES)
def test_the_dateline_country_holds_until_another_comes_into_play(
        lang: str, text: str, word: str, expected: list[str | None]) -> None:
    assert covering_codes(analysed(text, lang), word) == expected


# A definite actor noun that repeats the head of an organisation named before is that
# organisation, not a body of the story's country.
NAMED_AGAIN = [
    ("en", "MANILA (Reuters) - The Philippines has refused for years to work with the "
           "International Criminal Court. On Friday the government handed a former senator to "
           "the court.", "court", ["IGOICC"]),
    ("fr", "NEW YORK (AFP) - L'Assemblée générale des Nations unies s'est réunie lundi. "
           "L'Assemblée a adopté une résolution sur l'aide humanitaire.", "Assemblée",
     ["IGOUNO"]),
    ("en", "KAMPALA (Reuters) - The court sentenced two opposition activists on Monday.",
     "court", ["UGAJUD"]),
]


@pytest.mark.parametrize(("lang", "text", "word", "expected"), NAMED_AGAIN)
def test_a_body_named_again_by_its_head_is_that_body(lang: str, text: str, word: str,
                                                     expected: list[str]) -> None:
    assert covering_codes(analysed(text, lang), word) == expected

