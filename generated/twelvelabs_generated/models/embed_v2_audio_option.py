from enum import StrEnum


class EmbedV2AudioOption(StrEnum):
    AUDIO = "audio"
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)
