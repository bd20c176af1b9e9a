from enum import StrEnum


class KnownEmbedModelName(StrEnum):
    MARENGO3_0 = "marengo3.0"
    MARENGO_RETRIEVAL_2_7 = "Marengo-retrieval-2.7"

    def __str__(self) -> str:
        return str(self.value)
