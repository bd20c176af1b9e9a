from enum import StrEnum


class KnownAnalyzeModelName(StrEnum):
    PEGASUS1_2 = "pegasus1.2"
    PEGASUS1_5 = "pegasus1.5"
    PEGASUS1_6 = "pegasus1.6"

    def __str__(self) -> str:
        return str(self.value)
