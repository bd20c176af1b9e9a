from enum import StrEnum


class ModelOption(StrEnum):
    AUDIO = "audio"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
