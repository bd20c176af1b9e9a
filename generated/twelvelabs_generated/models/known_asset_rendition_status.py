from enum import StrEnum


class KnownAssetRenditionStatus(StrEnum):
    ERROR = "error"
    PENDING = "pending"
    PROCESSING = "processing"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
