"""Event coding accuracy on the development sets, pinned: floors may only go up.

Figures when the floors were set (``vigie eval``):
- French development set (tests/data/fr_dev_events.json): type P 0.964 R 0.865 F1 0.912,
  triple P 0.839 R 0.731 F1 0.781.
- PLOVER gold records, development half, English: type P 0.943 R 0.837 F1 0.887,
  triple P 0.826 R 0.710 F1 0.763 (after passive arrests and investigations placed by
  their country, and a country's allies no longer coded as it; 0.943 / 0.831 / 0.884,
  triple 0.755 before).
- Wire-style development sets (tests/data/dev/, the retired first blind pair): English type
  P 0.919 R 0.571 F1 0.704, triple F1 0.602 (after the English recall round: event nouns
  carried as objects, phrasal verbs, lists; 0.847 / 0.561 / 0.490 before); French type
  P 0.938 R 0.603 F1 0.734, triple F1 0.554 (after the French recall round: datelines, light
  verbs, idioms; 0.895 / 0.652 / 0.464 before); then P 0.941 R 0.643 F1 0.764, triple F1
  0.597 (detached participles, members of a body as subjects, inverted subjects, « nous » in
  a quotation), 0.942 / 0.653 / 0.772, triple 0.599 with verbs tagged as nouns and « mettre
  en garde ». After the anaphora round alone (pronouns resolved after the actor nouns, office
  holders as persons, bodies carried to the dateline's country): English 0.922 / 0.596 /
  0.724, triple 0.626; French 0.938 / 0.613 / 0.742, triple 0.567. After the wire vocabulary
  written type by type alone (tests/test_events_long_tail.py): French 0.939 / 0.623 / 0.749,
  triple 0.575. After the English structure round alone
  (relative clauses, regions named as their country's, shared subjects, stray passive agents,
  troops sent to help): English type P 0.937 R 0.596 F1 0.728, triple F1 0.619. French
  after the French precision round of 2026-12-03 (a required oblique found on the object or
  its apposition as well as on the verb): 0.964 / 0.678 / 0.796, triple F1 0.623; with the
  promised clause read through a weekday: 0.971 / 0.683 / 0.802, triple F1 0.623.
- Second wire-style pair (tests/data/dev/*_wire_dev_2.json, the second blind pair, retired on
  2026-12-03 with the floors it had as a blind pair): English type P 0.810 R 0.405 F1 0.540,
  triple F1 0.439; French 0.830 / 0.415 / 0.553, triple F1 0.319. French after promises of harm
  as threats, the pluperfect, « au lendemain de » / « en marge de » and schedules as
  background: 0.885 / 0.425 / 0.574, triple F1 0.322; with words said of a noun as its
  participle and meetings on the calendar left out: 0.904 / 0.425 / 0.578, triple F1 0.324;
  with objects the parser hung on a name restored, « reprendre » carrying its noun and « agents
  » acting for their body: 0.906 / 0.435 / 0.588, triple F1 0.339. Alone, after the word
  classes were filled out in both languages (issue 13, items 1 and 3): English 0.829 / 0.460 /
  0.592, triple F1 0.470; French 0.837 / 0.435 / 0.572, triple F1 0.332; on the first pair
  English 0.934 / 0.641 / 0.760, triple F1 0.639, French 0.958 / 0.693 / 0.805, triple F1
  0.611; the French development set 0.965 / 0.878 / 0.919, triple F1 0.782. Alone, after
  unnamed doers placed (single attackers, crowds' acts as subjects, state bodies of a dateline
  whose story names other countries only as parties): English 0.814 / 0.415 / 0.550, triple F1
  0.435; French 0.821 / 0.435 / 0.569, triple F1 0.336. Alone, after the English precision
  round on it (background acts, promises of reprisal, crowd control, senses by class, described
  participles, schedules, mutual acts, owned event nouns): English 0.913 / 0.470 / 0.620,
  triple F1 0.501 (9 invented, was 19); English wire 0.954 / 0.626 / 0.756, triple 0.642;
  French wire 2 0.838 / 0.415 / 0.555, triple 0.320 (schedules). Alone, after the word classes
  were filled out in both languages (issue 13, items 1 and 3): English 0.829 / 0.460 / 0.592,
  triple F1 0.470; French 0.837 / 0.435 / 0.572, triple F1 0.332; on the first pair English
  0.934 / 0.641 / 0.760, triple F1 0.639, French 0.958 / 0.693 / 0.805, triple F1 0.611; the
  French development set 0.965 / 0.878 / 0.919, triple F1 0.782. With the classes of the second
  lexicon round (brigades of doctors, donations, nuclear tests, vows to retaliate, welcomed
  agreements, occupations): second pair English 0.866 / 0.485 / 0.622, triple F1 0.490, French
  0.876 / 0.460 / 0.603, triple F1 0.355; first pair French 0.965 / 0.698 / 0.810, triple F1
  0.611. With exercises staged by armed forces: second pair English 0.867 / 0.490 / 0.626,
  triple F1 0.489, French 0.886 / 0.465 / 0.610, triple F1 0.355; first pair English 0.941 /
  0.646 / 0.766, triple F1 0.639, French 0.966 / 0.704 / 0.814, triple F1 0.609.
- All the evening's rounds merged (2026-12-03): English wire 0.956 / 0.657 / 0.778, triple
  0.653; French wire 0.973 / 0.714 / 0.823, triple 0.618; English wire 2 0.933 / 0.555 /
  0.696, triple 0.532; French wire 2 0.917 / 0.500 / 0.647, triple 0.390; PLOVER development
  0.943 / 0.831 / 0.884, triple 0.755 (unchanged); French development 0.965 / 0.878 / 0.919,
  triple 0.782.
- Third wire-style pair (tests/data/dev/*_wire_dev_3.json, the third blind pair, retired on
  2026-12-03 with the floors it had as a blind pair): English type P 0.832 R 0.548 F1 0.661,
  triple F1 0.483; French 0.853 / 0.550 / 0.669, triple F1 0.408. After the English trigger
  round on it (act families with their nouns and light verbs, completion and enacting carriers,
  yielding, deposits, returns, ultimatums as time limits, foreseen acts, relative clauses
  before a sentence still to come): English 0.878 / 0.653 / 0.749, triple F1 0.562; English
  wire 0.957 / 0.677 / 0.793, triple 0.672; English wire 2 0.952 / 0.600 / 0.736, triple
  0.559; PLOVER development and French sets unchanged.
- Doers by reference (2026-12-03: unnamed groups carried to their pronouns, definite
  descriptions of the story country's offices and bodies): English wire 2 0.933 / 0.560 /
  0.700, triple 0.536; French wire 2 0.919 / 0.510 / 0.656, triple 0.393; English wire 3
  0.833 / 0.553 / 0.665, triple 0.487; French wire 3 0.855 / 0.560 / 0.677, triple 0.411;
  French wire 0.973 / 0.719 / 0.827, triple 0.622; French development 0.965 / 0.885 / 0.923,
  triple 0.780; English wire and PLOVER development unchanged.
- After the French trigger round on the third pair (families of acts by class, a protest done
  by the act it is the purpose of, lasting demands as states, quoted event nouns carried):
  0.901 / 0.640 / 0.749, triple F1 0.446; French wire 2 0.921 / 0.525 / 0.669, triple 0.406;
  French wire 0.974 / 0.739 / 0.840, triple 0.630; French development and PLOVER development
  unchanged.
- After linking across clause structure (2026-12-03, branch s8triple; type figures unchanged
  but for English wire 3, 0.840 / 0.553 / 0.667): triple F1 English wire 0.667, French wire
  0.618, English wire 2 0.571, French wire 2 0.411, English wire 3 0.508, French wire 3 0.434,
  PLOVER development 0.755, French development 0.791.
- All the night rounds of 2026-12-03 merged (English and French trigger families, doers by
  reference, targets across clause structure, passive arrests as the authorities'): PLOVER
  development 0.943 / 0.837 / 0.887, triple 0.763; French development 0.965 / 0.885 / 0.923,
  triple 0.789; English wire 0.957 / 0.682 / 0.796, triple 0.679; French wire 0.974 / 0.744 /
  0.843, triple 0.633; English wire 2 0.954 / 0.620 / 0.752, triple 0.613; French wire 2 0.922
  / 0.535 / 0.677, triple 0.430; English wire 3 0.886 / 0.663 / 0.759, triple 0.579; French
  wire 3 0.903 / 0.650 / 0.756, triple 0.474.
- Fourth wire-style pair (tests/data/dev/*_wire_dev_4.json, the fourth blind pair, retired on
  2026-12-03 with the floors it had as a blind pair): English type P 0.702 R 0.365 F1 0.480,
  triple F1 0.294; French 0.876 / 0.497 / 0.635, triple F1 0.436. After the French trigger
  round on it (branch s9frtrig: « sont convenus », « se » the parser takes for an object,
  families by class: consenting, plural talks, approved agreements, intelligence handed over,
  asylum offered, time limits, punitive measures, nationality stripped, joint forces, renewed
  cooperation, envoys declared unwelcome): French 0.909 / 0.603 / 0.725, triple F1 0.507;
  French wire 3 0.912 / 0.670 / 0.772, triple 0.496; French wire 2 0.926 / 0.560 / 0.698,
  triple 0.460; French wire 0.974 / 0.749 / 0.847, triple 0.637; French development 0.965 /
  0.891 / 0.927, triple 0.792.
  dateline's country until another comes into play, titles of unknown people): English 0.710 /
  0.380 / 0.495, triple F1 0.297; third pair English 0.880 / 0.663 / 0.756, triple 0.583,
  French 0.904 / 0.660 / 0.763, triple 0.476.
- After target linking by shape (2026-12-03, branch s9targets: joint doers' countries,
  circumstance clauses, destinations of aid and troops, carried custody, dateline-placed
  attacks, persons a government acts on; type figures unchanged): triple F1 English wire 4
  0.334, French wire 4 0.470, English wire 3 0.589, French wire 3 0.484, English wire 2
  0.624, French wire 2 0.436, English wire 0.689, French wire 0.633; PLOVER development
  0.763 and French development 0.789 unchanged. With the counterpart hung on the means of a
  talk (« au téléphone avec », "by telephone with"): English wire 0.958 / 0.687 / 0.800,
  triple 0.692; French wire 2 0.923 / 0.540 / 0.681, triple 0.440; French wire 3 triple 0.489;
  French wire 4 triple 0.476; the other sets unchanged.
- PLOVER development round (2026-12-03, branch s9plover: a "for" clause with its own subject
  as the object of "for", particles past the object, infinitives hung on the object's relative
  clause, demonyms on a compounded name, advisers, "up to" numbers): PLOVER development
  0.944 / 0.854 / 0.897, triple 0.773; English wire 2 0.954 / 0.625 / 0.755, triple 0.617;
  the other English and French sets unchanged.
- The last rounds of 2026-12-03 merged (seven branches: English and French precision, English
  and French trigger families from the fourth pair, doers, targets, PLOVER development):
  PLOVER development 0.944 / 0.854 / 0.897, triple 0.773; French development 0.965 / 0.891 /
  0.927, triple 0.792; English wire 0.965 / 0.697 / 0.809, triple 0.701; French wire 0.980 /
  0.754 / 0.852, triple 0.637; English wire 2 0.954 / 0.625 / 0.755, triple 0.627; French wire
  2 0.926 / 0.565 / 0.702, triple 0.470; English wire 3 0.889 / 0.683 / 0.773, triple 0.614;
  French wire 3 0.926 / 0.685 / 0.787, triple 0.521; English wire 4 0.844 / 0.515 / 0.640,
  triple 0.436; French wire 4 0.946 / 0.613 / 0.744, triple 0.554. English wire 3's precision
  floor had been raised to 0.89 on one branch (0.899 there); merged with the doers branch,
  whose two new events on it have the right doer where the gold codes another act, it is 0.889:
  the floor is 0.88, still above the 0.87 it had before these rounds.
- Fifth wire-style pair (tests/data/dev/*_wire_dev_5.json, the fifth blind pair, retired on
  2026-12-03 with the floors it had as a blind pair): English type P 0.789 R 0.450 F1 0.573,
  triple F1 0.412; French 0.782 / 0.467 / 0.585, triple F1 0.349.
- Sixth wire-style pair (tests/data/dev/*_wire_dev_6.json, the sixth blind pair, retired on
  2026-12-04 with the floors it had as a blind pair): English type P 0.677 R 0.422 F1 0.520,
  triple F1 0.328; French 0.780 / 0.427 / 0.552, triple F1 0.335.
- Seventh wire-style pair (tests/data/dev/*_wire_dev_7.json, the seventh blind pair, retired on
  the evening of 2026-12-04 with the floors it had as a blind pair, after measuring that day's
  rounds): English type P 0.811 R 0.580 F1 0.676, triple F1 0.509; French 0.786 / 0.440 /
  0.564, triple F1 0.346.
- Doers (2026-12-04, issue 13 items 4-5: the owner named on a killing's means, title-case
  datelines, titled namesakes, gangs and clergy), merged with the French trigger families:
  French wire 7 0.822 / 0.530 / 0.644, triple 0.413; French wire 6 0.871 / 0.608 / 0.716,
  triple 0.469; English wire 7 0.814 / 0.590 / 0.684,
  triple 0.517; English wire 6 0.822 / 0.603 / 0.696, triple 0.477; English wire 5 0.881 /
  0.595 / 0.710, triple 0.549; English wire 3 0.890 / 0.693 / 0.780, triple 0.634.
- English precision by class of cause (2026-12-04: word senses, questions, deliberation, plans
  as aims, inverted conditions, inquiries into earlier acts, raids, expulsions, swaps): English
  wire 4 0.868 / 0.525 / 0.654, triple 0.454 (0.844 / 0.515 / 0.640, 0.436 before); wire 5
  0.830 / 0.465 / 0.596, triple 0.433 (0.789 / 0.450 / 0.573, 0.412); wire 6 0.750 / 0.437 /
  0.552, triple 0.346 (0.677 / 0.422 / 0.520, 0.328); the other sets unchanged. With its second
  part (tenures, participles of manner, acts referred to by critics, records, inquiries and
  claims): wire 2 0.962 / 0.625 / 0.758, triple 0.629; wire 3 0.895 / 0.683 / 0.775, triple
  0.616; wire 4 0.875 / 0.525 / 0.656, triple 0.455; wire 5 0.853 / 0.465 / 0.602, triple
  0.437; wire 6 0.777 / 0.437 / 0.559, triple 0.349.
- PLOVER development round (2026-12-04, branch s11plover: a place in a condition places no
  one, an object put after a predicative "as" phrase, an appeal to one's own nationals is
  advice): PLOVER development 0.950 / 0.854 / 0.899, triple 0.786; the other sets unchanged.
  Then (numbers standing alone as people, French capitals' adjectives, acts lived under since
  long ago): PLOVER development triple 0.791; French development 0.972 / 0.891 / 0.930,
  triple 0.805; the other sets unchanged.
- English trigger families (2026-12-04, branch s11entrig: signing by putting one's name or
  pen to a text, troops and armour rumbling or flying out, a membership suspended, a plan
  embraced, arms handed to monitors, a court striking a law down, …), measured merged with the
  two rounds above: English wire 5 0.853 / 0.550 / 0.669, triple 0.482; wire 6 0.786 / 0.518 /
  0.624, triple 0.412; wire 1 0.966 / 0.707 / 0.816, triple 0.714; wire 4 0.870 / 0.535 /
  0.663, triple 0.457.
- Doers (2026-12-04, branch s11doers: a body's organs and members act for it, named state
  bodies, trades that walk out, a passive's agent hung on an oblique noun or a coordinated
  participle, capitals placed by "through" and "across", month names no candidates), measured
  merged with the rounds above: French wire 3 0.928 / 0.705 / 0.801, triple 0.531; French wire
  4 0.947 / 0.628 / 0.755, triple 0.555; French wire 5 0.782 / 0.487 / 0.601, triple 0.361;
  French wire 6 0.776 / 0.452 / 0.571, triple 0.351; English wire 5 0.854 / 0.555 / 0.673,
  triple 0.491; English wire 6 0.789 / 0.528 / 0.633, triple 0.420; English wire 2 0.955 /
  0.630 / 0.759, triple 0.626; French wire 2 0.927 / 0.570 / 0.706, triple 0.474.
- English trigger families, second and third parts (s11entrig: riots on cars, demolitions,
  sitting out a vote, time spent with a counterpart, calls placed, missile flights, demands
  to leave or stop, talks sought, offers taken up, communications cut), merged with the
  rounds above: English wire 5 0.879 / 0.580 / 0.699, triple 0.543; wire 6 0.814 / 0.573 /
  0.673, triple 0.454; wire 4 0.875 / 0.560 / 0.683, triple 0.488.
- Targets named by what the story says of the doer (2026-12-04, branch s11targets: the doer's
  own people for authority acts and killings, a foreign state's aid or withdrawal aimed at the
  story's country, the opposition's words at its government), measured merged with main at
  6c769cf: triple F1 English wire 0.724, wire 4 0.466, wire 5 0.507, wire 6 0.435; French
  wire 2 0.495, wire 3 0.554, wire 5 0.440, wire 6 0.437; French development 0.803 (type
  figures unchanged by these rules).
- Doers, second part (2026-12-04, branch s11doers: a body's envoys the body's whoever leads
  them, commissions and commissioners, strongmen, « forces de défense et de sécurité », no
  candidate inside an organisation's name), measured merged with main: French wire 5 0.867 /
  0.588 / 0.701, triple 0.451; French wire 6 0.859 / 0.553 / 0.673, triple 0.446.
- English trigger families, fourth part (s11entrig: air bridges, ration packs, begging to
  forgive or to act, truces told as a pause or a halt, acts revoked, office given up), merged:
  English wire 5 0.881 / 0.595 / 0.710, triple 0.549; wire 6 0.819 / 0.593 / 0.688, triple 0.469.
- English precision by class of cause (2026-12-04, branch s12enprec: word acts in the past
  perfect, words said as a deed's participle, declining to comment), merged: English wire 7
  0.841 / 0.580 / 0.686, triple 0.517 (22 invented, was 27); wire 6 0.825 / 0.593 / 0.690,
  triple 0.471; wire 2 0.977 / 0.630 / 0.766, triple 0.636; no found event lost.
  Second part (civilian aircraft, guns hauled away, talks expected, troops sent at a
  request, crowd words capitalised after a dateline, acts whose end is told, a crowd's
  demand said with its deed): English wire 7 0.873 / 0.585 / 0.701, triple 0.529 (17
  invented); wire 6 0.832 / 0.598 / 0.696, triple 0.475 (24); wire 5 0.888 / 0.595 / 0.713,
  triple 0.550; wire 4 0.882 / 0.560 / 0.685, triple 0.489; wire 3 0.895 / 0.688 / 0.778,
  triple 0.627; wire 0.972 / 0.707 / 0.819, triple 0.730; PLOVER development unchanged.
- French precision round of 2026-12-04 (issue 13: conditionals read as imperfects, recalled
  pluperfects, spans since a season or over weeks, participles giving another act's grounds,
  an age in apposition, a « requête » before a court), with the French trigger families
  merged: French wire 0.987 / 0.871 / 0.651 (2 invented), wire 2 0.951 / 0.724 / 0.507 (6),
  wire 3 0.935 / 0.814 / 0.565 (10), wire 4 0.962 / 0.771 / 0.568 (5), wire 5 0.892 / 0.734 /
  0.484 (15), wire 6 0.910 / 0.729 / 0.482 (12), wire 7 0.870 / 0.635 / 0.401 (15; 24 at
  7e234b8); French development 0.979 / 0.936 / 0.816 unchanged. With acts remembered in the
  imperfect of a time long past, past participles with a span and habits in the present:
  wire 6 0.917 / 0.731 / 0.483 (11 invented), wire 7 0.885 / 0.639 / 0.414 (13). With what
  words are about hung on their light verb, merged with main: wire 7 0.892 / 0.637 / 0.428
  (99 found, 12 invented; main alone 99 / 13), wire 6 0.917 / 0.731 / 0.488.
- English trigger families, fifth part (s12entrig: joint patrols and operations, currency
  swaps, yielding and measures shelved, coups, warrants, suspects named, sorry said, foul cried,
  people sent back, traffickers handed over, arms pulled back or burned, crowds rallying or
  camped, punitive measures; a phrasal verb split by its object), merged with main at 94340d8:
  English wire 0.966 / 0.823, triple 0.738; wire 2 0.970 / 0.778, triple 0.643; wire 3 0.891 /
  0.783, triple 0.631; wire 4 0.879 / 0.699, triple 0.509; wire 5 0.887 / 0.733, triple 0.572;
  wire 6 0.830 / 0.722, triple 0.501; wire 7 0.867 / 0.784, triple 0.575 (type P / F1); floors
  0.01 under them for the English precision round merged after.
- Development sets 8 (the eighth blind pair, retired late on 2026-12-04 after it had measured
  the evening rounds of that day) came with the floors they had as blind sets
  (tests/test_eval_blind.py): English 0.814 / 0.671, triple 0.488; French 0.881 / 0.654,
  triple 0.447 (type P / F1) at 3b5d7bf. After the night rounds of 2026-12-04 (565a403):
  English 0.868 / 0.750, triple 0.551 (132 found, 20 invented); French 0.926 / 0.746, triple
  0.501 (125 found, 10 invented); floors 0.01 under them.
- Development sets 9 (the ninth blind pair, retired on 2026-12-05 after it had measured the
  night rounds of 2026-12-04) came with the floors they had as blind sets
  (tests/test_eval_blind.py): English 0.796 / 0.663, triple 0.522 (113 found, 29 invented);
  French 0.886 / 0.612, triple 0.412 (93 found, 12 invented) (type P / F1) at 13f1c05.
  After the rounds of 2026-12-05 (8cab1ca): English 0.856 / 0.744, triple 0.587 (131 found,
  22 invented); French 0.889 / 0.658, triple 0.460 (104 found, 13 invented); floors raised to
  0.01-0.02 under them.
- The second round of 2026-12-05 (causes that recur over every development set: unnamed doers
  placed, domestic bodies of the dateline, persons by their title, doers linked through
  participles and passives, trigger classes; d7d1502), type P / F1 / triple: French wire 9
  0.895 / 0.687 / 0.485 (111 found, 13 invented), wire 8 0.938 / 0.792 / 0.528 (137, 9), wire
  4 0.965 / 0.804 / 0.625 (137, 5); English wire 5 0.910 / 0.762 / 0.614 (131, 13): their F1
  and triple floors raised to 0.015-0.02 under them (the sets that rose by 0.015 F1 or more).
- Development sets 10 (the tenth blind pair, retired on 2026-12-05 after it had measured two
  rounds of that day) came with the floors they had as blind sets (tests/test_eval_blind.py,
  0.015 under its figures at c7da8cc: English 0.791 / 0.649, triple 0.492 (110 found, 29
  invented); French 0.901 / 0.713, triple 0.470 (118 found, 13 invented)). After the second
  round of 2026-12-05, at 2ebb661: English 0.787 / 0.651, triple 0.500 (111 found, 30
  invented); French 0.903 / 0.725, triple 0.488 (121 found, 13 invented) (type P / F1);
  floors raised to 0.01-0.02 under them.
- After the round on the lexicon's reach of 2026-12-05 (classes of wording seen missed in three
  or more development sets, every type in both languages, and actors of the same kind; at
  3247885), type P / F1 / triple: English wire 1 0.974 / 0.856 / 0.763, 2 0.978 / 0.799 /
  0.672, 3 0.910 / 0.831 / 0.660, 4 0.899 / 0.737 / 0.568, 5 0.911 / 0.769 / 0.626, 8 0.873 /
  0.771 / 0.575, 9 0.870 / 0.781 / 0.610, 10 0.809 / 0.699 / 0.523; French wire 5 0.916 /
  0.802 / 0.538, 6 0.930 / 0.778 / 0.532, 7 0.902 / 0.721 / 0.519, 8 0.940 / 0.806 / 0.537, 9
  0.905 / 0.702 / 0.488, 10 0.914 / 0.749 / 0.508: the floors of a figure that rose by 0.01
  or more raised to 0.015-0.02 under it (never lowered).
- Development sets 11 (the eleventh blind pair, retired on 2026-12-05 after it had measured
  two rounds of that day) came with figures measured at 3247885: English 0.830 / 0.671, triple
  0.484 (112 found, 23 invented); French 0.887 / 0.733, triple 0.496 (125 found, 16 invented)
  (type P / F1); floors 0.01-0.02 under them.
- After the second round on the lexicon's reach of 2026-12-05, at 2ae5b9e (type P / F1 /
  triple): English 1 0.981 / 0.868 / 0.774, 2 0.986 / 0.812 / 0.680, 4 0.910 / 0.762 / 0.586,
  9 0.873 / 0.791 / 0.623, 10 0.814 / 0.713 / 0.536, 11 0.839 / 0.702 / 0.503; French 4 0.973 /
  0.823 / 0.634, 5 0.920 / 0.825 / 0.566, 6 0.931 / 0.785 / 0.543, 8 0.942 / 0.819 / 0.558, 9
  0.908 / 0.717 / 0.504, 11 0.895 / 0.773 / 0.524: the floors of a figure that rose by 0.01 or
  more raised to 0.015-0.02 under it (never lowered).
- Development sets 12 (the twelfth blind pair, retired on 2026-12-05 after it had measured
  two rounds of that day) came with figures measured at 2ae5b9e: English 0.755 / 0.640, triple
  0.527 (111 found, 36 invented); French 0.899 / 0.737, triple 0.536 (125 found, 14 invented)
  (type P / F1); floors 0.01-0.02 under them.
- After the third round on the lexicon's reach of 2026-12-05, at a41a6fd (type P / F1 /
  triple), the figures that rose by 0.01 or more since the round's start: English 2 F1 0.826,
  5 triple 0.645, 6 triple 0.581, 8 triple 0.604, 9 0.803 / 0.651, 10 0.728 / 0.563, 11 0.858
  / 0.732 / 0.542, 12 triple 0.538; French 4 F1 0.833, 5 triple 0.576, 7 0.749 / 0.557, 8
  0.829 / 0.585, 9 triple 0.532, 10 0.771 / 0.552, 11 triple 0.536, 12 0.759 / 0.548: their
  floors raised to 0.015-0.02 under them (never lowered). Visits are now coded with the guest
  as the source (the convention of sets 5-12): the triple F1 of sets 1-4 fell by up to 0.023,
  above their floors.
- Development sets 13 (the thirteenth blind pair, retired on 2026-12-05 after it had measured
  two rounds of that day) came with figures measured at a41a6fd: English 0.904 / 0.732, triple
  0.531 (123 found, 13 invented); French 0.809 / 0.655, triple 0.460 (110 found, 26 invented)
  (type P / F1); floors 0.01-0.02 under them.
- After the fourth round on the lexicon's reach of 2026-12-05, at 281126f (type P / F1 /
  triple), the figures that rose by 0.01 or more since the round's start (54d5148): English 4
  F1 0.776 / triple 0.595, 6 0.874 / 0.777, 11 0.745 / 0.553, 12 0.661 / 0.559, 13 triple
  0.544; French 1 triple 0.687, 4 0.847 / 0.645, 9 0.924 / 0.737, 11 0.796 / 0.547, 13 0.825 /
  0.671 / 0.479: their floors raised to 0.015-0.02 under them (never lowered). French 2's type
  F1 fell from 0.763 to 0.759 (one event: a request joined to another act of the same doer is
  no longer coded beside it, as the gold of seven texts in six other sets codes it), above its
  floor.
- Development sets 14 (the fourteenth blind pair, retired on 2026-12-05 after it had measured
  two rounds of that day) came with figures measured at 281126f: English 0.828 / 0.665, triple
  0.509 (111 found, 23 invented); French 0.873 / 0.701, triple 0.532 (117 found, 17 invented)
  (type P / F1). Their floors were set after the fifth round on the lexicon's reach, 0.01-0.02
  under its figures at a251bf2: English 0.849 / 0.696 / 0.535 (118 found, 21 invented), French
  0.878 / 0.720 / 0.546 (122 found, 17 invented).
- After the fifth round on the lexicon's reach of 2026-12-05, at a251bf2, the figures that rose
  by 0.01 or more since the round's start (9ed2450): English 3 triple 0.670, 5 precision 0.925,
  11 F1 0.761, 13 F1 0.760 / triple 0.565; French 4 F1 0.860, 12 0.926 / 0.787: their floors
  raised to 0.015-0.02 under them (never lowered). French 5's type F1 fell from 0.829 to 0.826
  (one invented event: a summit of a body's leaders, « les chefs d'État de la CEDEAO se sont
  réunis », now coded as their meeting, which the gold of that text leaves out and that of
  French set 2 codes), above its floor; English 4's from 0.776 to 0.774 (an offer to let
  weapons inspectors return, now coded as the concession it announces, where the gold has
  AGREE), above its floor.
- Sets 15 (the fifteenth blind pair, retired on 2026-12-06 after it had measured two rounds)
  came with blind floors (0.85 / 0.74 / 0.50 English, 0.88 / 0.72 / 0.50 French, type P / F1 /
  triple F1) set at their first measurement at 54d5148. Their floors were set 0.01-0.02 under
  their figures at a251bf2: English 0.870 / 0.757 / 0.526 (134 found, 20 invented), French
  0.901 / 0.749 / 0.530 (128 found, 14 invented).
- After the sixth round on the lexicon's reach of 2026-12-06, at 48e8934, every floor more than
  0.015 under its set's figure raised to 0.015 under it (floored to the hundredth; never
  lowered): 27 of the 30 wire sets, on the figures in the README table. Five gold records of
  sets 1 and 2 and of the French development sentences changed type that day (eased sanctions,
  RETREAT to CONCEDE, tests/data/dev/README.md); no set's figure fell.
- Sets 16 (the sixteenth blind pair, retired on 2026-12-06 after it had measured two rounds)
  came with blind floors (0.80 / 0.71 / 0.55 English, 0.87 / 0.74 / 0.57 French, type P / F1 /
  triple F1) set at their first measurement at 9ed2450, the English raised after the sixth
  round. Their floors are 0.015 under their figures at 48e8934 (floored to the hundredth):
  English 0.823 / 0.742 / 0.587 (135 found, 29 invented), French 0.891 / 0.755 / 0.592 (131
  found, 16 invented).
- After the seventh round on the lexicon's reach of 2026-12-06, at a3d9340 and again after its
  second wave at 9d665b1, every floor more than 0.015 under its set's figure raised to 0.015
  under it (floored to the hundredth; never lowered): 29 of the 32 wire sets, on the figures in
  the README table. Sixteen gold records of
  sets 1-4 and of the French development sentences had their source and target swapped that
  morning (visits: the visitor the source, tests/data/dev/README.md); no set's figure fell.
- Sets 17 (the seventeenth blind pair, retired on 2026-12-06 after it had measured two rounds)
  came with blind floors (0.82 / 0.68 / 0.47 English, 0.77 / 0.61 / 0.38 French, type P / F1 /
  triple F1) set at their first measurement at 31c1346 and raised after each round. Their
  floors are 0.015 under their figures at 9d665b1 (floored to the hundredth): English 0.840 /
  0.720 / 0.526 (126 found, 24 invented), French 0.796 / 0.651 / 0.426 (109 found, 28
  invented).
- After the eighth round on the lexicon's reach of 2026-12-06, at baf3493, every floor more than
  0.015 under its set's figure raised to 0.015 under it (floored to the hundredth; never
  lowered): 31 of the 34 wire sets, on the figures in the README table.
The margins absorb parser noise only; raise a floor when the coder improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import assert_floors
from shared_data import PLOVER_DEV, require

from vigie.evaluate.plover import PloverScore, run_eval

HERE = Path(__file__).resolve().parent
FRENCH_DEV = HERE / "data" / "fr_dev_events.json"
WIRE_DEV = HERE / "data" / "dev"

# file: (type precision, type F1, triple F1)
WIRE_FLOORS = {
    "en_wire_dev.json": (0.97, 0.86, 0.77),
    "fr_wire_dev.json": (0.98, 0.91, 0.72),
    "en_wire_dev_2.json": (0.97, 0.82, 0.69),
    "fr_wire_dev_2.json": (0.95, 0.75, 0.52),
    "en_wire_dev_3.json": (0.89, 0.83, 0.66),
    "fr_wire_dev_3.json": (0.93, 0.85, 0.63),
    "en_wire_dev_4.json": (0.89, 0.77, 0.61),
    "fr_wire_dev_4.json": (0.96, 0.86, 0.68),
    "en_wire_dev_5.json": (0.91, 0.79, 0.67),
    "fr_wire_dev_5.json": (0.91, 0.83, 0.60),
    "en_wire_dev_6.json": (0.87, 0.78, 0.59),
    "fr_wire_dev_6.json": (0.92, 0.79, 0.55),
    "en_wire_dev_7.json": (0.92, 0.85, 0.68),
    "fr_wire_dev_7.json": (0.90, 0.76, 0.57),
    "en_wire_dev_8.json": (0.88, 0.80, 0.62),
    "fr_wire_dev_8.json": (0.94, 0.86, 0.64),
    "en_wire_dev_9.json": (0.88, 0.82, 0.68),
    "fr_wire_dev_9.json": (0.92, 0.75, 0.54),
    "en_wire_dev_10.json": (0.83, 0.75, 0.60),
    "fr_wire_dev_10.json": (0.94, 0.80, 0.59),
    "en_wire_dev_11.json": (0.87, 0.77, 0.59),
    "fr_wire_dev_11.json": (0.92, 0.83, 0.60),
    "en_wire_dev_12.json": (0.78, 0.68, 0.58),
    "fr_wire_dev_12.json": (0.92, 0.80, 0.59),
    "en_wire_dev_13.json": (0.91, 0.77, 0.59),
    "fr_wire_dev_13.json": (0.88, 0.74, 0.55),
    "en_wire_dev_14.json": (0.88, 0.76, 0.57),
    "fr_wire_dev_14.json": (0.88, 0.75, 0.60),
    "en_wire_dev_15.json": (0.87, 0.77, 0.55),
    "fr_wire_dev_15.json": (0.92, 0.79, 0.58),
    "en_wire_dev_16.json": (0.82, 0.76, 0.61),
    "fr_wire_dev_16.json": (0.91, 0.80, 0.65),
    "en_wire_dev_17.json": (0.84, 0.72, 0.53),
    "fr_wire_dev_17.json": (0.80, 0.66, 0.42),
}


@pytest.fixture(scope="module")
def french() -> PloverScore:
    return run_eval(FRENCH_DEV)


@pytest.fixture(scope="module")
def plover_english() -> PloverScore:
    return run_eval(require(PLOVER_DEV), lang="en")


def test_french_dev_set_floors(french: PloverScore) -> None:
    assert_floors(french, (0.96, 0.92, 0.80))


@pytest.mark.shared
def test_plover_dev_floors(plover_english: PloverScore) -> None:
    assert_floors(plover_english, (0.94, 0.90, 0.79))


@pytest.mark.parametrize("name", sorted(WIRE_FLOORS))
def test_wire_dev_floors(name: str) -> None:
    assert_floors(run_eval(WIRE_DEV / name), WIRE_FLOORS[name])
