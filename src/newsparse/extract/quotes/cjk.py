"""Attribution in Chinese and Japanese, written without spaces between words.

The word-based cues of :mod:`.attribution` find no verb there ("姚建廷说" is one run of word
characters), so the two common shapes of news attribution are read directly:

* Japanese ``X は…「…」と語った``: a speech verb after the quotative particle (``cjk_quotative``)
  right after the quote; the speaker is the sentence's topic, the words before ``は`` (or
  ``が``) that open it ("カタールの外務省報道官は14日、「…」と語った").
* Chinese ``“…”X说，`` and ``X表示：“…”``: the speaker written right after the quote before a
  speech verb, or right before the verb and colon that open it. A role noun before the name
  ("中国国家航天局国际合作司副司长姚建廷") ends with a role character (``cjk_roles``: 长, 师,
  生 …): the name is what follows the last one, when that is two to four characters.
"""

from __future__ import annotations

import re

from newsparse.extract.quotes.cues import _Cues
from newsparse.extract.quotes.names import _Who

# The Japanese topic and subject particles, in the order they are tried.
_TOPIC_PARTICLES = ("は", "が")

# Characters of the longest speaker phrase read before a particle or a verb.
_MAX_SPEAKER_CHARS = 40

# Characters read for a Japanese topic, with the relative clause before its noun.
_MAX_TOPIC_CHARS = 80

# The verb that ends a Japanese relative clause before its noun: kana ending in る or た,
# then a character that is no hiragana ("仲介している|カタール").
_RELATIVE_VERB = re.compile(r"[ぁ-ゖ]*[るた](?=[^ぁ-ゖ])")

# A Chinese name's length in characters, after its role ("阎敏", "姚建廷", "泰勒斯").
_NAME_CHARS = (2, 4)

# Punctuation that ends a speaker phrase (a clause or sentence edge, a mark).
_PHRASE_EDGE = re.compile(r"[，,。．！？!?：:；;“”「」『』\s]")

# What may stand between a Japanese quotative and its verb ("としたうえで" is no speech).
_QUOTATIVE_GAP = re.compile(r"(?:し(?:て)?[、,])?")

# A Chinese verb and colon or comma that end the text before a quote ("姚颂表示：").
_COLON_AFTER_VERB = "：:，,"


def _cjk_who(head: str, tail: str, cues: _Cues) -> _Who | None:
    """The speaker of a quote with ``head`` before it and ``tail`` after, else None.

    Only for a language with ``cjk_verbs``. A Japanese speech verb with no topic found
    gives an attributed quote of nobody named (``ref="none"``).
    """
    if not cues.cjk_verbs:
        return None
    if cues.cjk_quotative:
        return _japanese(head, tail, cues)
    return _chinese_after(tail, cues) or _chinese_before(head, cues)


def _verb_at(text: str, at: int, cues: _Cues) -> str | None:
    return next((v for v in cues.cjk_verbs if text.startswith(v, at)), None)


def _japanese(head: str, tail: str, cues: _Cues) -> _Who | None:
    text = tail.lstrip()
    if not text.startswith(cues.cjk_quotative):
        return None
    gap = _QUOTATIVE_GAP.match(text, len(cues.cjk_quotative))
    verb = _verb_at(text, gap.end() if gap else len(cues.cjk_quotative), cues)
    if verb is None:
        return None
    sentence = head.rsplit("。", 1)[-1].lstrip(" 　")
    for particle in _TOPIC_PARTICLES:
        at = sentence.find(particle, 0, _MAX_TOPIC_CHARS)
        if at > 0 and _PHRASE_EDGE.search(sentence, 0, at) is None:
            topic = sentence[:at]
            # "…を仲介しているカタールの外務省報道官": a relative clause ends with its verb
            # (kana ending in る or た); the speaker is the noun after it.
            cut = max((m.end() for m in _RELATIVE_VERB.finditer(topic)), default=0)
            speaker = topic[cut:]
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
    return _Who(_named(phrase, cues), verb=verb, ref="name")


def _named(phrase: str, cues: _Cues) -> str:
    """The name in a Chinese speaker phrase, without its role, else the phrase.

    A role before the name ("副司长姚建廷" -> "姚建廷"), a relative clause ("在墨尔本留学的马素湘"),
    an adverb after it ("卢宇恳切地" -> "卢宇") and a title after it ("钟南山院士") are left out
    when two to four characters stay.
    """
    low, high = _NAME_CHARS
    name = phrase
    if len(name) - _ADVERB_CHARS >= low and name.endswith("地"):
        name = name[:-_ADVERB_CHARS]
    title = next((t for t in _TITLES_AFTER if name.endswith(t)), "")
    if title and len(name) - len(title) >= low:
        name = name[: -len(title)]
    cut = max(name.rfind("的"), *(name.rfind(c, 0, len(name) - low) for c in cues.cjk_roles))
    if cut >= 0 and low <= len(name) - cut - 1 <= high:
        name = name[cut + 1 :]
    return name if low <= len(name) <= high else phrase


# Pronouns that refer back to the last speaker, by what they may refer to.
_PRONOUNS = {"他": "sing", "她": "sing", "他们": "plur", "她们": "plur"}

# An adverb of manner after the name: two characters and 地 ("恳切地").
_ADVERB_CHARS = 3

# Titles written after a name ("钟南山院士").
_TITLES_AFTER = ("院士", "教授", "先生", "女士", "博士", "主任")
