from enum import StrEnum


class ReferenceMediaType(StrEnum):
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)
