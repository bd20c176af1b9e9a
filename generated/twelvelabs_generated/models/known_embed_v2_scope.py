from enum import StrEnum


class KnownEmbedV2Scope(StrEnum):
    ASSET = "asset"
    CHUNK = "chunk"
    CLIP = "clip"
    PAGE = "page"

    def __str__(self) -> str:
        return str(self.value)
