"""Lexicon reach for leads earlier rounds left, in both languages: a state placing a foreign
firm's local business under temporary (or state) management, control or administration,
a seizure of its property in all but name (COERCE 1711), as wire news told the takeovers of
Western subsidiaries over five English development sets and a French one, the firm's owner
the target; and a country beginning or resuming deliveries of gas, oil or electricity to
another ("began pumping gas to", « a commencé à livrer du gaz à »), economic cooperation
(COOPERATE 061) with the country supplied, as six English and two French development sets
told it. Checked on sentences written for these tests, and on the other senses of the same
words (a court appointing administrators to a failing firm, a club or a bank changing who
manages a unit, prices put under control; energy prices beginning to move, a firm starting
to pump from a field, deliveries stopped), on which nothing fires."""

from __future__ import annotations

from coding import class_tests

PUBLISHED = "2024-05-06"

# (language, sentence, PLOVER type, CAMEO code, source country, target country ("" = any))
CASES: list[tuple[str, str, str, str, str, str]] = [
    # A foreign firm's local business placed under temporary or state management.
    ("en", "Russia's government placed the local subsidiary of Italy's Ariston under "
     "temporary state management on Monday.", "COERCE", "1711", "RUS", "ITA"),
    ("en", "The Kremlin put the Russian unit of Germany's Uniper under temporary management "
     "by the state property agency on Friday.", "COERCE", "1711", "RUS", "DEU"),
    ("fr", "Le Kremlin a placé lundi sous gestion temporaire de l'État la filiale russe du "
     "groupe italien Ariston.", "COERCE", "1711", "RUS", "ITA"),
    ("fr", "La Russie a placé sous gestion temporaire la filiale locale du groupe allemand "
     "Uniper.", "COERCE", "1711", "RUS", "DEU"),
    # Deliveries of gas, oil or electricity begun or resumed to another country.
    ("en", "Turkmenistan began pumping natural gas to Pakistan on Tuesday through a new "
     "pipeline.", "COOPERATE", "061", "TKM", "PAK"),
    ("en", "Laos started exporting electricity to Singapore via Thailand and Malaysia this "
     "week.", "COOPERATE", "061", "LAO", "SGP"),
    ("en", "Algeria resumed piping gas to Spain on Sunday after a two-week halt.",
     "COOPERATE", "061", "DZA", "ESP"),
    ("fr", "L'Azerbaïdjan a commencé à livrer du gaz à la Bulgarie mardi.",
     "COOPERATE", "061", "AZE", "BGR"),
    ("fr", "L'Éthiopie a commencé à exporter de l'électricité vers le Kenya par une nouvelle "
     "ligne.", "COOPERATE", "061", "ETH", "KEN"),
]

NON_EVENTS: list[tuple[str, str]] = [
    # A court appointing administrators to a failing firm (insolvency, no seizure).
    ("en", "A London court placed the struggling airline company under temporary "
     "administration on Monday."),
    ("fr", "Le tribunal de commerce a placé la compagnie aérienne sous administration "
     "provisoire lundi."),
    # A club or a bank changing who manages one of its own units; prices under control.
    ("en", "The club placed its academy under the temporary management of a former coach."),
    ("en", "The Dutch bank placed its French unit under new management last year."),
    ("fr", "Le groupe bancaire a placé sa filiale belge sous une nouvelle direction."),
    ("en", "The German government placed gas prices under temporary control for the winter."),
    # Energy market news: prices beginning to move, a firm starting to pump from a field,
    # deliveries stopped (not begun).
    ("en", "Gas prices began to climb in Europe on Monday."),
    ("en", "Norway's Equinor began pumping gas from the new North Sea field on Monday."),
    ("en", "Russia stopped pumping gas to Poland on Wednesday."),
    ("fr", "Les prix du gaz ont commencé à baisser en Europe lundi."),
    ("fr", "Le groupe norvégien Equinor a commencé à pomper du gaz dans un nouveau gisement "
     "de la mer du Nord."),
    ("fr", "La Russie a cessé de livrer du gaz à la Pologne mercredi."),
]


(coded, test_reach_classes_code_their_cameo_codes,
 test_other_senses_of_the_same_words_code_nothing) = class_tests(CASES, NON_EVENTS, PUBLISHED)
