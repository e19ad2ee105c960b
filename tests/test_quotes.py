"""Quotes: direct and indirect speech, speakers, sources and media, in French and English.

Most tests give the analyser hand-made actors at the right offsets, so that they check the
quote logic itself whatever the actor layer finds; ``test_seed_quotes_full_pipeline`` runs
everything on the seed article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

import vigie
from vigie.analysis import Analysis
from vigie.claims import find_claims
from vigie.lang import load_table
from vigie.model import Actor, Article, Quote
from vigie.nlp import pipeline_for
from vigie.quotes import attribution_at, find_quotes, lexicon

Analyse = Callable[..., Analysis]


def actor(text: str, words: str, code: str, sector: str | None = None, nth: int = 0,
          name: str | None = None) -> Actor:
    """An actor on the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Actor(words, start, start + len(words), code=code, country=code[:3], sector=sector,
                 name=name or words)


@pytest.fixture(scope="module")
def analyse() -> Analyse:
    """Parse once per text, then run quotes and claims over the given actors."""
    docs: dict[tuple[str, str], object] = {}

    def run(text: str, lang: str, actors: list[Actor] | tuple[Actor, ...] = ()) -> Analysis:
        if (text, lang) not in docs:
            docs[text, lang] = pipeline_for(lang)(text)
        article = Article(id="t", text=text, lang=lang, published=date(2023, 3, 10))
        analysis = Analysis(article=article, doc=docs[text, lang], lang=lang,  # type: ignore[arg-type]
                            actors=sorted(actors, key=lambda a: (a.start, a.end)))
        find_quotes(analysis)
        find_claims(analysis)
        return analysis

    return run


def quote_starting(analysis: Analysis, words: str, direct: bool | None = None) -> Quote:
    found = [q for q in analysis.quotes
             if q.text.startswith(words) and (direct is None or q.direct == direct)]
    assert len(found) == 1, [q.text for q in analysis.quotes]
    return found[0]


def codes(quote: Quote) -> list[str | None]:
    return [a.code for a in quote.speaker]


def cue_text(analysis: Analysis, quote: Quote) -> str:
    assert quote.cue_start is not None and quote.cue_end is not None
    return analysis.article.text[quote.cue_start : quote.cue_end]


# -- the seed, with the actors the actor layer should give ---------------------------------------


@pytest.fixture(scope="module")
def seed(analyse: Analyse, seed_text: str) -> Analysis:
    t = seed_text
    actors = [
        actor(t, "Etats-Unis", "USA"),
        actor(t, "Albanie", "ALB"),
        actor(t, "Reuters", "GBRMED", sector="MED"),
        actor(t, "États-Unis", "USA"),
        actor(t, "Albanie", "ALB", nth=2),
        Actor("Ils", t.index("Ils"), t.index("Ils") + 3, code="USA", country="USA"),
        Actor("Ils", t.index("Ils"), t.index("Ils") + 3, code="ALB", country="ALB"),
        actor(t, "Kim Yo Jong", "PRKGOV", sector="GOV"),
        actor(t, "Chine", "CHN", nth=1),
        actor(t, "Russie", "RUS", nth=1),
    ]
    return analyse(t, "fr", actors)


def test_seed_opening_quotation(seed: Analysis) -> None:
    quote = quote_starting(seed, "Les violations des droits")
    assert quote.direct
    assert quote.text.endswith("missiles balistiques du pays")
    assert seed.article.text[quote.start : quote.end] == quote.text
    assert quote.cue == "déclarer"
    assert cue_text(seed, quote) == "déclaré"
    assert codes(quote) == ["USA", "ALB"]
    assert quote.source == "note"
    assert quote.medium == "Reuters"


def test_seed_quote_opened_before_d_apostrophe(seed: Analysis) -> None:
    quote = quote_starting(seed, "d'identifier les opportunités")
    assert quote.direct
    assert quote.text.endswith("de promouvoir la responsabilité")
    assert (quote.cue, quote.source) == ("selon", "note")
    assert cue_text(seed, quote) == "selon"
    assert codes(quote) == ["USA", "ALB"]


def test_seed_selon_covers_the_whole_sentence(seed: Analysis) -> None:
    quote = quote_starting(seed, "L'objectif de cette réunion")
    assert not quote.direct
    assert (quote.cue, quote.source, codes(quote)) == ("selon", "note", ["USA", "ALB"])


def test_seed_indirect_speech_with_pronoun_subject(seed: Analysis) -> None:
    quote = quote_starting(seed, "pendant la pandémie de COVID-19")
    assert not quote.direct
    assert quote.text.endswith("y compris en ordonnant de tirer pour tuer")
    assert quote.cue == "indiquer"
    assert cue_text(seed, quote) == "indiqué"
    assert codes(quote) == ["USA", "ALB"]
    assert quote.source is None


def test_seed_quotation_over_two_sentences_takes_the_named_note(seed: Analysis) -> None:
    quote = quote_starting(seed, "Le gouvernement de la RPDC a redoublé")
    assert quote.direct
    assert quote.text.endswith("seraient incarcérés en RPDC")
    assert "arrestations et d'emprisonnements sévères. Aujourd'hui" in quote.text
    assert (quote.cue, quote.source) == ("selon", "note")
    # "la note" is the note of the United States and Albania named before.
    assert codes(quote) == ["USA", "ALB"]


def test_seed_conjoined_and_participial_reporting_verbs_share_the_subject(seed: Analysis) -> None:
    warning = quote_starting(seed, "toute action visant à abattre")
    assert (warning.cue, codes(warning)) == ("avertir", ["PRKGOV"])
    assert warning.text.endswith("constituerait une déclaration de guerre")
    view = quote_starting(seed, "il ne serait pas constructif")
    assert (view.cue, codes(view)) == ("estimer", ["CHN", "RUS"])


def test_seed_scare_quotes_are_not_speech(seed: Analysis) -> None:
    assert not [q for q in seed.quotes if "champ de tir" in q.text and q.direct]
    assert any(n.stage == "quotes" and n.verdict == "dropped" for n in seed.trace)


def test_seed_quotes_are_in_text_order_and_traced(seed: Analysis) -> None:
    assert [q.start for q in seed.quotes] == sorted(q.start for q in seed.quotes)
    found = [(n.start, n.end) for n in seed.trace if n.stage == "quotes" and n.verdict == "found"]
    assert found == [(q.start, q.end) for q in seed.quotes]


def test_pronoun_without_actors_has_no_speaker(analyse: Analyse, seed_text: str) -> None:
    quote = quote_starting(analyse(seed_text, "fr"), "pendant la pandémie")
    assert (quote.speaker, quote.source, quote.cue) == ((), None, "indiquer")


def test_seed_quotes_full_pipeline(seed_records: list) -> None:
    quotes = [r for r in seed_records if r.kind == "quote"]
    opening = next(q for q in quotes if q.text.startswith("Les violations"))
    assert (opening.cue, opening.source, opening.medium) == ("déclarer", "note", "Reuters")
    assert [a.country for a in opening.speaker] == ["USA", "ALB"]
    middle = next(q for q in quotes if q.text.startswith("d'identifier"))
    assert (middle.cue, middle.source) == ("selon", "note")
    assert [a.country for a in middle.speaker] == ["USA", "ALB"]
    closing = next(q for q in quotes if q.text.startswith("Le gouvernement de la RPDC"))
    assert (closing.cue, closing.source) == ("selon", "note")
    assert [a.country for a in closing.speaker] == ["USA", "ALB"]
    told = next(q for q in quotes if q.text.startswith("pendant la pandémie"))
    assert told.cue == "indiquer"
    assert sorted(a.country for a in told.speaker) == ["ALB", "USA"]
    claim = next(r for r in seed_records if r.kind == "claim" and r.text.startswith("80 000"))
    assert claim.attribution.source == "note"
    assert [a.country for a in claim.attribution.speaker] == ["USA", "ALB"]


# -- French sentences ----------------------------------------------------------------------------


def test_inverted_pronoun_source_phrase_and_media_actor(analyse: Analyse) -> None:
    text = "« Nous ne céderons pas », a-t-il déclaré jeudi à l'AFP, d'après un communiqué."
    il = text.index("il déclaré")
    actors = [Actor("il", il, il + 2, code="IRNGOV", country="IRN", sector="GOV"),
              actor(text, "AFP", "FRAMED", sector="MED", name="Agence France-Presse")]
    analysis = analyse(text, "fr", actors)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert (quote.text, quote.direct, quote.cue) == ("Nous ne céderons pas", True, "déclarer")
    assert codes(quote) == ["IRNGOV"]
    assert quote.source == "communiqué"
    assert quote.medium == "Agence France-Presse"


def test_incise_after_plain_clause_with_medium(analyse: Analyse) -> None:
    text = ("La situation est grave, a indiqué le porte-parole du ministère, "
            "cité par l'agence Yonhap.")
    actors = [actor(text, "porte-parole du ministère", "KORGOV", sector="GOV")]
    quote = quote_starting(analyse(text, "fr", actors), "La situation")
    assert (quote.text, quote.direct, quote.cue) == ("La situation est grave", False, "indiquer")
    assert codes(quote) == ["KORGOV"]
    assert quote.medium == "Yonhap"


def test_partial_quotations_inside_indirect_speech(analyse: Analyse) -> None:
    text = ("Le ministre a affirmé que la situation était « désastreuse » et a ajouté qu'il "
            "n'y aurait « aucune concession ».")
    analysis = analyse(text, "fr", [actor(text, "ministre", "FRAGOV", sector="GOV")])
    said = quote_starting(analysis, "la situation était")
    assert (said.text, said.direct, said.cue) == (
        "la situation était « désastreuse »", False, "affirmer")
    word = quote_starting(analysis, "désastreuse")
    assert (word.direct, word.cue, codes(word)) == (True, "affirmer", ["FRAGOV"])
    added = quote_starting(analysis, "il n'y aurait")
    assert (added.cue, codes(added)) == ("ajouter", ["FRAGOV"])
    assert quote_starting(analysis, "aucune concession").direct


def test_selon_with_a_manner_noun_is_no_attribution(analyse: Analyse) -> None:
    analysis = analyse("Selon les cas, les sanctions seront levées en juin. Les taxes varieront "
                       "selon que le gouvernement accepte ou non le plan.", "fr")
    assert analysis.quotes == []


def test_quotation_continued_in_the_next_paragraph(analyse: Analyse) -> None:
    text = "« Nous avons tout essayé.\n\n« Nous continuerons », a dit le ministre."
    analysis = analyse(text, "fr", [actor(text, "ministre", "FRAGOV", sector="GOV")])
    first = quote_starting(analysis, "Nous avons tout essayé")
    second = quote_starting(analysis, "Nous continuerons")
    assert first.text == "Nous avons tout essayé."
    assert (first.cue, codes(first)) == (second.cue, codes(second)) == ("dire", ["FRAGOV"])


def test_complement_clause_hung_on_the_source_noun(analyse: Analyse) -> None:
    text = "Le ministère a précisé dans un communiqué que 12 otages avaient été libérés."
    analysis = analyse(text, "fr", [actor(text, "ministère", "MLIGOV", sector="GOV")])
    (quote,) = analysis.quotes
    assert (quote.text, quote.cue, quote.source, codes(quote)) == (
        "12 otages avaient été libérés", "préciser", "communiqué", ["MLIGOV"])
    (claim,) = analysis.claims
    assert claim.attribution == quote.attribution()


def test_quote_introduced_by_a_colon(analyse: Analyse) -> None:
    text = "Le porte-parole a déclaré : « Les négociations reprendront lundi. »"
    analysis = analyse(text, "fr", [actor(text, "porte-parole", "FRAGOV", sector="GOV")])
    quote = quote_starting(analysis, "Les négociations", direct=True)
    assert (quote.text, quote.cue, codes(quote)) == (
        "Les négociations reprendront lundi.", "déclarer", ["FRAGOV"])


def test_coordinated_quotations_share_the_cue(analyse: Analyse) -> None:
    text = "La crise « est un test » et « les enjeux sont énormes », a-t-il déclaré hier."
    il = text.index("il déclaré")
    analysis = analyse(text, "fr", [Actor("il", il, il + 2, code="FRAGOV", country="FRA")])
    assert [(q.text, q.cue, codes(q)) for q in analysis.quotes if q.direct] == [
        ("est un test", "déclarer", ["FRAGOV"]),
        ("les enjeux sont énormes", "déclarer", ["FRAGOV"]),
    ]


def test_quotation_inside_the_subject_is_not_reported_by_its_verb(analyse: Analyse) -> None:
    text = "L'Otan, « qui considère cela comme une provocation », a lancé des avions."
    (quote,) = analyse(text, "fr").quotes
    assert quote.text == "qui considère cela comme une provocation"
    assert quote.cue is None


def test_participle_after_a_comma_is_not_reported_speech(analyse: Analyse) -> None:
    text = ("Un dirigeant kurde, Semdim Sakik, reconnu coupable de la mort de 283 personnes, "
            "a été condamné. Le ministre, qui reconnaît son erreur, a démissionné.")
    assert analyse(text, "fr").quotes == []


# -- English sentences ---------------------------------------------------------------------------


def test_english_quote_then_subject_and_said(analyse: Analyse) -> None:
    text = '"We will not accept these sanctions," Foreign Minister Sergei Lavrov said on Tuesday.'
    actors = [actor(text, "Foreign Minister Sergei Lavrov", "RUSGOV", sector="GOV")]
    analysis = analyse(text, "en", actors)
    assert len(analysis.quotes) == 1
    quote = analysis.quotes[0]
    assert (quote.text, quote.direct, quote.cue) == (
        "We will not accept these sanctions", True, "say")
    assert cue_text(analysis, quote) == "said"
    assert codes(quote) == ["RUSGOV"]


def test_english_quote_over_two_sentences_after_a_colon(analyse: Analyse) -> None:
    text = 'He told reporters: "The talks failed. We will try again next week."\n'
    analysis = analyse(text, "en", [actor(text, "He", "USAGOV", sector="GOV")])
    quote = quote_starting(analysis, "The talks failed", direct=True)
    assert quote.text == "The talks failed. We will try again next week."
    assert (quote.cue, codes(quote)) == ("tell", ["USAGOV"])
    assert len(analysis.quotes) == 1  # the complement is the quotation itself


def test_english_coordinated_speakers_and_their_claim(analyse: Analyse) -> None:
    text = "The United States and Britain said the strikes had killed 1,950 fighters."
    actors = [actor(text, "United States", "USA"), actor(text, "Britain", "GBR")]
    analysis = analyse(text, "en", actors)
    quote = quote_starting(analysis, "the strikes")
    assert (quote.direct, quote.cue, codes(quote)) == (False, "say", ["USA", "GBR"])
    assert quote.text == "the strikes had killed 1,950 fighters"
    (claim,) = analysis.claims
    assert claim.attribution == quote.attribution()


def test_english_according_to_a_statement_seen_by_a_medium(analyse: Analyse) -> None:
    text = ("More than 200 people were detained, according to a statement from the Interior "
            "Ministry seen by Reuters.")
    actors = [actor(text, "Interior Ministry", "IRQGOV", sector="GOV"),
              actor(text, "Reuters", "GBRMED", sector="MED")]
    analysis = analyse(text, "en", actors)
    (quote,) = analysis.quotes
    assert (quote.text, quote.cue, quote.source) == (
        "More than 200 people were detained", "according to", "statement")
    assert codes(quote) == ["IRQGOV"]
    assert quote.medium == "Reuters"


def test_english_told_a_news_agency(analyse: Analyse) -> None:
    text = '"Enough," a UN official told Reuters.'
    actors = [actor(text, "UN official", "IGOUNO", sector="IGO"),
              actor(text, "Reuters", "GBRMED", sector="MED")]
    (quote,) = analyse(text, "en", actors).quotes
    assert (quote.text, quote.cue, codes(quote), quote.medium) == (
        "Enough", "tell", ["IGOUNO"], "Reuters")


def test_english_scare_quotes_and_manner_phrases_are_not_speech(analyse: Analyse) -> None:
    analysis = analyse('The minister called the deal a "historic step" for the region. '
                       "According to plan, the troops left.", "en")
    assert analysis.quotes == []


# -- attribution_at -----------------------------------------------------------------------------


def test_attribution_at_seed_offsets(seed: Analysis) -> None:
    text = seed.article.text
    inside = attribution_at(seed, text.index("80 000"))
    assert inside is not None
    assert (inside.source, inside.cue) == ("note", "selon")
    assert [a.code for a in inside.speaker] == ["USA", "ALB"]
    assert attribution_at(seed, text.index("L'Albanie est actuellement")) is None
    assert attribution_at(seed, text.index("Pyongyang a lancé")) is None


def test_attribution_at_prefers_the_innermost_speaker(analyse: Analyse) -> None:
    text = "The minister said that the army reported that 300 soldiers had left."
    actors = [actor(text, "minister", "ISRGOV", sector="GOV"),
              actor(text, "army", "ISRMIL", sector="MIL")]
    analysis = analyse(text, "en", actors)
    inner = attribution_at(analysis, text.index("300"))
    assert inner is not None and [a.code for a in inner.speaker] == ["ISRMIL"]
    outer = attribution_at(analysis, text.index("army"))
    assert outer is not None and [a.code for a in outer.speaker] == ["ISRGOV"]


def test_attribution_at_skips_an_inner_quote_without_speaker(analyse: Analyse) -> None:
    text = '"We told them that 300 soldiers had left," the minister said.'
    analysis = analyse(text, "en", [actor(text, "minister", "ISRGOV", sector="GOV")])
    assert any(q.cue == "tell" for q in analysis.quotes)
    found = attribution_at(analysis, text.index("300"))
    assert found is not None and (found.cue, [a.code for a in found.speaker]) == (
        "say", ["ISRGOV"])


def test_extract_emits_quote_records() -> None:
    records = vigie.extract("« Nous ne céderons pas », a déclaré le ministre.", lang="fr")
    (quote,) = [r for r in records if r.kind == "quote"]
    assert quote.to_dict()["kind"] == "quote"
    assert quote.text == "Nous ne céderons pas"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quote_lexicons_share_their_keys_and_parse(lang: str) -> None:
    assert set(load_table(lang, "quotes")) == set(load_table("fr", "quotes"))
    lex = lexicon(lang)
    assert lex.verbs and lex.phrases and lex.source_nouns and lex.quote_pairs
    assert all(len(pair) == 2 for pair in lex.quote_pairs)


# -- speakers the actor layer does not code (full pipeline) ---------------------------------------


def quotes_of(text: str, lang: str) -> list[Quote]:
    return [r for r in vigie.extract(text, lang=lang, published="2024-05-14") if r.kind == "quote"]


def speakers_of(quote: Quote) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.code, a.name) for a in quote.speaker]


def test_private_person_named_then_carried_by_a_pronoun() -> None:
    text = ('"We have no water and no medicine," said Maria Delgado, a nurse in the camp. '
            "Aid trucks have not reached the area since Monday, she added.")
    first, second = quotes_of(text, "en")
    assert speakers_of(first) == [("Maria Delgado", None, "Maria Delgado")]
    (she,) = second.speaker
    assert (she.text, she.code, she.name) == ("she", None, "Maria Delgado")
    assert text[she.start : she.end] == "she"
    assert she.via == f"coref:Maria Delgado@{text.index('Maria')}"


def test_inverted_pronoun_and_bare_surname_take_the_full_name() -> None:
    text = ("Jean Moreau, maire de Saint-Laurent, s'est rendu mardi sur la digue. « Les dégâts "
            "sont considérables », a-t-il déclaré. Moreau a indiqué que la route serait rouverte "
            "lundi.")
    damage = next(q for q in quotes_of(text, "fr") if q.text.startswith("Les dégâts"))
    road = next(q for q in quotes_of(text, "fr") if q.text.startswith("la route"))
    assert speakers_of(damage) == [("il", None, "Jean Moreau")]
    assert speakers_of(road) == [("Moreau", None, "Jean Moreau")]


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", '"The talks are stuck," a Western diplomat said, speaking on condition of anonymity.',
     "Western diplomat"),
    ("en", "A spokesman for the Mountain Rangers Association said the trail had been closed.",
     "spokesman for the Mountain Rangers Association"),
    ("en", "The mine's owner, Black Ridge Resources, said output would fall by a third.",
     "Black Ridge Resources"),
    ("fr", "Un porte-parole de l'Association des guides de montagne a indiqué que le sentier "
           "était fermé.", "porte-parole de l'Association des guides de montagne"),
    ("fr", "Selon les autorités locales, au moins trente maisons ont été détruites.",
     "autorités locales"),
    ("fr", "Le quotidien La Gazette du Nord a révélé que le contrat avait été signé en secret.",
     "quotidien La Gazette du Nord"),
])
def test_uncoded_speaker_is_recorded_by_its_words(lang: str, text: str, words: str) -> None:
    (quote,) = quotes_of(text, lang)
    (speaker,) = quote.speaker
    assert (speaker.text, speaker.code, speaker.name) == (words, None, words)
    assert text[speaker.start : speaker.end] == words


def test_pronoun_between_two_people_is_left_unattributed() -> None:
    text = ("Luca Marchetti and Paolo Rossi toured the flooded port on Tuesday. "
            '"It is a disaster," he said.')
    (quote,) = quotes_of(text, "en")
    assert quote.cue == "say" and quote.speaker == ()


def test_signs_and_reports_speak_for_nobody() -> None:
    sign, = quotes_of('The sign on the door said "Closed until further notice".', "en")
    assert (sign.speaker, sign.source) == ((), "sign")
    report, = quotes_of("Le rapport indique que 40 % des enfants souffrent de la faim.", "fr")
    assert (report.speaker, report.source) == ((), "rapport")


def test_the_same_speaker_goes_on_over_sentences_and_paragraphs() -> None:
    text = ('"We were told to leave within an hour," said Amina Yusuf, a teacher.\n'
            '"We left everything behind. The soldiers burned the school.\n'
            '"Now we sleep under the trees." The army denied the account.')
    quotes = [q for q in quotes_of(text, "en") if q.direct]
    assert [q.text[:10] for q in quotes] == ["We were to", "We left ev", "Now we sle"]
    assert {tuple(speakers_of(q)) for q in quotes} == {(("Amina Yusuf", None, "Amina Yusuf"),)}


def test_bare_infinitive_reports_what_the_subject_says_of_itself() -> None:
    (quote,) = quotes_of("Le journal affirme avoir consulté des documents prouvant les "
                         "versements.", "fr")
    assert (quote.text, quote.cue) == ("avoir consulté des documents prouvant les versements",
                                       "affirmer")
    assert speakers_of(quote) == [("journal", None, "journal")]
    assert quotes_of("Le ministre a dit aux soldats de partir.", "fr") == []  # an order


def test_a_quotation_after_other_words_is_nobody_going_on() -> None:
    text = ('"We will rebuild," the village chief said. The governor called the plan "a fantasy '
            'that will never happen." Residents left.\n"Nobody believes him," the chief said. '
            'Police arrived.\n"Everything is calm now."')
    quotes = {q.text[:12]: [a.text for a in q.speaker] for q in quotes_of(text, "en")}
    assert quotes == {"We will rebu": ["village chief"], "a fantasy th": [],
                      "Nobody belie": ["chief"], "Everything i": []}


def test_claim_source_is_an_uncoded_speaker() -> None:
    text = "A local official said 30 houses were destroyed by the landslide."
    claim = next(r for r in vigie.extract(text, lang="en") if r.kind == "claim")
    assert claim.attribution is not None
    assert [(a.text, a.code) for a in claim.attribution.speaker] == [("local official", None)]


@pytest.mark.parametrize(("lang", "text", "words"), [
    # A place or a time hung on the speaker by the parser is no part of its words.
    ("fr", "« Nous avons eu des échanges francs », a déclaré la ministre lors d'une conférence "
           "de presse.", "ministre"),
    ("fr", "Selon les habitants, les tirs ont duré toute la nuit.", "habitants"),
    ("en", '"We are leaving," the minister on Tuesday said.', "minister"),
    # A name's own complement stays, and the country in it codes nobody.
    ("en", "The Kenya National Commission on Human Rights said one protester was killed.",
     "Kenya National Commission on Human Rights"),
    # Words joined by a hyphen stay one whatever the tokenizer made of them.
    ("fr", "La France a retiré ses derniers soldats, a annoncé l'état-major des armées.",
     "état-major"),
    ("en", '"We are not leaving," the protesters chanted outside parliament.', "protesters"),
    # The article goes, unless it is part of a title.
    ("fr", "D'après Le Monde, le gouvernement prépare un remaniement.", "Le Monde"),
    ("en", "According to the Daily Monitor, the minister resigned on Friday.", "Daily Monitor"),
])
def test_speaker_words_stop_where_the_name_does(lang: str, text: str, words: str) -> None:
    (quote,) = quotes_of(text, lang)
    assert [a.text for a in quote.speaker] == [words]


def test_inverted_pronoun_hung_on_the_clause_before() -> None:
    text = ("« Nous n'avons plus d'eau », a déclaré Claire Dupont, infirmière au centre d'accueil. "
            "Les camions d'aide ne sont pas arrivés, a-t-elle ajouté.")
    trucks = next(q for q in quotes_of(text, "fr") if q.text.startswith("Les camions"))
    assert (trucks.cue, speakers_of(trucks)) == ("ajouter", [("elle", None, "Claire Dupont")])
