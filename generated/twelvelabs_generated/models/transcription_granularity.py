from enum import StrEnum


class TranscriptionGranularity(StrEnum):
    SENTENCES = "sentences"
    UTTERANCES = "utterances"
    WORDS = "words"

    def __str__(self) -> str:
        return str(self.value)
