from enum import StrEnum


class KnownEmbedV2ModelName(StrEnum):
    MARENGO3_0 = "marengo3.0"
    MARENGO3_5 = "marengo3.5"

    def __str__(self) -> str:
        return str(self.value)
