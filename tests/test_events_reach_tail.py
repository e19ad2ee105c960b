"""The long tail of SANCTION, CONCEDE, RETREAT, PROTEST and AGREE on news the lexicon was not
written for: classes of wording seen in three or more development sets, in both languages,
checked on sentences written for these tests (other wording, other countries), each with a close
wording from sport, business, culture or war on which the act must not be coded, or must be
coded otherwise."""

from __future__ import annotations

import pytest
from coding import assert_coded, assert_coded_as, extract_bilingual

from vigie.model import Event

PUBLISHED = "2024-03-15"

# (language, sentence, PLOVER type or None (nothing factual), CAMEO code or "" (any), source
# country, target country ("" = any))
CASES: list[tuple[str, str, str | None, str, str, str]] = [
    # SANCTION: a partnership accord (of cooperation, defence, friendship, security) torn up,
    # ended or frozen reduces relations (CAMEO 160); a peace accord left stays a refusal (127),
    # and a club's sponsorship contract is no state's tie.
    ("en", "Burkina Faso's junta tore up its defence cooperation agreement with Italy on "
     "Tuesday.", "SANCTION", "160", "BFA", "ITA"),
    ("en", "Chad ended its security pact with Denmark on Monday.", "SANCTION", "160", "TCD",
     "DNK"),
    ("en", "Venezuela abandoned the peace accord with Guyana on Monday.", "REJECT", "127", "VEN",
     "GUY"),
    ("en", "The basketball club terminated its sponsorship deal with the bank on Monday.",
     None, "", "", ""),
    ("fr", "Le Burkina Faso a dénoncé mardi son accord de coopération militaire avec l'Italie.",
     "SANCTION", "160", "BFA", "ITA"),
    ("fr", "Le Maroc a gelé lundi le traité d'amitié signé avec la Tunisie.", "SANCTION", "160",
     "MAR", ""),
    ("fr", "Le club de basket a résilié son contrat de sponsoring avec la banque.",
     None, "", "", ""),
    # SANCTION: a visit or a summit called off by a state (a visit 160, talks 164); a singer's
    # tour and a match called off are no such act.
    ("en", "The Japanese foreign minister called off a visit to Seoul on Monday.", "SANCTION",
     "160", "JPN", "KOR"),
    ("en", "Brazil's president cancelled his trip to Caracas on Wednesday.", "SANCTION", "160",
     "BRA", "VEN"),
    ("en", "The Indian prime minister scrapped his summit with the Chinese president.",
     "SANCTION", "164", "IND", "CHN"),
    ("en", "The pop star cancelled her tour of Australia because of illness.", None, "", "", ""),
    ("en", "The derby between the two clubs was called off because of snow.", None, "", "", ""),
    ("fr", "Le ministre japonais des Affaires étrangères a annulé sa visite à Séoul.",
     "SANCTION", "160", "JPN", "KOR"),
    ("fr", "Le président brésilien a annulé le sommet avec le président vénézuélien.",
     "SANCTION", "164", "BRA", "VEN"),
    ("fr", "La chanteuse a annulé sa tournée en Australie pour raisons de santé.",
     None, "", "", ""),
    # CONCEDE: a state or a group taken off a list (of terrorist organisations, of sponsors of
    # terrorism) eases a sanction (081); a player taken off a team sheet is no such act.
    ("en", "Washington took Libya off its list of state sponsors of terrorism on Monday.",
     "CONCEDE", "081", "USA", "LBY"),
    ("en", "Canada removed Iran from its list of designated states in May.",
     "CONCEDE", "081", "CAN", "IRN"),
    ("en", "The coach took the goalkeeper off the team sheet before the match.",
     None, "", "", ""),
    ("fr", "Washington a rayé la Libye de sa liste des États soutenant le terrorisme.",
     "CONCEDE", "081", "USA", "LBY"),
    ("fr", "L'entraîneur a retiré le gardien de la liste des joueurs convoqués.",
     None, "", "", ""),
    # RETREAT: heritage, land and sovereignty handed back to a state (084); a trophy handed
    # back and a painting returned to a family are no such act.
    ("en", "France handed back a looted royal throne and six statues to Benin on Monday.",
     "RETREAT", "084", "FRA", "BEN"),
    ("en", "Britain gave back two ancient manuscripts to Ethiopia on Thursday.",
     "RETREAT", "084", "GBR", "ETH"),
    ("en", "Kyrgyzstan handed three border villages back to Tajikistan on Friday.",
     "RETREAT", "084", "KGZ", "TJK"),
    ("en", "The captain handed back the trophy to the organisers after the race.",
     None, "", "", ""),
    ("fr", "La Belgique a remis au Cameroun une statue royale pillée en 1902.",
     "RETREAT", "084", "BEL", "CMR"),
    ("fr", "Londres a rendu à l'Éthiopie deux manuscrits anciens.",
     "RETREAT", "084", "GBR", "ETH"),
    ("fr", "Le capitaine a remis le trophée aux organisateurs de la course.",
     None, "", "", ""),
    ("fr", "Le musée a rendu le tableau à la famille de son ancien propriétaire.",
     None, "", "", ""),
    # PROTEST: a crowd descending on a town, its centre or a square (« déferler sur la
    # capitale », "converged on the capital"); fans on their way to a final, tourists, troops
    # and mourners are no protest.
    ("en", "Thousands of Bolivian farmers descended on the capital on Monday.",
     "PROTEST", "141", "BOL", ""),
    ("en", "Tens of thousands of Slovaks converged on the capital on Friday.",
     "PROTEST", "141", "SVK", ""),
    ("en", "Thousands of Mexican fans descended on Madrid for the final.", None, "", "", ""),
    ("en", "Thousands of Russian troops converged on the city from the north.",
     None, "", "", ""),
    ("en", "Hundreds of Israeli settlers descended on a Palestinian village near Ramallah.",
     None, "", "", ""),
    ("fr", "Des dizaines de milliers de Slovaques ont déferlé vendredi sur la capitale.",
     "PROTEST", "141", "SVK", ""),
    ("fr", "Des milliers d'étudiants boliviens ont convergé lundi vers le centre de La Paz.",
     "PROTEST", "141", "BOL", ""),
    ("fr", "Des milliers de Géorgiens ont déferlé dans les rues de Tbilissi.",
     "PROTEST", "141", "GEO", ""),
    ("fr", "Des milliers de supporters mexicains ont déferlé sur Madrid pour la finale.",
     None, "", "", ""),
    ("fr", "Des milliers de touristes italiens ont convergé vers Venise pour le carnaval.",
     None, "", "", ""),
    ("fr", "Des centaines de colons israéliens ont déferlé sur un village palestinien près de "
     "Ramallah.", None, "", "", ""),
    # AGREE: "committed to" doing something, the English side of « s'engager à » (030); what
    # is committed (crimes, troops, wrongs against someone) or whom a court commits is no pledge.
    ("en", "Serbia has committed to dismantling the barricades in the north.", "AGREE", "030",
     "SRB", ""),
    ("en", "The Malian government committed on Monday to holding elections in 2026.", "AGREE",
     "030", "MLI", ""),
    ("en", "Rights groups listed the abuses committed by Sudanese soldiers in Darfur.",
     None, "", "", ""),
    ("en", "The goalkeeper committed to the club until 2028.", None, "", "", ""),
    ("en", "The Canadian government apologised on Friday for the wrongs committed by priests "
     "against Indigenous children.", "CONCEDE", "055", "CAN", ""),
    ("fr", "La Serbie s'est engagée à démanteler les barricades dans le nord.", "AGREE", "030",
     "SRB", ""),
    # AGREE: an agreement arrived at or come to, the English side of « parvenir / aboutir à un
    # accord » and « tomber d'accord »; a footballer agreeing his contract and boxers coming to
    # blows are no such act.
    ("en", "Sudan and South Sudan came to an understanding on oil transit fees on Monday.",
     "AGREE", "030", "SDN", ""),
    ("en", "Ghana and Togo arrived at a settlement on their maritime border.",
     "AGREE", "030", "GHA", ""),
    ("en", "The midfielder came to an agreement with the club on a new contract.",
     None, "", "", ""),
    ("en", "The two heavyweights came to blows at the weigh-in.", None, "", "", ""),
    ("fr", "Le Ghana et le Togo sont tombés d'accord sur le tracé de leur frontière maritime.",
     "AGREE", "030", "GHA", ""),
    ("fr", "Le milieu de terrain est tombé d'accord avec le club sur un nouveau contrat.",
     None, "", "", ""),
]


@pytest.fixture(scope="module")
def events() -> dict[str, list[Event]]:
    return extract_bilingual(CASES, [], PUBLISHED)


@pytest.mark.parametrize(("lang", "text", "kind", "cameo", "source", "target"), CASES,
                         ids=[c[1][:50] for c in CASES])
def test_tail(lang: str, text: str, kind: str | None, cameo: str, source: str, target: str,
              events: dict[str, list[Event]]) -> None:
    if kind is None or not cameo:
        assert_coded(events[text], kind, source, target)
    else:
        assert_coded_as(events[text], kind, cameo, source, target)
