from enum import StrEnum


class SearchOption(StrEnum):
    AUDIO = "audio"
    TRANSCRIPTION = "transcription"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
