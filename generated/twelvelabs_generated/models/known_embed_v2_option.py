from enum import StrEnum


class KnownEmbedV2Option(StrEnum):
    AUDIO = "audio"
    FUSED = "fused"
    TEXT = "text"
    TRANSCRIPTION = "transcription"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
