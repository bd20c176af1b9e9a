"""The README's Python examples, read as one program, type-check under ``mypy --strict``.

The blocks are concatenated in order, as ``tests/test_readme.py`` runs them (``# file:`` blocks
excepted), and checked as a user's editor would check them. Issue 10 item 4 wants no error at
all; until the items that fix the types land, the errors still expected are listed in
``PENDING`` (keyed by the source line and mypy's message, so edits elsewhere in the README do
not disturb them). The test fails on any error not listed, and on a listed error that is gone,
so the list only shrinks: delete the entries the failure names.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
ERROR = re.compile(r"^readme_blocks\.py:(\d+): error: (.*)$")

_SEARCH_PAGE = (
    'print("page", number, [(clip.video_id, clip.start, clip.end) for clip in search_page.data])'
)
_INDEX_PAGE = (
    'print("page", page.page_info.page, "of", page.page_info.total_page, '
    "[i.index_name for i in page.data])"
)
_ASYNC_CLIP = "print(clip.video_id, clip.rank)"
_CLIP = "print(clip.video_id, clip.start, clip.end, clip.rank)  # rank 1 is the best match"
_GROUP = 'print(group.id, len(group.clips), "clips")'
_EMBED_TASK = (
    'print(len(embeddings.video_embedding.segments), "segments of", '
    'len(embeddings.video_embedding.segments[0].float_), "floats")'
)
_VIDEO_ITEM = "print(video.id, video.system_metadata.filename, video.system_metadata.duration)"
_VIDEO = (
    "print(video.user_metadata.additional_properties, "
    "len(video.embedding.video_embedding.segments))"
)
_CLIP_OR_GROUP = '"SearchClip | SearchVideoGroup"'

PENDING: set[tuple[str, str]] = {
    # Item 1: fields the API always sends become required.
    (_INDEX_PAGE, 'Item "Unset" of "PageInfo | Unset" has no attribute "page"  [union-attr]'),
    (
        _INDEX_PAGE,
        'Item "Unset" of "PageInfo | Unset" has no attribute "total_page"  [union-attr]',
    ),
    # Not in item 1's list as filed: a page's `data` (IndexList, SearchPage).
    (
        _INDEX_PAGE,
        'Item "Unset" of "list[Index] | Unset" has no attribute "__iter__" '
        "(not iterable)  [union-attr]",
    ),
    (
        _SEARCH_PAGE,
        'Item "Unset" of "list[SearchClip | SearchVideoGroup] | Unset" has no attribute '
        '"__iter__" (not iterable)  [union-attr]',
    ),
    # Not in a listed item: search results are typed SearchClip | SearchVideoGroup whatever
    # `group_by` is (an overload on group_by would settle it).
    *(
        (
            _SEARCH_PAGE,
            f'Item "SearchVideoGroup" of "SearchClip | SearchVideoGroup | Any" has no '
            f'attribute "{name}"  [union-attr]',
        )
        for name in ("video_id", "start", "end")
    ),
    *(
        (
            _CLIP,
            f'Item "SearchVideoGroup" of {_CLIP_OR_GROUP} has no attribute "{name}"  [union-attr]',
        )
        for name in ("video_id", "start", "end", "rank")
    ),
    *(
        (
            _ASYNC_CLIP,
            f'Item "SearchVideoGroup" of {_CLIP_OR_GROUP} has no attribute "{name}"  [union-attr]',
        )
        for name in ("video_id", "rank")
    ),
    *(
        (_GROUP, f'Item "SearchClip" of {_CLIP_OR_GROUP} has no attribute "{name}"  [union-attr]')
        for name in ("id", "clips")
    ),
    (
        _GROUP,
        'Argument 1 to "len" has incompatible type "Any | list[SearchClip] | Unset"; '
        'expected "Sized"  [arg-type]',
    ),
    # Not in a listed item: embeddings (EmbedTask.video_embedding, its segments and their
    # float_; Video.embedding) are optional at every level.
    (
        _EMBED_TASK,
        'Argument 1 to "len" has incompatible type "list[VideoEmbeddingSegment] | Unset | Any"; '
        'expected "Sized"  [arg-type]',
    ),
    (
        _EMBED_TASK,
        'Argument 1 to "len" has incompatible type "list[float] | Unset | Any"; '
        'expected "Sized"  [arg-type]',
    ),
    (
        _EMBED_TASK,
        'Item "Unset" of "VideoEmbeddingData | Unset" has no attribute "segments"  [union-attr]',
    ),
    (
        _EMBED_TASK,
        'Value of type "list[VideoEmbeddingSegment] | Unset | Any" is not indexable  [index]',
    ),
    (
        _VIDEO,
        'Argument 1 to "len" has incompatible type "list[VideoEmbeddingSegment] | Unset | Any"; '
        'expected "Sized"  [arg-type]',
    ),
    (
        _VIDEO,
        'Item "Unset" of "VideoEmbedding | Unset" has no attribute "video_embedding"  [union-attr]',
    ),
    (
        _VIDEO,
        'Item "Unset" of "VideoEmbeddingData | Unset | Any" has no attribute "segments"  '
        "[union-attr]",
    ),
    # Really optional (set on this video by the example before): wants an assert once the
    # embedding chain above is settled.
    (
        _VIDEO,
        'Item "Unset" of "UserMetadata | Unset" has no attribute "additional_properties"  '
        "[union-attr]",
    ),
}


def readme_program() -> str:
    """The README's Python blocks in order, as one module (``# file:`` blocks left out)."""
    blocks = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    return "".join(b for b in blocks if not b.splitlines()[0].startswith("# file: "))


def test_readme_examples_type_check(tmp_path: Path) -> None:
    program = readme_program()
    (tmp_path / "readme_blocks.py").write_text(program, encoding="utf-8")
    # Run from an empty folder so that the project's [tool.mypy] settings do not apply: the
    # user's own `mypy --strict`, with the installed package.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "readme_blocks.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = program.splitlines()
    found: set[tuple[str, str]] = set()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        assert match or (line.startswith("readme_blocks.py:") and ": note: " in line), line
        if match:
            found.add((lines[int(match.group(1)) - 1].strip(), match.group(2)))
    new = sorted(found - PENDING)
    gone = sorted(PENDING - found)
    assert not new, "README type errors (fix the README or the types):\n" + "\n".join(
        f"  {code}\n    {message}" for code, message in new
    )
    assert not gone, "fixed, delete from PENDING in tests/test_readme_types.py:\n" + "\n".join(
        f"  {code}\n    {message}" for code, message in gone
    )
    assert result.returncode == (1 if PENDING else 0), result.stdout + result.stderr
