from enum import StrEnum


class SearchOption(StrEnum):
    AUDIO = "audio"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
