from enum import StrEnum


class KnownIndexAddon(StrEnum):
    THUMBNAIL = "thumbnail"

    def __str__(self) -> str:
        return str(self.value)
