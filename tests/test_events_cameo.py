"""The verbs imported from the CAMEO dictionary (lang/en/events_cameo.json) on sentences
written for these tests, with the setting that turns them on: they code the acts their
patterns name, each with its target, the hand-written entries win where both apply, and they
stay silent on sport, business, weather, culture and science news that uses the words of
political violence and dispute. Off (the default), they code nothing."""

from __future__ import annotations

import pytest
from coding import assert_coded, extract_events

from vigie.config import Settings
from vigie.events.lexicon import load_lexicon
from vigie.model import Event

PUBLISHED = "2024-03-15"
IMPORTED_ON = Settings(imported_lexicon=True)

# (sentence, PLOVER type, source country, target country), each coded by an imported entry:
# every one needs its target, as the dictionary codes source-target dyads.
IMPORTED: list[tuple[str, str, str, str]] = [
    ("Rebels besieged the Syrian town of Homs for three months.", "COERCE", "SYR", "SYR"),
    ("Iraq annexed Kuwait in August 1990.", "COERCE", "IRQ", "KWT"),
    ("Serbian forces ransacked the Croatian town of Vukovar.", "ASSAULT", "SRB", "HRV"),
    ("The Malian junta banished the French ambassador.", "COERCE", "MLI", "FRA"),
    ("The Taliban flogged a woman in Kabul.", "ASSAULT", "AFG", "AFG"),
    ("Argentina nationalised the Spanish oil company Repsol's stake in YPF.", "COERCE", "ARG",
     "ESP"),
    ("China blacklisted two American senators.", "SANCTION", "CHN", "USA"),
    ("The Israeli army set off explosives at a Palestinian house in Jenin.", "ASSAULT", "ISR",
     "PSE"),
]

# Sentences with the words of conflict and none of its acts. Some name a country, a
# government or an office holder doing something that is no political event.
NON_EVENTS: list[str] = [
    "France attacked relentlessly in the second half and scored twice before the break.",
    "Brazil's striker fired a shot into the top corner to seal the win against Argentina.",
    "The Japanese side launched a late counterattack but the German goalkeeper held firm.",
    "England's bowlers targeted the stumps all morning at Lord's.",
    "The Spanish cyclist attacked on the final climb and seized the yellow jersey.",
    "Italy's rugby team charged down the kick and stormed over the line.",
    "The Kenyan runner broke away in the last lap to take gold in Paris.",
    "China's table tennis players swept the medals at the world championships in Doha.",
    "Canada beat Sweden in the ice hockey final after a shootout.",
    "The Australian swimmer smashed the world record in the 200 metres freestyle.",
    "Manchester United signed a French midfielder for a record fee.",
    "The Mexican boxer knocked out his opponent in the third round in Las Vegas.",
    "Apple launched a new iPhone in California on Tuesday.",
    "Toyota recalled two million cars in Japan over faulty brakes.",
    "Shares in the German carmaker fell sharply after the profit warning.",
    "The Indian conglomerate seized the opportunity to expand into Africa.",
    "Airbus delivered a record number of aircraft to customers in China last year.",
    "Oil prices hit a six-month high as demand recovered in Asia.",
    "The French bank charged customers higher fees for overdrafts.",
    "Netflix targeted younger viewers in Brazil with a cheaper subscription.",
    "Amazon workers in Germany received a bonus before Christmas.",
    "The Swiss watchmaker opened a new store in Tokyo.",
    "Investors in London bought government bonds as inflation slowed.",
    "Consumers in Spain boycotted the brand after a bad advertising campaign, the company said.",
    "The Dutch brewer cut its sales forecast for Europe.",
    "A tropical storm struck the coast of Mexico, flooding hundreds of homes.",
    "Lightning struck a barn in Ohio and set it on fire.",
    "A wildfire threatened villages in southern France as strong winds fanned the flames.",
    "Heavy snow hit northern Japan, closing schools and roads.",
    "An earthquake shook Turkey's eastern provinces early on Monday.",
    "A heatwave gripped Italy, with temperatures above 40 degrees in Rome.",
    "Floods swept through Pakistan's Sindh province after the monsoon rains.",
    "A cyclone battered Bangladesh's coast and forced fishermen back to port.",
    "The volcano erupted in Iceland, sending ash over the Atlantic.",
    "Firefighters in California fought the blaze through the night.",
    "The Russian ballet company staged Swan Lake in London to great acclaim.",
    "The Nigerian novelist won the Booker Prize for her third book.",
    "A Chinese film captured the top award at the Venice festival.",
    "The French orchestra toured Japan and played to full halls.",
    "The Egyptian museum unveiled a statue of Ramses II in Cairo.",
    "The Brazilian singer released an album of old samba songs.",
    "The Korean director shot his new film in Seoul over the winter.",
    "An Irish comedian roasted politicians at the festival in Edinburgh.",
    "NASA launched a probe to study the Sun from Florida.",
    "India's space agency fired the rocket's engines to reach lunar orbit.",
    "Chinese scientists cloned two monkeys in a laboratory in Shanghai.",
    "The European Space Agency's telescope captured images of a distant galaxy.",
    "Japanese researchers attacked the problem of plastic waste with a new enzyme.",
    "Canadian doctors targeted cancer cells with a new drug in a clinical trial.",
    "A German physicist charged the battery in under five minutes.",
    "The vaccine hit its targets in trials in South Africa, the company said.",
    "Researchers in Sweden tested a new strain of wheat for drought resistance.",
    "The virus attacks the immune system of elderly patients.",
    "The chef fired up the grill and served grilled fish to guests in Lisbon.",
    "The Turkish airline doubled its flights to Germany for the summer.",
    "The museum in Madrid opened a new wing for modern art.",
    "Students in Finland celebrated the end of exams with a picnic.",
    "The Greek island welcomed a record number of tourists this summer.",
    "A Belgian baker won the national baguette competition.",
    "The Norwegian explorer reached the South Pole on skis.",
    "The Argentinian tennis player served twenty aces to win in Madrid.",
    "Pakistan's cricket captain declared the innings closed on 450.",
    "The Polish chess champion defeated the Indian grandmaster in the final round.",
    "Australia's netball team crushed New Zealand in the final.",
    "The Moroccan marathon runner broke the course record in Berlin.",
    "The Ethiopian airline bought ten new Boeing jets.",
    "Scientists in Chile observed the comet with a giant telescope.",
    "The Kenyan tea company exported more tea to Pakistan this year.",
    "The Irish distillery launched a new whiskey in the United States.",
    "The American chess player resigned in the twentieth move.",
    "Germany's national football team stormed into the quarter-finals.",
    "The Vietnamese coffee exporter cut prices to win back buyers in Europe.",
    "The Japanese government raised its growth forecast for next year.",
    "The Chinese government launched a new weather satellite from Jiuquan.",
    "India's finance minister presented the budget to parliament on Friday.",
    "The German chancellor opened a new bridge over the Rhine.",
    "The French president's plane landed in Marseille after a short flight.",
    "Brazil's president celebrated his birthday with his family in Brasilia.",
    "The Canadian prime minister ran a marathon in Toronto to raise money for charity.",
    "The Italian government published new figures on tourism in Venice.",
    "Egypt's tourism minister unveiled a plan to attract more visitors to Luxor.",
    "The British government set a target of planting thirty million trees.",
    "The Spanish health ministry launched a campaign against smoking.",
    "Kenya's president planted a tree at a school in Nairobi.",
    "The Australian government built a new hospital in Perth.",
    "Mexico's central bank cut interest rates by a quarter point.",
    "Nigeria's government opened a new railway line between Lagos and Ibadan.",
    "The Dutch king cut the ribbon at a new museum in Amsterdam.",
    "The Swedish government raised the price of alcohol in state shops.",
    "South Korea's president watched the football final with fans in Seoul.",
    "The Chilean government counted the votes of the referendum.",
    "The Indonesian government cleared a forest area for a new capital.",
    "Russia's president congratulated the national hockey team on its win.",
    "The Turkish government charged a fee for visas at the airport.",
    "Pakistan's government fired the starting gun for the Lahore marathon.",
    "The French culture minister launched a festival of street theatre in Avignon.",
    "The Greek government seized the chance to promote its islands at the fair.",
    "The Polish president hit the first ball at the tennis tournament in Warsaw.",
    "Japan's emperor attended a poetry reading at the palace in Tokyo.",
    "The Irish government struck a more optimistic tone about the economy.",
    "Germany's finance ministry targeted a balanced budget for next year.",
    "The Moroccan king inaugurated a solar power plant near Ouarzazate.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    return extract_events([(s,) for s in [c[0] for c in IMPORTED] + NON_EVENTS], "en",
                          PUBLISHED, IMPORTED_ON)


def _imported(event: Event) -> bool:
    return ":cameo:" in (event.rule or "")


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), IMPORTED)
def test_imported_verbs_code_their_acts(coded: dict[str, list[Event]], sentence: str,
                                        kind: str, source: str, target: str) -> None:
    events = coded[sentence]
    assert_coded(events, kind, source, target)
    assert any(_imported(e) for e in events)


def test_the_non_event_set_is_large_enough() -> None:
    assert len(set(NON_EVENTS)) >= 60


@pytest.mark.parametrize("sentence", NON_EVENTS)
def test_imported_verbs_stay_silent_on_non_political_news(
        coded: dict[str, list[Event]], sentence: str) -> None:
    assert [e.rule for e in coded[sentence] if _imported(e)] == []


def test_a_hand_written_nominal_wins_over_an_imported_verb() -> None:
    # "launch" has imported patterns ("launch a campaign against"), but the hand-written
    # military exercise entry, carried by "launched", codes the act.
    (events,) = extract_events([("Chinese and Russian warships launched joint naval drills "
                                 "in the Sea of Japan on Monday.",)], "en", PUBLISHED,
                               IMPORTED_ON).values()
    assert [e.rule for e in events] == ["en:joint_exercise_n"]


def test_imported_entries_come_after_the_hand_written_ones_of_a_word() -> None:
    entries = load_lexicon("en", True).candidates("seize", "VERB")
    written = [p.imported for p in entries]
    assert written[0] is False and written == sorted(written)
    # and a hand-written word keeps no bare imported entry: how it codes alone is decided here
    assert all(p.requires for p in entries if p.imported)


def test_a_null_pattern_stops_the_bare_verb() -> None:
    # The dictionary's "* (FOR MURDER) [---]": a beheading for murder is an execution.
    sentences = [("Saudi Arabia beheaded a Pakistani man for murder.",),
                 ("Islamic State militants beheaded an American journalist in Syria.",)]
    executed, killed = extract_events(sentences, "en", PUBLISHED, IMPORTED_ON).values()
    assert executed == []
    assert [(e.event, e.rule) for e in killed] == [("ASSAULT", "en:cameo:8814")]


def test_imported_verbs_code_only_when_turned_on() -> None:
    # "blacklist" has no hand-written entry: only the imported one codes it.
    sentence = "Russia blacklisted British journalists."
    (off,) = extract_events([(sentence,)], "en", PUBLISHED).values()
    (on,) = extract_events([(sentence,)], "en", PUBLISHED, IMPORTED_ON).values()
    assert off == []
    assert_coded(on, "SANCTION", "RUS", "GBR")
    assert all(_imported(e) for e in on)
    assert load_lexicon("en").candidates("blacklist", "VERB") == ()
    assert all(p.imported for p in load_lexicon("en", True).candidates("blacklist", "VERB"))


@pytest.mark.parametrize("sentence", [
    "UNICEF launched a polio vaccination campaign in eastern Chad on Tuesday.",
    "Japan raised concerns about Russia's position on Tuesday.",
])
def test_an_imported_entry_takes_no_target_from_deep_in_its_object(sentence: str) -> None:
    # Where the campaign runs and whose position worries are no side of a dyad: the
    # entry's target is its object or the object's owner.
    (events,) = extract_events([(sentence,)], "en", PUBLISHED, settings=IMPORTED_ON).values()
    assert events == []


def test_an_imported_verb_that_does_not_apply_lets_any_verb_carry_a_noun() -> None:
    text = "Greek dockworkers walked off the job on Tuesday in protest against the government."
    (events,) = extract_events([(text,)], "en", PUBLISHED, settings=IMPORTED_ON).values()
    assert_coded(events, "PROTEST", "GRC", "GRC")
