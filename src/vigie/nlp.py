"""spaCy pipelines: one per language, loaded once per process, run in batches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.attrs import DEP, IS_QUOTE, IS_SPACE, LEMMA, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc

from vigie.attribute_lookup import use_attribute_lookup
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.lang import load_table
from vigie.lemma_memo import use_lemma_memo

DATELINE_TOKENS = 20  # a dateline opens the article: place, (region), date, (agency), dash
DATELINE_DASHES = frozenset({"-", "–", "—"})
HYPHEN_WORD_HEADS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


@Language.component(
    "vigie_sentence_rules", assigns=["token.is_sent_start"]
)
def sentence_rules(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never continue a sentence,
    and the parser alone merges sentences across them. An opening quotation mark starts the
    sentence it opens. A wire dateline is a sentence of its own where the language's parser
    needs it (``syntax.json``: ``dateline_sentence``; see dateline_end)."""
    if not len(doc):
        return doc
    # Read from the attribute arrays: a Token object per word costs more than the tests.
    strings = doc.vocab.strings
    orth, space, spaced, quote = doc.to_array([ORTH, IS_SPACE, SPACY, IS_QUOTE]).T.tolist()
    # A token's trailing whitespace is one space or none: a line break is a token of its own.
    broken = ["\n" in strings[key] for key in orth]
    starts = [0]
    story = dateline_end(doc) if load_table(doc.lang_, "syntax")["dateline_sentence"] else None
    if story is not None:
        doc[story].is_sent_start = True
        starts.append(story)
    for i in range(1, len(doc)):
        if not space[i] and broken[i - 1]:
            doc[i].is_sent_start = True
            starts.append(i)
    begins = doc.to_array(SENT_START).tolist()
    for i in range(1, len(doc) - 1):
        # A straight quote glued to the next word opens a quotation: the punctuation splitter
        # leaves it at the end of the previous sentence ('left. "We refuse."').
        if quote[i] and spaced[i - 1] and not spaced[i] and begins[i + 1] == 1:
            doc[i].is_sent_start = True
            starts.append(i)
    for i in starts:
        # An opening quotation mark belongs to the sentence it opens.
        if quote[i] and i + 1 < len(doc):
            doc[i + 1].is_sent_start = False
    return doc


def dateline_end(doc: Doc) -> int | None:
    """The first token of the story after a wire dateline ("WASHINGTON (Reuters) -", "KANO,
    Nigeria, March 3 (AFP) -"): an upper-case place, an agency in brackets and a dash. Left in
    the first sentence, the dateline becomes the parser's subject and the story's real subject
    an oblique."""
    opening = doc[:DATELINE_TOKENS]
    if not len(opening) or not opening[0].is_upper:
        return None
    for token in opening[2:]:
        if (token.text in DATELINE_DASHES and doc[token.i - 1].text == ")"
                and token.i + 1 < len(doc)):
            return token.i + 1
    return None


@Language.component("vigie_lemma_repairs", assigns=["token.lemma", "token.pos"])
def lemma_repairs(doc: Doc) -> Doc:
    """Give a lemma to verbs the lemmatizer left as written ("cherche" -> "chercher"), by the
    language's suffix rules (``syntax.json``: ``verb_lemma_repairs``), so that the lexicons,
    written in lemmas, see them. A word the parser gives a tense auxiliary is a verb whatever
    its tag (« ont massacré », tagged a noun: ``verb_auxiliary_labels``)."""
    table = load_table(doc.lang_, "syntax")
    rules = table["verb_lemma_repairs"]
    if not rules:
        return doc
    auxiliary_labels = {doc.vocab.strings.add(label)
                        for label in table.get("verb_auxiliary_labels", ())}
    # Read from the attribute array: a Token object per word costs more than the tests.
    rows = doc.to_array([POS, LEMMA, ORTH, DEP]).tolist()
    with_auxiliary = {doc[i].head.i for i, row in enumerate(rows) if row[3] in auxiliary_labels}
    for i, (pos, lemma, orth, _dep) in enumerate(rows):
        retagged = i in with_auxiliary and pos not in (VERB, AUX)
        if not retagged and (pos != VERB or lemma != orth):
            continue
        token = doc[i]
        form = token.text
        if not (form.isalpha() and form.islower()):
            continue
        if retagged:
            token.pos_ = "VERB"
        if "Inf" not in token.morph.get("VerbForm"):  # "suspendre" is its own lemma
            for suffix, replacement in rules:
                if form.endswith(suffix):
                    token.lemma_ = form[: len(form) - len(suffix)] + replacement
                    break
    return doc


@cache
def hyphenated_words(lang: str) -> frozenset[str]:
    """The language's words written with a hyphen that the tokenizer splits, as a set built
    once per process: every document is looked up against it."""
    return frozenset(load_table(lang, "tokenizer").get("hyphenated_words", ()))


@Language.component("vigie_hyphen_lemmas", assigns=["token.lemma"])
def hyphen_lemmas(doc: Doc) -> Doc:
    """Give a word written with hyphens that the tokenizer split ("sit-in" -> sit, -, in;
    "test-fired" -> test, -, fired) the lemma of the whole ("sit-in", "test-fire"), when the
    whole is one of the language's hyphenated words (``tokenizer.json``:
    ``hyphenated_words``), so that the lexicons, written in lemmas, see it. The lemma goes on
    the part the parser hung the word on: the last noun, verb or adjective whose head lies
    outside the word (English compounds head on the right; the French tagger takes a borrowed
    last part, "in", for a foreign word)."""
    words = hyphenated_words(doc.lang_)
    if not words:
        return doc
    end = len(doc) - 2
    start = 0
    while start < end:
        last = start
        # Parts joined by hyphens with no space on either side make one written word.
        while (last < end and not doc[last].whitespace_ and doc[last + 1].text == "-"
               and not doc[last + 1].whitespace_):
            last += 2
        if last > start:
            parts = [doc[i] for i in range(start, last + 1, 2)]
            written = "-".join([t.lower_ for t in parts[:-1]] + [parts[-1].lemma_.lower()])
            lemmatised = "-".join(t.lemma_.lower() for t in parts)
            whole = written if written in words else lemmatised if lemmatised in words else None
            if whole is not None:
                hung = [t for t in parts if not start <= t.head.i <= last or t.head.i == t.i]
                content = [t for t in hung if t.pos_ in HYPHEN_WORD_HEADS]
                (content or parts)[-1].lemma_ = whole
        start = last + 1
    return doc


@Language.component("vigie_mood_repairs", assigns=["token.morph"])
def mood_repairs(doc: Doc) -> Doc:
    """Mark as conditional the verbs the tagger reads as imperfect though their form is the
    conditional's: the future stem of their lemma and an imperfect ending (« provoquerait »,
    « frapperait », tagged ``Tense=Imp``; ``syntax.json``: ``conditional_forms``). The two
    tenses share their endings and differ only in the stem, which the tagger does not
    weigh; left imperfect, an act that would happen reads as one that did."""
    forms = load_table(doc.lang_, "syntax").get("conditional_forms")
    if not forms:
        return doc
    for token in doc:
        if (token.pos == VERB or token.pos == AUX) and token.morph.get("Tense") == ["Imp"] and (
                "Cnd" not in token.morph.get("Mood")) and conditional_form(token.lower_,
                                                                           token.lemma_, forms):
            features = token.morph.to_dict()
            features.update(Mood="Cnd", Tense="Pres")
            token.set_morph(features)
    return doc


def conditional_form(form: str, lemma: str, forms: dict[str, Any]) -> bool:
    """Whether ``form`` is the conditional of ``lemma``: its future stem (an irregular one
    from the table, else the lemma changed by the first stem rule whose ending it has) and one
    of the conditional's endings."""
    stem = forms["irregular_stems"].get(lemma)
    if stem is None:
        stem = next((lemma[:len(lemma) - len(ending)] + replacement
                     for ending, replacement in forms["stem_rules"] if lemma.endswith(ending)),
                    None)
    return (stem is not None and form.startswith(stem)
            and form[len(stem):] in forms["endings"])


def _split_prefixes(nlp: Language, prefixes: list[str]) -> None:
    """Make the tokenizer split ``prefixes`` off the words they start."""
    if not prefixes:
        return
    alternatives = "|".join(re.escape(p) for p in prefixes)
    starts = re.compile(rf"(?i:{alternatives})(?=[^\W\d_])")
    tokenizer = nlp.tokenizer
    keep_whole = tokenizer.token_match
    if keep_whole is not None:
        # The language's own rule keeps hyphenated words whole; let ours through first.
        tokenizer.token_match = lambda text: None if starts.match(text) else keep_whole(text)
    patterns = [starts.pattern, *nlp.Defaults.prefixes]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(patterns).search


def _split_suffixes(nlp: Language, suffixes: list[str]) -> None:
    """Make the tokenizer split ``suffixes`` off the words they end ("U.S.-led": the period
    keeps the hyphen from splitting as it does in "US-led")."""
    if not suffixes:
        return
    alternatives = "|".join(re.escape(s) for s in suffixes)
    patterns = [*nlp.Defaults.suffixes, rf"(?<=\.)(?i:{alternatives})$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(patterns).search


@cache
def load_pipeline(model: str, lang: str) -> Language:
    """The spaCy pipeline of ``model`` with Vigie's tokenizer and sentence rules, loaded once
    per process."""
    nlp = spacy.load(model)
    tokenizer_rules = load_table(lang, "tokenizer")
    _split_prefixes(nlp, tokenizer_rules["split_prefixes"])
    _split_suffixes(nlp, tokenizer_rules["split_suffixes"])
    # Sentences come from punctuation and paragraphs, fixed before the parser runs: left to
    # itself the parser splits a paragraph's first name off ("Pékin | a multiplié …").
    nlp.add_pipe("sentencizer", before="parser")
    nlp.add_pipe("vigie_sentence_rules", before="parser")
    nlp.add_pipe("vigie_lemma_repairs", after="lemmatizer")
    nlp.add_pipe("vigie_hyphen_lemmas", after="vigie_lemma_repairs")
    nlp.add_pipe("vigie_mood_repairs", after="vigie_hyphen_lemmas")
    use_attribute_lookup(nlp)  # the same annotations as the model's ruler, a third of its CPU
    use_lemma_memo(nlp)  # the same lemmas as the model's lemmatizer, each computed once
    return nlp


def pipeline_for(lang: str, settings: Settings = DEFAULT_SETTINGS) -> Language:
    nlp = load_pipeline(settings.models[lang], lang)
    # spaCy refuses texts over max_length characters (E088); Vigie's own limit is in bytes, and
    # a text has no more characters than bytes: any text Vigie accepts, spaCy takes.
    nlp.max_length = max(nlp.max_length, settings.max_bytes)
    return nlp


@cache
def common_noun_lemma(model: str, lang: str, form: str) -> str:
    """The lemma the lemmatizer of ``model`` (the one that parsed the text) gives ``form`` read
    as a common noun ("rioters" -> "rioter"): for a capitalised noun the tagger took for a
    name, whose lemma it left as written ("DURBAN - Rioters torched …")."""
    nlp = load_pipeline(model, lang)
    lemmatizer = nlp.get_pipe("lemmatizer")
    rules = getattr(lemmatizer, "lemmatizer", lemmatizer)  # the memo wraps the model's own
    return rules.lemmatize(Doc(nlp.vocab, words=[form], pos=["NOUN"])[0])[0]


def parse(texts: Iterable[str], lang: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[Doc]:
    """Parse texts of one language with ``nlp.pipe`` in batches, in order."""
    yield from pipeline_for(lang, settings).pipe(texts, batch_size=settings.batch_size)


def sentence_spans(text: str, lang: str,
                   settings: Settings = DEFAULT_SETTINGS) -> list[tuple[int, int]]:
    """The character spans of the sentences of ``text`` as the analysers cut them: the
    tokenizer, the sentencizer and Vigie's sentence rules, which set every boundary before the
    parser runs (the parser keeps them), so the rest of the pipeline is not needed."""
    nlp = pipeline_for(lang, settings)
    doc = sentence_rules(nlp.get_pipe("sentencizer")(nlp.make_doc(text)))
    return [(sentence.start_char, sentence.end_char) for sentence in doc.sents]
