from enum import StrEnum


class KnownModelOption(StrEnum):
    AUDIO = "audio"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
