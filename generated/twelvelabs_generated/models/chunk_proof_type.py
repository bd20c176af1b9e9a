from enum import StrEnum


class ChunkProofType(StrEnum):
    ETAG = "etag"

    def __str__(self) -> str:
        return str(self.value)
