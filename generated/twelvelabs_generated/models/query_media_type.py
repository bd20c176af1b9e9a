from enum import StrEnum


class QueryMediaType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
