from enum import StrEnum


class TextTruncate(StrEnum):
    END = "end"
    NONE = "none"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
