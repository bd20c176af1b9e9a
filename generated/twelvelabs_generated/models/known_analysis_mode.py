from enum import StrEnum


class KnownAnalysisMode(StrEnum):
    GENERAL = "general"
    TIME_BASED_METADATA = "time_based_metadata"

    def __str__(self) -> str:
        return str(self.value)
