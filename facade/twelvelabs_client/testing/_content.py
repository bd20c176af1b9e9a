"""Deterministic content: embeddings, search scores and generated text.

Nothing here is learned; everything is a pure function of its input so that tests can rely on
exact values. Text embeddings are the normalised sum of one hash-seeded vector per word, so
texts sharing words get closer vectors. Search scores grow with the share of query words
found in the text attached to a video (filename, user metadata, transcript).
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

EMBEDDING_SIZE = 1024

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "with",
    ]
)


def digest(*parts: object) -> bytes:
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(part).encode())
        h.update(b"\x00")
    return h.digest()


def unit(*parts: object) -> float:
    """A deterministic number in [0, 1) for the given parts."""
    return int.from_bytes(digest(*parts)[:8], "big") / 2**64


def object_id(*parts: object) -> str:
    """A 24-hex-digit id, like the API's resource ids."""
    return digest("object-id", *parts).hex()[:24]


def generation_uuid(*parts: object) -> str:
    return str(uuid.UUID(bytes=digest("uuid", *parts)[:16], version=4))


def words(text: str) -> list[str]:
    """Lowercased words; camelCase and snake_case are split, a plural `s` is dropped."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    out = []
    for word in _WORD.findall(spaced.lower()):
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in _STOPWORDS]


def token_count(text: str) -> int:
    """A rough token count (words and punctuation marks)."""
    return len(re.findall(r"\w+|[^\w\s]", text))


@lru_cache(maxsize=4096)
def _seeded_vector(seed: bytes) -> tuple[float, ...]:
    rng = random.Random(seed)
    return tuple(rng.gauss(0.0, 1.0) for _ in range(EMBEDDING_SIZE))


def _normalised(values: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [round(v / norm, 6) for v in values]


def text_embedding(text: str) -> list[float]:
    """Same text, same vector; texts sharing words are closer (cosine) than unrelated ones."""
    tokens = content_words(text) or words(text) or [""]
    total = [0.0] * EMBEDDING_SIZE
    for token in tokens:
        for i, v in enumerate(_seeded_vector(digest("word", token))):
            total[i] += v
    # A small whole-text component so that different texts never collide exactly.
    for i, v in enumerate(_seeded_vector(digest("text", text))):
        total[i] += 0.05 * v
    return _normalised(total)


def blob_embedding(*parts: object) -> list[float]:
    """A vector for non-text input (file digests, URLs, video segments)."""
    return _normalised(_seeded_vector(digest("blob", *parts)))


def similarity(query: str, text: str) -> float:
    """Share of the query's content words found in ``text`` (prefix matches count half)."""
    wanted = content_words(query)
    if not wanted:
        return 0.0
    have = set(content_words(text))
    found = 0.0
    for word in wanted:
        if word in have:
            found += 1.0
        elif len(word) >= 4 and any(
            h.startswith(word) or word.startswith(h) for h in have if len(h) >= 4
        ):
            found += 0.5
    return found / len(wanted)


def clip_bounds(video_id: str, duration: float) -> list[tuple[float, float]]:
    """Split a video into clips of 4 to 12 seconds, deterministically."""
    bounds: list[tuple[float, float]] = []
    start = 0.0
    n = 0
    while start < duration - 0.5 and n < 200:
        length = 4.0 + 8.0 * unit("clip-length", video_id, n)
        end = min(duration, round(start + length, 2))
        bounds.append((round(start, 2), end))
        start = end
        n += 1
    return bounds or [(0.0, round(duration, 2))]


def clip_score(sim: float, *parts: object) -> float:
    """About 30 (nothing in common) to about 100 (every query word found)."""
    weight = 0.55 + 0.45 * unit("clip-weight", *parts)
    jitter = 5.0 * unit("clip-jitter", *parts)
    return round(min(99.99, 30.0 + 65.0 * sim * weight + jitter), 2)


def confidence_for(score: float) -> str:
    if score >= 75:
        return "high"
    if score >= 60:
        return "medium"
    if score >= 45:
        return "low"
    return "extremely low"


THRESHOLD_MIN_SCORE = {"high": 75.0, "medium": 60.0, "low": 45.0, "none": 0.0}


# ---------------------------------------------------------------- generated text


def title_from_filename(filename: str) -> str:
    stem = filename.rsplit("/", 1)[-1]
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    spaced = re.sub(r"[_\-.]+", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", stem)).strip()
    return spaced.title() if spaced else "Untitled Video"


def key_words(text: str, limit: int) -> list[str]:
    seen: dict[str, None] = {}
    for word in content_words(text):
        if not word.isdigit() and len(word) > 2:
            seen.setdefault(word, None)
    return list(seen)[:limit]


def describe_metadata(user_metadata: Mapping[str, object]) -> str:
    if not user_metadata:
        return ""
    pairs = ", ".join(f"{k} {v}" for k, v in sorted(user_metadata.items()))
    return f" It is tagged with {pairs}."


def split_pieces(text: str, seed: object) -> list[str]:
    """Cut text into fragments of 3 to 14 characters, often in the middle of a word."""
    pieces: list[str] = []
    pos = 0
    n = 0
    while pos < len(text):
        size = 3 + int(12 * unit("piece", seed, n))
        pieces.append(text[pos : pos + size])
        pos += size
        n += 1
    return pieces


def split_bytes(data: bytes, seed: object, min_chunks: int = 3) -> list[bytes]:
    """Cut a byte string into network chunks of uneven sizes (at least ``min_chunks``)."""
    sizes_seen = 0
    chunks: list[bytes] = []
    pos = 0
    target = max(1, len(data) // max(min_chunks, 1))
    while pos < len(data):
        size = max(1, int(target * (0.3 + 0.9 * unit("chunk", seed, sizes_seen))))
        chunks.append(data[pos : pos + size])
        pos += size
        sizes_seen += 1
    return chunks


def join_words(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
