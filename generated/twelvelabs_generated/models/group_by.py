from enum import StrEnum


class GroupBy(StrEnum):
    CLIP = "clip"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
