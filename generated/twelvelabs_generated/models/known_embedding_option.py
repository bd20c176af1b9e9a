from enum import StrEnum


class KnownEmbeddingOption(StrEnum):
    AUDIO = "audio"
    TRANSCRIPTION = "transcription"
    VISUAL = "visual"
    VISUAL_TEXT = "visual-text"

    def __str__(self) -> str:
        return str(self.value)
