from enum import StrEnum


class KnownHlsStatus(StrEnum):
    CANCELED = "CANCELED"
    COMPLETE = "COMPLETE"
    ERROR = "ERROR"
    PROCESSING = "PROCESSING"

    def __str__(self) -> str:
        return str(self.value)
