from enum import StrEnum


class TaskStatusFilter(StrEnum):
    FAILED = "failed"
    INDEXING = "indexing"
    PENDING = "pending"
    QUEUED = "queued"
    READY = "ready"
    UPLOADING = "uploading"
    VALIDATING = "validating"

    def __str__(self) -> str:
        return str(self.value)
