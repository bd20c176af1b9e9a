from enum import StrEnum


class SearchSortOption(StrEnum):
    CLIP_COUNT = "clip_count"
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
