from enum import StrEnum


class EmbedV2VideoOption(StrEnum):
    AUDIO = "audio"
    TRANSCRIPTION = "transcription"
    VISUAL = "visual"

    def __str__(self) -> str:
        return str(self.value)
