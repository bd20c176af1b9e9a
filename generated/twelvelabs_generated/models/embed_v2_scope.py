from enum import StrEnum


class EmbedV2Scope(StrEnum):
    ASSET = "asset"
    CLIP = "clip"
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
