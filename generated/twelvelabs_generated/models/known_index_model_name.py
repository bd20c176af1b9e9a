from enum import StrEnum


class KnownIndexModelName(StrEnum):
    MARENGO2_7 = "marengo2.7"
    MARENGO3_0 = "marengo3.0"
    PEGASUS1_2 = "pegasus1.2"

    def __str__(self) -> str:
        return str(self.value)
