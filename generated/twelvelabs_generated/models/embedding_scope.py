from enum import StrEnum


class EmbeddingScope(StrEnum):
    CLIP = "clip"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
