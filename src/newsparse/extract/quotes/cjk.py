"""Attribution in Chinese and Japanese, written without spaces between words.

The word-based cues of :mod:`.attribution` find no verb there ("姚建廷说" is one run of word
characters), so the two common shapes of news attribution are read directly:

* Japanese ``X は…「…」と語った``: a speech verb after the quotative particle (``cjk_quotative``)
  right after the quote; the speaker is the sentence's topic, the words before ``は`` (or
  ``が``) that open it ("カタールの外務省報道官は14日、「…」と語った").
* Korean ``X은 …“…”고 말했다``: an ending written onto the closing mark (``quote_endings``:
  고, 라며 …) makes the quote speech; the speaker is the sentence's subject, the word a topic
  or subject particle ends (``topic_particles``) with the words before it when they are
  few ("이 당선인은"). A surname and a role ("이 당선인") give the full name written before
  that role in the article ("이재명 대통령 당선인"); a pronoun ("그는") refers back.
* Chinese ``“…”X说，`` and ``X表示：“…”``: the speaker written right after the quote before a
  speech verb, or right before the verb and colon that open it. A role noun before the name
  ("中国国家航天局国际合作司副司长姚建廷") ends with a role character (``cjk_roles``: 长, 师,
  生 …): the name is what follows the last one, when that is two to four characters.
"""

from __future__ import annotations

import re
from collections import Counter

from newsparse.extract.quotes.cues import _Cues
from newsparse.extract.quotes.names import _Ctx, _Who

# The Japanese topic and subject particles, in the order they are tried.
_TOPIC_PARTICLES = ("は", "が")

# Characters of the longest speaker phrase read before a particle or a verb.
_MAX_SPEAKER_CHARS = 40

# Characters read for a Japanese topic, with the relative clause before its noun.
_MAX_TOPIC_CHARS = 80

# The verb that ends a Japanese relative clause before its noun: kana ending in る or た,
# then a character that is no hiragana ("仲介している|カタール").
_RELATIVE_VERB = re.compile(r"[ぁ-ゖ]*(?:[るた]|という)(?=[^ぁ-ゖ])")

# An age in brackets after a person noun ("女子学生（21）").
_AGE = re.compile(r"[（(]\d{1,3}[）)]$")

# A Chinese name's length in characters, after its role ("阎敏", "姚建廷", "泰勒斯").
_NAME_CHARS = (2, 4)

# Punctuation that ends a speaker phrase (a clause or sentence edge, a mark).
_PHRASE_EDGE = re.compile(r"[，,。．！？!?：:；;“”「」『』\s]")

# What may stand between a Japanese quotative and its verb ("としたうえで" is no speech).
_QUOTATIVE_GAP = re.compile(r"(?:し(?:て)?[、,])?")

# An adverb of manner between the Japanese quotative and its verb ("心配そうに", "強く").
_MANNER = re.compile(r"[^、。「」『』\s]{1,6}?[にく](?=[^、。])")

# "した" after the quotative, or its continuative form: the verb of a stated position
# ("「…」とした", "「…」としている", "「…」とし、…").
_STATED = re.compile(r"し(?:た(?!うえ|上)|ている|(?=、))")

# Characters of the shortest quote "とした" states rather than names.
_MIN_STATED_CHARS = 10

# A Chinese verb and colon or comma that end the text before a quote ("姚颂表示：").
_COLON_AFTER_VERB = "：:，,"


def _cjk_who(head: str, tail: str, ctx: _Ctx, quoted: int = 0) -> _Who | None:
    """The speaker of a quote with ``head`` before it and ``tail`` after, else None.

    ``quoted`` is the quote's length in characters (a Japanese "とした" needs a long one).

    Only for a language with ``cjk_verbs`` or ``quote_endings``. A Japanese speech verb with
    no topic found gives an attributed quote of nobody named (``ref="none"``).
    """
    cues = ctx.cues
    if cues.quote_endings:
        return _korean(head, tail, ctx)
    if not cues.cjk_verbs:
        return None
    if cues.cjk_quotative:
        return _japanese(head, tail, cues, quoted)
    return _chinese_after(tail, cues) or _chinese_before(head, cues)


def _verb_at(text: str, at: int, cues: _Cues) -> str | None:
    return next((v for v in cues.cjk_verbs if text.startswith(v, at)), None)


def _japanese(head: str, tail: str, cues: _Cues, quoted: int) -> _Who | None:
    text = tail.lstrip()
    if not text.startswith(cues.cjk_quotative):
        return None
    gap = _QUOTATIVE_GAP.match(text, len(cues.cjk_quotative))
    verb = _verb_at(text, gap.end() if gap else len(cues.cjk_quotative), cues)
    if verb is None:
        # "と心配そうに話した": an adverb of manner between the particle and the verb.
        manner = _MANNER.match(text, len(cues.cjk_quotative))
        verb = _verb_at(text, manner.end(), cues) if manner else None
    stated = _STATED.match(text, len(cues.cjk_quotative))
    if verb is None and quoted >= _MIN_STATED_CHARS and stated:
        # "「…」とした", "「…」とし、": "made it" states a sentence; after a short term it names
        # ("「第1段階」とした"), so only a quote of a sentence's length counts.
        verb = stated.group()
    if verb is None:
        return None
    sentence = head.rsplit("。", 1)[-1].lstrip(" 　")
    # The topic of the last clause that has one, "は" before "が": "春高バレーは終わった
    # ものの、JVAは「…」" is JVA's; "報道官は14日、「…」" the spokesman's ("一方、看護師は":
    # after the comma); "委は…、資金が…し、「…」" the committee's.
    clauses = sentence[:_MAX_TOPIC_CHARS].split("、")
    for particle in _TOPIC_PARTICLES:
        for clause in reversed(clauses):
            at = clause.find(particle)
            if at > 0 and _PHRASE_EDGE.search(clause, 0, at) is None:
                topic = clause[:at]
                # "…を仲介しているカタールの外務省報道官": a relative clause ends with its verb
                # (kana ending in る or た, or "という"); the speaker is the noun after it.
                cut = max((m.end() for m in _RELATIVE_VERB.finditer(topic)), default=0)
                # "同大の女子学生（21）": the age in brackets after the noun is no part of it.
                speaker = _AGE.sub("", topic[cut:])
                if speaker and len(speaker) <= _MAX_SPEAKER_CHARS:
                    return _Who(speaker, verb=verb, ref="name")
    return _Who(None, verb=verb, ref="none")


def _chinese_after(tail: str, cues: _Cues) -> _Who | None:
    text = tail.lstrip(" 　")
    edge = _PHRASE_EDGE.search(text, 0, _MAX_SPEAKER_CHARS + 4)
    end = edge.start() if edge else min(len(text), _MAX_SPEAKER_CHARS + 4)
    # The verb closes the phrase: the last verb before the first punctuation.
    for at in range(end - 1, 0, -1):
        verb = _verb_at(text, at, cues)
        if verb is not None and at + len(verb) == end:
            return _chinese_who(text[:at], verb, cues)
    return None


def _chinese_before(head: str, cues: _Cues) -> _Who | None:
    text = head.rstrip(" 　")
    if not text or text[-1] not in _COLON_AFTER_VERB:
        return None
    text = text[:-1]
    verb = next((v for v in cues.cjk_verbs if text.endswith(v)), None)
    if verb is None:
        return None
    phrase = text[: -len(verb)]
    edges = list(_PHRASE_EDGE.finditer(phrase))
    phrase = phrase[edges[-1].end() :] if edges else phrase
    if not phrase or len(phrase) > _MAX_SPEAKER_CHARS:
        return None
    return _chinese_who(phrase, verb, cues)


def _chinese_who(phrase: str, verb: str, cues: _Cues) -> _Who:
    """The speaker a Chinese phrase before a speech verb names (a pronoun refers back)."""
    if phrase in _PRONOUNS:
        return _Who(None, verb=verb, ref=_PRONOUNS[phrase])
    name, role = _named(phrase, cues)
    return _Who(name, role, verb=verb, ref="name")


def _named(phrase: str, cues: _Cues) -> tuple[str, str | None]:
    """The name in a Chinese speaker phrase and the role before it, else the phrase.

    A role before the name ("副司长姚建廷" -> "姚建廷", role "副司长"), a relative clause
    ("在墨尔本留学的马素湘"), an adverb after it ("卢宇恳切地" -> "卢宇") and a title after it
    ("钟南山院士") are left out when two to four characters stay; a foreign name written
    with a middle dot ("局长马科斯·蓬特斯") may be longer.
    """
    low, high = _NAME_CHARS
    name = phrase
    if len(name) - _ADVERB_CHARS >= low and name.endswith("地"):
        name = name[:-_ADVERB_CHARS]
    title = next((t for t in _TITLES_AFTER if name.endswith(t)), "")
    if title and len(name) - len(title) >= low:
        name = name[: -len(title)]
    dot = _NAME_DOT.search(name)
    if dot is not None:
        high = _DOTTED_NAME_CHARS
    limit = dot.start() if dot is not None else len(name) - low
    roles = max((name.rfind(c, 0, limit) for c in cues.cjk_roles), default=-1)
    cut = max(name.rfind("的", 0, limit), roles)
    role = name[: cut + 1] if cut >= 0 and cut == roles else None
    if cut >= 0 and low <= len(name) - cut - 1 <= high:
        name = name[cut + 1 :]
    else:
        role = None
    return (name, role) if low <= len(name) <= high else (phrase, None)


# The middle dot between the parts of a foreign name ("马科斯·蓬特斯").
_NAME_DOT = re.compile("[·・•]")

# Characters of the longest foreign name written with middle dots ("安东尼奥·古特雷斯").
_DOTTED_NAME_CHARS = 16


# Pronouns that refer back to the last speaker, by what they may refer to.
_PRONOUNS = {"他": "sing", "她": "sing", "他们": "plur", "她们": "plur"}

# An adverb of manner after the name: two characters and 地 ("恳切地").
_ADVERB_CHARS = 3

# Titles written after a name ("钟南山院士").
_TITLES_AFTER = ("院士", "教授", "先生", "女士", "博士", "主任")


def _korean(head: str, tail: str, ctx: _Ctx) -> _Who | None:
    cues = ctx.cues
    ending = next((e for e in cues.quote_endings if tail.startswith(e)), None)
    if ending is None or _HANGUL.match(tail, len(ending)):
        return None  # "“…”고" is speech, "“…”고백" no ending
    # The sentence before the quote: Hangul has no capitals to tell a sentence start by.
    words = _KOREAN_SENTENCE_END.split(head)[-1].split()
    for particle in cues.topic_particles:
        at = next(
            (
                i
                for i, word in enumerate(words)
                if len(word) > len(particle) and word.endswith(particle)
            ),
            None,
        )
        if at is None:
            continue
        subject = words[at][: -len(particle)]
        if subject in cues.pron_sing or subject in cues.pron_plur:
            ref = "sing" if subject in cues.pron_sing else "plur"
            return _Who(None, verb=ending, ref=ref)
        phrase = [*words[:at], subject] if at < _KOREAN_SUBJECT_WORDS else [subject]
        named = _korean_named(words[: at + 1], subject, cues)
        if named is not None:
            return named.with_verb(ending)
        return _Who(_korean_name(phrase, ctx), verb=ending, ref="name")
    # No subject written: the last speaker's, as in a pro-drop language.
    return _Who(None, verb=ending, ref="any")


def _korean_named(words: list[str], title: str, cues: _Cues) -> _Who | None:
    """A full name right before the subject's title ("이 회사 이동훈 이사는" -> 이동훈), else None.

    The name is three syllables opening with a surname of ``cjk_surnames``; a word ending
    like a place or a body ("성남시", "경찰청") is no name.
    """
    if len(words) < 2:
        return None
    name = words[-2]
    if (
        len(name) == _KOREAN_NAME_SYLLABLES
        and name[0] in cues.cjk_surnames
        and name[-1] not in _KOREAN_PLACE_ENDINGS
        and _HANGUL_WORD.fullmatch(name)
    ):
        return _Who(name, role=title, ref="name")
    return None


def _korean_name(phrase: list[str], ctx: _Ctx) -> str:
    """The full name a surname and a role stand for ("이 당선인" -> "이재명"), else the phrase.

    The full name is the surname and two more syllables written right before the same role
    noun, at most one word between ("이재명 대통령 당선인"), most often in the article.
    """
    surname, role = phrase[0], phrase[-1]
    if len(phrase) < 2 or len(surname) != 1 or not _HANGUL.match(surname):
        return " ".join(phrase)
    memo = ctx.full_names
    key = (surname, role)
    if key not in memo:
        if len(memo) >= _MAX_NAME_LOOKUPS:
            # Each lookup reads the whole article: a page of ever new roles stays linear.
            return " ".join(phrase)
        pattern = re.compile(
            rf"(?<![가-힣]){re.escape(surname)}[가-힣]{{2}}(?= (?:[가-힣]+ )?{re.escape(role)})"
        )
        # (no match crosses the paragraphs' separator, so the headline is read apart)
        found = Counter(pattern.findall(ctx.text))
        found.update(pattern.findall(ctx.headline))
        memo[key] = found.most_common(1)[0][0] if found else None
    return memo[key] or " ".join(phrase)


_MAX_NAME_LOOKUPS = 32
"""Distinct surname-and-role lookups a page makes (an article names far fewer people)."""


# A sentence end in Korean prose ("…했다. 그는").
_KOREAN_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")

# A Korean full name: a surname syllable and two more ("이재명").
_KOREAN_NAME_SYLLABLES = 3

# Last syllables of place and organisation nouns ("성남시", "경찰청", "민주당"): no name's.
_KOREAN_PLACE_ENDINGS = frozenset("시군구도청부원회당사처국")

_HANGUL_WORD = re.compile("[가-힣]+")

# A Hangul syllable: an ending followed by one is part of a longer word.
_HANGUL = re.compile("[가-힣]")

# Words of a Korean subject phrase read in full ("이 당선인은"); a later subject word is
# read alone, the words before it being the sentence's adverbs ("지난해 그는").
_KOREAN_SUBJECT_WORDS = 3
