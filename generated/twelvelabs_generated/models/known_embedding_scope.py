from enum import StrEnum


class KnownEmbeddingScope(StrEnum):
    CLIP = "clip"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
