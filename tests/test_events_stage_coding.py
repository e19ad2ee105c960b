"""The coding and dating stages: the CAMEO code a candidate takes (negated, prepared,
announced, decided with its date of effect), its negation, tense and date."""

from __future__ import annotations

import pytest
from stages import candidate, context, token

from vigie.events.coder.coding import is_negated, threat_promised, ultimatum
from vigie.events.coder.dating import date_of_effect, future_form, times_for


@pytest.mark.parametrize(("text", "lang", "event", "cameo", "tense"), [
    # Decided, with its date of effect: the act itself, in the future.
    ("Russia will expel the diplomats within 48 hours.", "en", "SANCTION", "166", "future"),
    # On a condition: a threat.
    ("Russia will expel the diplomats unless Britain apologizes.", "en", "THREATEN", "130",
     "future"),
    # Not accepting is a refusal, which did happen.
    ("Iran did not accept the proposal of France.", "en", "REJECT", "120", "present"),
    # An attack being prepared is a show of force.
    ("Israel is preparing to attack Rafah.", "en", "MOBILIZE", "150", "present"),
    # What one said one would do is a promise.
    ("Russia said it would withdraw its troops from Moldova.", "en", "AGREE", "035",
     "present"),
    # What one said one would not do for someone is a refusal, which did happen.
    ("Iran said it would not hold talks with Canada.", "en", "REJECT", "125", "present"),
    ("Germany said it will not send tanks to Israel.", "en", "REJECT", "120", "future"),
    ("L'Iran a déclaré qu'il ne tiendrait pas de pourparlers avec le Canada.", "fr", "REJECT",
     "125", "present"),
    # Harm its doer says it may do on a condition is a threat.
    ("Putin said Russia might attack Poland if Warsaw delivered jets.", "en", "THREATEN", "138",
     "present"),
    ("Poutine a dit que la Russie pourrait attaquer la Pologne si Varsovie livrait des avions.",
     "fr", "THREATEN", "138", "present"),
    ("Le ministre chinois a déclaré que la Chine pourrait imposer des sanctions au Japon si "
     "Tokyo continuait ses essais.", "fr", "THREATEN", "1312", "present"),
])
def test_the_code_follows_what_the_clause_says_of_the_act(text: str, lang: str, event: str,
                                                          cameo: str, tense: str) -> None:
    (coded,) = context(text, lang).analysis.events
    assert (coded.event, coded.cameo, coded.tense, coded.negated) == (event, cameo, tense,
                                                                      False)


@pytest.mark.parametrize(("text", "event"), [
    # someone else's guess at what Russia could do
    ("Analysts said Russia could strike Britain if London sent troops.", "ASSAULT"),
    # an offer on a condition threatens no one
    ("Russia said it could send aid to Cuba if asked.", "AID"),
])
def test_a_conditional_act_stays_hypothetical_unless_its_doer_threatens_harm(
        text: str, event: str) -> None:
    (coded,) = context(text, "en").analysis.events
    assert (coded.event, coded.hypothetical) == (event, True)


def test_not_doing_what_concerns_no_one_is_no_refusal() -> None:
    assert context("The prime minister said he would not resign.", "en").analysis.events == []


def test_a_date_of_effect_is_a_date_not_before_publication_or_a_time_limit() -> None:
    ctx = context("Russia will expel the diplomats within 48 hours.", "en")
    expel = candidate(ctx, "expel")
    assert date_of_effect(ctx, expel, times_for(ctx, expel)) == "48 hours"
    assert future_form(ctx, expel.trigger)
    open_future = context("Russia will expel the diplomats.", "en")
    expel = candidate(open_future, "expel")
    assert date_of_effect(open_future, expel, times_for(open_future, expel)) is None


def test_an_unless_clause_is_an_ultimatum() -> None:
    ctx = context("Russia will expel the diplomats unless Britain apologizes.", "en")
    assert ultimatum(ctx, token(ctx, "expel"))
    open_future = context("Russia will expel the diplomats.", "en")
    assert not ultimatum(open_future, token(open_future, "expel"))


@pytest.mark.parametrize(("text", "lang", "verb", "negated"), [
    ("Le Japon n'a pas condamné l'essai.", "fr", "condamné", True),
    ("Le Japon a condamné l'essai.", "fr", "condamné", False),
    ("Poland received no notification from Belarus.", "en", "received", True),
    # A verb whose infinitive happens only if it does, negated, denies the infinitive's act;
    # a verb of wanting does not (what is wanted is the frame's business, not a negation).
    ("Les ministres grec et turc ne sont pas parvenus à s'entendre sur la frontière.", "fr",
     "entendre", True),
    ("Les ministres grec et turc sont parvenus à s'entendre sur la frontière.", "fr",
     "entendre", False),
    ("Le Maroc n'a pas réussi à signer l'accord avec la Mauritanie.", "fr", "signer", True),
    ("Peru and Chile did not manage to agree on the maritime border.", "en", "agree", True),
    ("Peru and Chile managed to agree on the maritime border.", "en", "agree", False),
    ("Peru does not want to sign the accord with Chile.", "en", "sign", False),
])
def test_negation_on_the_verb_or_on_its_object(text: str, lang: str, verb: str,
                                               negated: bool) -> None:
    ctx = context(text, lang)
    assert is_negated(token(ctx, verb), ctx.syntax) is negated


def test_a_vow_of_harm_is_a_threat() -> None:
    ctx = context("Iran vowed to attack Israel.", "en")
    assert threat_promised(ctx, candidate(ctx, "vowed")) is not None
    (coded,) = ctx.analysis.events
    assert coded.event == "THREATEN"


@pytest.mark.parametrize(("text", "lang", "event", "cameo"), [
    # A crowd fighting a state's police or gendarmes riots (ACLED: riots)...
    ("Hundreds of youths clashed with riot police in Nairobi on Tuesday after the disputed "
     "vote.", "en", "PROTEST", "145"),
    ("Des jeunes ont affronté dimanche soir les gendarmes dans un quartier de Marseille.", "fr",
     "PROTEST", "145"),
    # ... settlers who attack a village assault it: no state body is the target.
    ("Des colons israéliens ont attaqué samedi le village palestinien de Turmus Ayya, en "
     "Cisjordanie.", "fr", "ASSAULT", "190"),
    # ... and soldiers fighting the police are no crowd.
    ("Soldiers clashed with police in Juba on Monday.", "en", "ASSAULT", "190"),
])
def test_a_crowds_violence_against_a_states_bodies_is_a_riot(text: str, lang: str, event: str,
                                                            cameo: str) -> None:
    assert [(e.event, e.cameo) for e in context(text, lang).analysis.events] == [(event, cameo)]


@pytest.mark.parametrize(("text", "date", "tense"), [
    # A week before publication (2024-03-15) is past, whatever its ISO form.
    ("Somali troops shelled al Shabaab positions near Kismayo last week.", "2024-W10", "past"),
    # The dateline's day is the filing day, not the act's.
    ("NAIROBI, March 15 (Reuters) - Somali troops shelled al Shabaab positions near Kismayo "
     "last week.", "2024-W10", "past"),
    ("NAIROBI, March 15 (Reuters) - Somali troops shelled al Shabaab positions near "
     "Kismayo.", "2024-03-15", "past"),
    ("Le Kenya accueillera les pourparlers la semaine prochaine.", "2024-W12", "future"),
    # A month that contains the publication day leaves the tense to the verb.
    ("L'armée malienne a bombardé des positions rebelles près de Kidal ce mois-ci.",
     "2024-03", "past"),
])
def test_an_acts_date_and_tense_come_from_its_own_clause(text: str, date: str,
                                                         tense: str) -> None:
    lang = "fr" if "Kenya accueillera" in text or "malienne" in text else "en"
    (coded,) = context(text, lang).analysis.events
    assert (coded.date_value, coded.tense) == (date, tense)
