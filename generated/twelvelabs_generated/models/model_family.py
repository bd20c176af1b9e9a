from enum import StrEnum


class ModelFamily(StrEnum):
    MARENGO = "marengo"
    PEGASUS = "pegasus"

    def __str__(self) -> str:
        return str(self.value)
