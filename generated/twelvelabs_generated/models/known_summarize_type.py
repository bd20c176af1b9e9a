from enum import StrEnum


class KnownSummarizeType(StrEnum):
    CHAPTER = "chapter"
    HIGHLIGHT = "highlight"
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
