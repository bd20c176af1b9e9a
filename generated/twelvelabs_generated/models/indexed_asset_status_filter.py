from enum import StrEnum


class IndexedAssetStatusFilter(StrEnum):
    FAILED = "failed"
    INDEXING = "indexing"
    PENDING = "pending"
    QUEUED = "queued"
    READY = "ready"
    VALIDATING = "validating"

    def __str__(self) -> str:
        return str(self.value)
