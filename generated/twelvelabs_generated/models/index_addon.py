from enum import StrEnum


class IndexAddon(StrEnum):
    THUMBNAIL = "thumbnail"

    def __str__(self) -> str:
        return str(self.value)
