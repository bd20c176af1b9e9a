from enum import StrEnum


class AnalyzeTaskStatusFilter(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    QUEUED = "queued"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
