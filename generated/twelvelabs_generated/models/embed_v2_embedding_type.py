from enum import StrEnum


class EmbedV2EmbeddingType(StrEnum):
    FUSED_EMBEDDING = "fused_embedding"
    SEPARATE_EMBEDDING = "separate_embedding"

    def __str__(self) -> str:
        return str(self.value)
