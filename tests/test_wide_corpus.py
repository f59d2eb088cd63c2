"""Accuracy floors on the wide development corpus (tests/gold/wide/: 422 real articles of other
stories than the seeds', 2002-2025, every continent and genre), through the product's own ingest.

The floors are the figures measured when they were set, less a small margin, so that a change
that makes the annotation worse on unseen kinds of text fails here. The held-out third is never
tuned on: its floors say what the annotator does on text its rules were not written against.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.ingest import run_ingest
from generator.score import Report, score

WIDE = Path(__file__).resolve().parent / "gold" / "wide"

# F1 floors per split: the figures measured when they were set, less about 0.01-0.02. Measured 2026-12-05
# (session 9) on 74 articles (16 added that day with blind gold, f01-f08 and g01-g08: 10 dev, 6 held out),
# after that day's actor, quote, event and date rules:
# dev (47 articles): actors 0.890 (P 0.967), places 0.895, event dates 0.963, event actors 0.763,
# quote speakers 0.978 (0 wrong of 90), registry precision 0.978 (174 real actors / 178 slugs)
# heldout (27 articles): actors 0.730 (P 0.813), places 0.732, event dates 0.738, event actors 0.488,
# quote speakers 0.739 (2 wrong of 51), registry precision 0.832 (94 / 113)
# (the same code before that day's rules, on the same 74 articles: dev actors 0.840, event dates 0.904, event
# actors 0.692, quote speakers 0.795; heldout actors 0.720, event dates 0.734, event actors 0.512, quote
# speakers 0.710. The 16 new articles, not tuned on when added, lowered every figure of both splits.)
# Later that day (organisations acting through a subject-less -ing verb, 'the Departments of A, B and C',
# a country's body such as "X's electoral commission", the accused of a case as group actors): dev actors
# 0.911 (P 0.969, R 0.861), event actors 0.802 (P 0.920, R 0.711), registry 0.979 (183 / 187), the rest
# unchanged; heldout unchanged in every field.
# Then 8 more blind-gold articles (h01-h08: 5 dev, 3 held out), quotes of unnamed sources ('source:', scored
# against gold 'anonymous: true') and the happenings' plan rule, on 82 articles:
# dev (52 articles): actors 0.889 (P 0.947), places 0.890, event dates 0.947, event actors 0.774,
# quote speakers 0.986 (0 wrong of 103), registry precision 0.961 (198 / 206)
# heldout (30 articles): actors 0.719 (P 0.815), places 0.726, event dates 0.748, event actors 0.460,
# quote speakers 0.845 (2 wrong of 54), registry precision 0.844 (103 / 122)
# Then 9 more blind-gold articles (i01-i09: 6 dev, 3 held out). On the code of their arrival, before any
# rule looked at them, the nine scored actors 0.675 (P 0.667), places 0.815, event dates 0.756, event actors
# 0.455, registry 0.694. With this session's rules, on 91 articles:
# dev (58 articles): actors 0.873 (P 0.930), places 0.880, event dates 0.932, event actors 0.779,
# quote speakers 0.977 (1 wrong of 105), registry precision 0.937 (207 / 221)
# heldout (33 articles): actors 0.724 (P 0.814), places 0.733, event dates 0.761, event actors 0.479,
# quote speakers 0.847 (2 wrong of 55), registry precision 0.845 (109 / 129)
# The dev floors went down with the new articles (they came in below them), not with a rule.
# Then 18 more blind-gold articles (j01-j09, k01-k09: 12 dev, 6 held out). On the code of their arrival, before
# any rule looked at them, the eighteen scored actors 0.762 (P 0.770), places 0.671, event dates 0.875, event
# actors 0.508, quote speakers 0.512 (0 wrong of 11), registry 0.753. With them, on the code of their arrival:
# dev (70 articles): actors 0.843, places 0.828, event dates 0.929, event actors 0.735, quote speakers 0.904
# (1 wrong of 109), registry 0.894; heldout (39): actors 0.727, places 0.741, event dates 0.761, event actors
# 0.468, quote speakers 0.844 (2 wrong of 62), registry 0.832. With the session's rules (names, registry
# learning new names of known actors, storms, event dates):
# dev (70 articles): actors 0.872 (P 0.925), places 0.843, event dates 0.929, event actors 0.756,
# quote speakers 0.912 (0 wrong of 109), registry precision 0.919 (238 / 259)
# heldout (39 articles): actors 0.736 (P 0.811), places 0.757, event dates 0.768, event actors 0.468,
# quote speakers 0.844 (2 wrong of 62), registry precision 0.833 (130 / 156)
# The dev floors of places, event actors, quote speakers and registry, and the held-out floors of event actors
# and registry, went down with the new articles (they came in below them), not with a rule.
# 2026-12-06: eighteen more blind-gold articles, l01-l09 and m01-m09 (held out l02, l05, l08, m02, m05, m08).
# On arrival, before any rule looked at them: the nine l articles (on that day's starting code) actors 0.592
# (P 0.677), places 0.821, event dates 0.833, event actors 0.588, quote speakers 0.0 (3 quotes found, none given a
# speaker), registry 0.655; the nine m articles (on the code after the day's first rules) actors 0.675 (P 0.900),
# places 0.788, event dates 0.600, event actors 0.667, quote speakers 0.833 (0 wrong of 5), registry 0.897.
# With the day's rules (block quotations, unnamed sources, speakers by a title tied to one person, places by
# context and unit nouns, classes of junk actors, event actors of statements and quotations):
# dev (82 articles): actors 0.873 (P 0.944), places 0.907, event dates 0.930, event actors 0.773,
# quote speakers 0.985 (0 wrong of 130), registry precision 0.947 (267 / 282)
# heldout (45 articles): actors 0.731 (P 0.802), places 0.752, event dates 0.747, event actors 0.478,
# quote speakers 0.861 (2 wrong of 67), registry precision 0.819 (145 / 177)
# The held-out floors of actors, places and event dates went down with the six new held-out articles.
# The targets: actors 0.90 (P 0.88), places 0.80, event dates 0.90, event actors 0.65,
# speakers 0.85 with at most 1 wrong in 50, registry 0.90: the dev split meets all but actors F1, the held-out
# split only quote speakers F1 (with 2 wrong of 67, over the 1 in 50).
# 2026-12-06 (later): eighteen more blind-gold articles, n01-n09 and o01-o09 (held out n02, n05, n08, o02, o05,
# o08). On arrival, on the code of 57c0e50, before any rule looked at them: the nine n articles actors 0.709
# (P 0.848), places 0.526, event dates 0.632, event actors 0.480, quote speakers 0.485 (0 wrong of 11 found,
# 10 of 21 not found), registry 0.867; the nine o articles actors 0.606 (P 0.688), places 0.717, event dates
# 0.712, event actors 0.256, quote speakers 0.486 (2 wrong of 18), registry 0.688. With them, same code:
# dev (94 articles): actors 0.840 (P 0.921), places 0.886, event dates 0.896, event actors 0.716,
# quote speakers 0.922 (2 wrong of 148), registry 0.920 (297 / 323)
# heldout (51 articles): actors 0.723 (P 0.792), places 0.733, event dates 0.735, event actors 0.471,
# quote speakers 0.791 (2 wrong of 78), registry 0.808 (160 / 198)
# Every floor of both splits went down with these articles, not with a rule.
# Then, the same day, rules for actors (armed forces, bylines, datelines, neighbours, an office named alone no
# look-up key), places (places.py: header lines, regions, towns the model missed, countries as locations by
# the parse), quotes (interviewers, ranks, lost quotation marks) and events (partners, relatives, owners of
# dated acts, day spans), all from dev articles: dev (94): actors 0.858 (P 0.950), places 0.919, event dates
# 0.914, event actors 0.761, quote speakers 0.990 (0 wrong of 154), registry 0.941 (302 / 321); heldout
# (the same 51): actors 0.729, places 0.748, event dates 0.750, event actors 0.475, quote speakers 0.802,
# registry 0.821. Then nine more blind-gold articles, p01-p09, all held out, scored once on that final code:
# actors 0.726 (P 0.837), places 0.800, event dates 0.727, event actors 0.312, quote speakers 1.0 (11 of 11),
# registry 0.889; the session's starting code (57c0e50) scores them the same except places 0.810: the day's
# rules changed nothing on texts they were not written from. heldout with them (60 articles): actors 0.725
# (P 0.808), places 0.758, event dates 0.746, event actors 0.444, quote speakers 0.825 (2 wrong of 89),
# registry 0.838 (191 / 228).
# 2026-12-06 (session 14): rules for places (regions, towns after prepositions, works, illnesses), names of things
# (fires, instruments, documents, vessels), titles split from their holders' names, the headline's holder of a bare
# title, event dates (joined sentences, 'November 8 and 9', 'this time next year', 'last evening'), all checked on
# invented text and unannotated corpora; a learned actor and event-actor decision measured and not shipped; the
# day's quote rules reverted (they cost two right speakers and gave one wrong one on batches q and r). Dev (94):
# actors 0.861 (P 0.957), places 0.924, event dates 0.914, event actors 0.763, quote speakers 0.990 (0 wrong of
# 154), registry 0.950 (302 / 318); heldout (the same 60): actors 0.726 (P 0.811), places 0.758, event dates
# 0.746, event actors 0.444, quote speakers 0.825, registry 0.838. Then eighteen more blind-gold articles, q01-q09
# and r01-r09, all held out, scored once on the final code: actors 0.806 (P 0.888), places 0.810, event dates
# 0.889, event actors 0.605, quote speakers 0.783 (0 wrong of 33), registry 0.905, exactly what the session's
# starting code (7561c32) scores on them. Heldout with them (78 articles): actors 0.743 (P 0.827), places 0.770,
# event dates 0.776, event actors 0.494, quote speakers 0.814 (2 wrong of 122), registry 0.860 (252 / 293).
# 2026-12-06 (session 15): eighteen more blind-gold articles, s01-s09 and t01-t09 (held out s02, s05, s08, t02,
# t05, t08), on arrival, on the code of b7cb985, before any rule looked at them: the 18 together actors 0.686
# (P 0.741), places 0.797, event dates 0.783, event actors 0.457, quote speakers 0.857 (1 wrong of 30), registry
# 0.789. With them, same code: dev (106 articles): actors 0.843 (P 0.934), places 0.904, event dates 0.907,
# event actors 0.742, quote speakers 0.986 (0 wrong of 174), registry 0.930 (334 / 359); heldout (84 articles):
# actors 0.739 (P 0.821), places 0.780, event dates 0.770, event actors 0.471, quote speakers 0.804 (3 wrong of
# 132), registry 0.856 (262 / 306). The dev floors of actors, places, event actors and registry and the held-out
# floor of event actors went down with these articles, not with a rule. Then nine more, u01-u09 (held out u02,
# u05, u08), on arrival on the same code: actors 0.754 (P 0.843), places 0.814, event dates 0.842, event actors
# 0.400, quote speakers 0.718 (0 wrong of 15), registry 0.833; s, t and u together (27) actors 0.713 (P 0.780),
# places 0.802, event dates 0.810, event actors 0.438, quote speakers 0.804 (1 wrong of 45), registry 0.809.
# With them: dev (112) actors 0.838 (P 0.925), places 0.899, event dates 0.902, event actors 0.736, quote
# speakers 0.957 (0 wrong of 182), registry 0.913 (348 / 381); heldout (87) actors 0.739 (P 0.826), places
# 0.781, event dates 0.776, event actors 0.455, quote speakers 0.813 (3 wrong of 139), registry 0.863 (276 / 320).
# Then the scorer paired the events of one day by their evidence (generator/score.py, pair_events), not by their
# order in the text: same code, event actors dev 0.736 -> 0.745, heldout 0.455 -> 0.529, s/t/u 0.438 -> 0.533
# (no other figure moves: event dates count the same pairs).
# At the end of session 15 (places inside longer names, illness phrases; dates of states and greetings; junk
# actors read off unannotated text; wrong quote speakers read off unannotated text; rules made cheaper): dev (112)
# actors 0.838 (P 0.927), places 0.904, event dates 0.909, event actors 0.745, quote speakers 0.957 (0 wrong of
# 182), registry 0.916 (348 / 380); heldout (87) actors 0.742 (P 0.830), places 0.786, event dates 0.777, event
# actors 0.528, quote speakers 0.813 (3 wrong of 139), registry 0.868 (276 / 318).
# 2026-12-06 (session 16): eighteen more blind-gold articles, v01-v09 and w01-w09 (held out v02, v05, v08, w02,
# w05, w08), on arrival, on the code of 9b87ff4, before any rule looked at them: the 18 together actors 0.768
# (P 0.811), places 0.805, event dates 0.844, event actors 0.500, quote speakers 0.600 (0 wrong of 20; 8 of 20
# given no speaker), registry 0.798. With them, same code: dev (124) actors 0.831 (P 0.914), places 0.897, event
# dates 0.902, event actors 0.735, quote speakers 0.924 (0 wrong of 192), registry 0.900 (376 / 418); heldout (93)
# actors 0.745 (P 0.830), places 0.791, event dates 0.782, event actors 0.506, quote speakers 0.819 (3 wrong of
# 149), registry 0.861 (298 / 346). The dev floors and the held-out floors of event actors and the registry went
# down with these articles, not with a rule.
# At the end of session 16 (event dates: parts of a day, 'as of' tallies, the running year; event actors: title
# abbreviations, headline authors; quotes; places; speakers the model missed; reporters; read off unannotated
# text): dev (124) actors 0.840 (P 0.920), places 0.901, event dates 0.909, event actors 0.735, quote speakers
# 0.932 (0 wrong of 193), registry 0.909 (381 / 419); heldout (93) actors 0.746 (P 0.831), places 0.792, event
# dates 0.800, event actors 0.533, quote speakers 0.817 (3 wrong of 150), registry 0.864 (299 / 346).
# 2026-12-06 (session 17): nine more blind-gold articles, x01-x09 (held out x02, x05, x08), on arrival, on the
# code of 9d01794, before any rule looked at them: actors 0.653 (P 0.721), places 0.831, event dates 0.867, event
# actors 0.143, quote speakers 0.743 (2 wrong of 15), registry 0.721. With them, same code: dev (130) actors
# 0.831 (P 0.909), places 0.900, event dates 0.905, event actors 0.727, quote speakers 0.929 (0 wrong of 203),
# registry 0.902; heldout (96) actors 0.743 (P 0.830), places 0.790, event dates 0.804, event actors 0.519,
# quote speakers 0.806 (5 wrong of 155), registry 0.863. At the end of session 17 (group actors that act,
# countries named only in an office's title, armed forces of a country, quotes after 'the following statement',
# 'in his words', pronoun speakers, transcripts; places by the model's vote, compass regions; 'last <month>'):
# dev (130) actors 0.840 (P 0.913), places 0.908, event dates 0.909, event actors 0.737, quote speakers 0.938
# (0 wrong of 204), registry 0.906 (405 / 447); heldout (96) actors 0.751 (P 0.834), places 0.790, event dates
# 0.804, event actors 0.534, quote speakers 0.827 (5 wrong of 157), registry 0.867 (312 / 360).
# 2026-12-07 (session 18): nine more blind-gold articles, y01-y09 (held out y02, y05, y08), on arrival, on the
# code of d01a182, before any rule looked at them: actors 0.699 (P 0.706), places 0.865, event dates 0.704, event
# actors 0.558, quote speakers 0.757 (2 wrong of 18), registry 0.706. With them, same code: dev (136) actors 0.833
# (P 0.902), places 0.905, event dates 0.896, event actors 0.727, quote speakers 0.921 (2 wrong of 215), registry
# 0.889 (425 / 478); heldout (99) actors 0.748 (P 0.828), places 0.793, event dates 0.801, event actors 0.538,
# quote speakers 0.834 (5 wrong of 164), registry 0.860 (319 / 371). The dev floors went down with these articles,
# not with a rule. At the end of session 18 (titled names the model missed, plural bodies, ambassadors; surname
# slugs, government names; datelines, 'off', venues; a subject above a clause, a force's time, a passive's agent;
# weekday and day spans; pronoun speakers and the sex the text gives, unnamed sources): dev (136) actors 0.836
# (P 0.900), places 0.909, event dates 0.896, event actors 0.733, quote speakers 0.928 (1 wrong of 218), registry
# 0.888 (428 / 482); heldout (99) actors 0.749 (P 0.825), places 0.795, event dates 0.801, event actors 0.538,
# quote speakers 0.834 (5 wrong of 164), registry 0.856 (321 / 375: the actors branch's two more slugs that match
# no gold actor, against two more actors found).
# 2026-12-07 (session 19): nine more blind-gold articles, z01-z09 (held out z02, z05, z08), on arrival, on the
# code of a58740e, before any rule looked at them: actors 0.783 (P 0.810), places 0.886, event dates 0.828, event
# actors 0.593, quote speakers 0.870 (3 wrong of 23), registry 0.788. With them, same code: dev (142) actors 0.833
# (P 0.895), places 0.908, event dates 0.895, event actors 0.734, quote speakers 0.934 (1 wrong of 237), registry
# 0.881 (445 / 505); heldout (102) actors 0.751 (P 0.825), places 0.798, event dates 0.804, event actors 0.534,
# quote speakers 0.821 (8 wrong of 168), registry 0.853 (332 / 389). The held-out quote speakers floor went down
# with these articles (three wrong speakers in one of them), not with a rule. At the end of session 19 (names cut
# or run on, junk actors and units, bodies dealt with by a verb, a country 'with'/'between', election actors, date
# forms, quotes from a red team of 235 invented quotes): dev (142) actors 0.855 (P 0.924), places 0.908, event dates
# 0.908, event actors 0.754, quote speakers 0.942 (0 wrong of 237), registry 0.918 (456 / 497); heldout (102)
# actors 0.757 (P 0.828), places 0.798, event dates 0.804, event actors 0.552, quote speakers 0.821 (8 wrong of
# 168), registry 0.858 (337 / 393).
# 2026-12-07 (session 20): nine more blind-gold articles, za01-za09 (held out za02, za05, za08), on arrival, on the
# code of 9bd7f0d, before any rule looked at them: actors 0.809 (P 0.837), places 0.732, event dates 0.783, event
# actors 0.421, quote speakers 0.727 (3 wrong of 21, one transcript's label), registry 0.805. With them, same code:
# dev (148) actors 0.854 (P 0.924), places 0.903, event dates 0.908, event actors 0.747, quote speakers 0.941 (0
# wrong of 248), registry 0.916 (471 / 514); heldout (105) actors 0.756 (P 0.823), places 0.793, event dates
# 0.800, event actors 0.548, quote speakers 0.821 (8 wrong of 178), registry 0.851 (342 / 402). At the end of
# session 20 (cities read as people, bodies named with a place or a group noun, acronyms listed with bodies,
# titled transcript labels; dates of no happening, a date before a deed's noun, headline trips; 'we' of a joint
# appearance, a described lead, blame and praise; quotes from a second red team of 191 invented quotes): dev
# (148) actors 0.859 (P 0.928), places 0.904, event dates 0.926, event actors 0.764, quote speakers 0.941 (0 wrong
# of 248), registry 0.921 (476 / 517); heldout (105) actors 0.756 (P 0.823), places 0.794, event dates 0.800,
# event actors 0.548, quote speakers 0.832 (6 wrong of 178), registry 0.851 (342 / 402).
# Batch zb (nine blind articles, 2026-12-07; held out zb02, zb05, zb08). Alone, on arrival, on the code of
# 1b07367, before any rule looked at them: actors 0.852 (P 0.885), places 0.921, event dates 0.809, event actors
# 0.389, quote speakers 0.500 (1 wrong of 14), registry 0.909. With them, same code: dev (154) actors 0.859
# (P 0.924), places 0.905, event dates 0.920, event actors 0.746, quote speakers 0.917 (1 wrong of 259),
# registry 0.918 (494 / 538); heldout (108) actors 0.759 (P 0.826), places 0.797, event dates 0.801, event
# actors 0.546, quote speakers 0.830 (6 wrong of 181), registry 0.850 (347 / 408). The dev floors of event
# actors and quote speakers are set down to these figures (the new articles, not the code, lowered them).
# With session 21's rules (wt-speed, wt-quotes, wt-actors, wt-places, wt-dates, wt-happ), same 263 articles: dev
# (154) actors 0.866 (P 0.929), places 0.924, event dates 0.922, event actors 0.749, quote speakers 0.921 (1 wrong
# of 259), registry 0.922 (498 / 540); heldout (108) actors 0.759 (P 0.826), places 0.800, event dates 0.801,
# event actors 0.550, quote speakers 0.830 (6 wrong of 181), registry 0.850 (347 / 408).
# Batch zc (nine blind VOA articles, 2026-12-07; held out zc02, zc05, zc08). Alone, on arrival, on the code of
# 3d86424 (session 21's rules in), before any rule looked at them: actors 0.680 (P 0.795), places 0.812, event
# dates 0.600, event actors 0.615, quote speakers 0.563 (1 wrong of 13), registry 0.837. With them, same code:
# dev (160) actors 0.861 (P 0.925), places 0.918, event dates 0.909, event actors 0.745, quote speakers 0.906 (1
# wrong of 269), registry 0.922 (518 / 562); heldout (111) actors 0.755 (P 0.825), places 0.803, event dates
# 0.797, event actors 0.553, quote speakers 0.822 (7 wrong of 184), registry 0.851 (355 / 417). The floors of dev
# event dates and quote speakers and of held-out quote speakers are set down to these (the articles lowered them).
# Batches zd, ze and zf (27 blind articles, 2026-12-07, session 22; held out zd02, zd05, zd08, ze02, ze05, ze08,
# zf02, zf05, zf08). The 27 alone, on the code of cdfbe2a, before any rule looked at them: actors 0.730 (P 0.800),
# places 0.778, event dates 0.725, event actors 0.448, quote speakers 0.674 (3 wrong of 75), registry 0.813. With
# them, same code: dev (178) actors 0.846 (P 0.909), places 0.904, event dates 0.889, event actors 0.723, quote
# speakers 0.868 (3 wrong of 317), registry 0.903 (571 / 632); heldout (120) actors 0.756 (P 0.829), places 0.801,
# event dates 0.796, event actors 0.548, quote speakers 0.801 (8 wrong of 211), registry 0.854 (381 / 446). With
# session 22's rules (event actors, groups and script labels, event dates, pronoun speakers, a fourth quotes red
# team, organisations, places and reporters, town-named companies and sign-ons, people's names, registry junk),
# same 298 articles: dev (178) actors 0.863 (P 0.925), places 0.913, event dates 0.900, event actors 0.734, quote
# speakers 0.925 (1 wrong of 318), registry 0.922 (582 / 631); heldout (120) actors 0.757 (P 0.829), places
# 0.805, event dates 0.801, event actors 0.551, quote speakers 0.812 (6 wrong of 209), registry 0.854 (381 / 446).
# The dev floors of event dates and event actors and the held-out floor of quote speakers are set down to these
# (the new articles lowered them); dev quote speakers is set up.
# Batches zg, zh, zi, zj, zk (45 blind articles, 2026-12-07, session 23; held out the 02, 05 and 08 of each) and
# r09 moved from held out to dev (its text and output were read while a change was checked). The 45 alone, on
# the code of 4192d96, before any rule looked at them: actors 0.661 (P 0.808, R 0.560), places 0.818, event dates
# 0.693, event actors 0.508, quote speakers 0.747 (7 wrong of 113), registry 0.821. With them, same code: dev (209)
# actors 0.834 (P 0.907), places 0.898, event dates 0.867, event actors 0.716, quote speakers 0.890 (6 wrong of
# 398), registry 0.903 (655 / 725); heldout (134) actors 0.744 (P 0.831), places 0.802, event dates 0.792, event
# actors 0.538, quote speakers 0.795 (9 wrong of 242), registry 0.845 (414 / 490). With session 23's rules
# (organisations, actor precision, event actors, the rules' CPU, a fifth quotes red team, event dates and an
# event-dates red team, the newest batches' causes, unnamed groups, transcripts on single line ends, untagged
# speakers), same 343 articles: dev (209) actors 0.847 (P 0.921), places 0.901, event dates 0.877, event actors
# 0.744, quote speakers 0.923 (1 wrong of 406), registry 0.919 (666 / 725); heldout (134) actors 0.747 (P 0.833),
# places 0.802, event dates 0.803, event actors 0.538, quote speakers 0.799 (7 wrong of 242), registry 0.844
# (417 / 494). Every floor but held-out places and event dates is set down to these (the 45 new articles lowered
# them).
# Batches zl, zm, zn (26 blind articles, 2026-12-07, session 24; held out zl02, zl05, zl08, zm02, zm08, zn02,
# zn05, zn08; zl03 dropped, its licence unconfirmed; zm05 made dev, its text being a corpus article rules were read
# against). The 26 alone, on the code of d9533b3, before any rule looked at them: actors 0.751 (P 0.803, R 0.705),
# places 0.816, event dates 0.676, event actors 0.542, quote speakers 0.712 (2 wrong of 61), registry 0.807.
# Batches zo, zp (17 blind articles, same session, after its first rules; held out zo02, zo05, zo08, zp02, zp05,
# zp08; zp09 dropped, its licence unconfirmed). The 17 alone, on the code of 86c746b, before any rule looked at
# them: actors 0.690 (P 0.742), places 0.752, event dates 0.677, event actors 0.368, quote speakers 0.620 (2 wrong
# of 38), registry 0.793. All 386 articles, on d9533b3's code: dev (238) actors 0.830 (P 0.901), places 0.886,
# event dates 0.849, event actors 0.714, quote speakers 0.898 (1 wrong of 476), registry 0.906 (759 / 838);
# heldout (148) actors 0.744 (P 0.828), places 0.806, event dates 0.793, event actors 0.535, quote speakers 0.773
# (11 wrong of 271), registry 0.841 (456 / 542). With session 24's rules (dates after 'after'/'since', registry
# acronyms and spellings, crowds, event-actor roles and demonyms, titles and styles, quotes' turns, outlets cited,
# forecasts, descriptions, courts and election bodies, red-team rounds 6 and 7), same 386 articles: dev (238)
# actors 0.837 (P 0.906), places 0.887, event dates 0.862, event actors 0.720, quote speakers 0.911 (1 wrong of
# 476), registry 0.912 (766 / 840); heldout (148) actors 0.746 (P 0.829), places 0.805, event dates 0.793, event
# actors 0.535, quote speakers 0.795 (8 wrong of 273), registry 0.845 (457 / 541). Every dev floor and the held-out
# floors of event dates and quote speakers are set down to these (the 43 new articles lowered them); held-out
# places is set up; the held-out wrong-speaker ceiling is set down.
# Batches zq, zr, zs, zt (36 blind articles, 2026-12-07, session 25; held out the 02, 05 and 08 of each). The 36
# alone, on the code of dc7acc6, before any rule looked at them: actors 0.751 (P 0.843, R 0.677), places 0.759,
# event dates 0.717, event actors 0.539, quote speakers 0.682 (1 wrong of 77; zt's radio transcripts, labels on
# lines of their own, gave R 0.12), registry 0.857. All 422 articles, on dc7acc6's code: dev (262) actors 0.826
# (P 0.898), places 0.872, event dates 0.850, event actors 0.697, quote speakers 0.880 (1 wrong of 526), registry
# 0.905 (839 / 927); heldout (160) actors 0.745 (P 0.829), places 0.804, event dates 0.782, event actors 0.546,
# quote speakers 0.786 (9 wrong of 300), registry 0.845 (503 / 595). With session 25's rules (a people or a crowd
# doing the dated thing, states and coarse retellings no events, pronoun chains, labels on lines of their own,
# offices of the day in White House and State Department releases, names with 'and', the rules' CPU won back),
# same 422 articles: dev (262) actors 0.830 (P 0.900), places 0.872, event dates 0.855, event actors 0.711, quote
# speakers 0.909 (1 wrong of 538), registry 0.908 (846 / 932); heldout (160) actors 0.740 (P 0.822), places 0.804,
# event dates 0.781, event actors 0.550, quote speakers 0.802 (9 wrong of 309), registry 0.846 (504 / 596). The dev
# floors of actors, places and event dates and the held-out floors of actors and event dates are set down to these
# (the 36 new articles lowered them, and held-out actors fell 0.005 with the offices rule); held-out event actors
# and quote speakers are set up.
# Batches zu, zv, zw, zx (28 blind articles, 2026-12-08, session 26; held out the 02, 05 and 08 of each; zu01 dropped
# for its licence, zw has eight, zx three). On arrival, before any rule looked at them (zu, zv on the code of
# d78e2f6; zw, zx on that of 49d6eb1): actors 0.669 (P 0.789, R 0.580), places 0.779, event dates 0.686, event
# actors 0.587, quote speakers 0.580 (3 wrong of 42, all in one VOA feature: 'he said' after a new person), registry
# 0.783 (summed per batch). All 450 articles, one scorer (this commit's: generic gold names join no two people, a
# leading '(Via interpreter)' set aside): on d78e2f6's code dev (280) actors 0.821 (P 0.893), places 0.866, event
# dates 0.842, event actors 0.711, quote speakers 0.892 (4 wrong of 567), registry 0.906 (902 / 996); heldout (170)
# actors 0.729 (P 0.818), places 0.804, event dates 0.777, event actors 0.535, quote speakers 0.804 (9 wrong of
# 327), registry 0.854 (537 / 629). With session 26's rules (EU bodies, kin and seats of government, dated clauses,
# anniversaries, clefts, fragments of calling verbs, transcript formats, pronouns in features): dev (280) actors
# 0.826 (P 0.892), places 0.867, event dates 0.852, event actors 0.721, quote speakers 0.909 (1 wrong of 576),
# registry 0.904 (911 / 1008); heldout (170) actors 0.731 (P 0.817), places 0.805, event dates 0.776, event actors
# 0.534, quote speakers 0.807 (9 wrong of 329), registry 0.852 (540 / 634). Held-out actors and event actors are
# set down to these (the new articles lowered them); dev event actors and held-out speakers and registry are set
# up; the rest stay.
FLOORS = {
    "dev": {"actors": 0.825, "places": 0.865, "event dates": 0.85, "event actors": 0.715, "quote speakers": 0.90},
    "heldout": {"actors": 0.725, "places": 0.80, "event dates": 0.775, "event actors": 0.53, "quote speakers": 0.80},
}
# Registry precision (real actors / actor slugs the entries use, after one ingest of the split; see
# generator/score.py).
REGISTRY_FLOORS = {"dev": 0.90, "heldout": 0.845}
# Quotes given a speaker other than the gold one, per quote found. Dev: the 1 in 50. Held out: 9 of 329
# measured (0.027), so the ceiling only stops it getting worse.
WRONG_SPEAKER_CEILING = {"dev": 0.02, "heldout": 0.035}


def _split_report(split: str, tmp: Path) -> Report:
    gold, seeds, content = tmp / "gold", tmp / "seeds", tmp / "content"
    for d in (gold, seeds, content):
        d.mkdir()
    for g in sorted(WIDE.glob("*.yaml")):
        if yaml.safe_load(g.read_text(encoding="utf-8")).get("split") == split:
            shutil.copy(g, gold / g.name)
            shutil.copy(g.with_suffix(".txt"), seeds / g.with_suffix(".txt").name)
    paths = tuple(sorted(seeds.glob("*.txt")))
    report = run_ingest(paths, content, force=False, root=tmp)
    assert len(report.annotated) == len(paths), report.problems
    return score(gold, content)


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split_report(request, tmp_path_factory) -> tuple[str, Report]:
    return request.param, _split_report(request.param, tmp_path_factory.mktemp(request.param))


def test_wide_corpus_scores_stay_above_floors(split_report) -> None:
    split, report = split_report
    assert report.articles and not report.problems
    low = {
        field: round(report.get(field).f1, 3) for field, floor in FLOORS[split].items() if report.get(field).f1 < floor
    }
    assert not low, f"{split} split below its floors: {low} (floors {FLOORS[split]})"


def test_the_registry_has_few_duplicate_or_junk_actors(split_report) -> None:
    split, report = split_report
    assert report.registry is not None
    assert report.registry.precision >= REGISTRY_FLOORS[split], (split, report.registry)


def test_few_quotes_get_a_wrong_speaker(split_report) -> None:
    """A wrong speaker is worse than none: quotes found whose speaker is not the gold one (an
    unattributed quote is not wrong) stay under the ceiling (the issue asks for 1 in 50)."""
    split, report = split_report
    found = report.get("quotes found").tp
    assert found > 20
    assert report.wrong_speakers <= WRONG_SPEAKER_CEILING[split] * found, (split, report.wrong_speakers, found)
