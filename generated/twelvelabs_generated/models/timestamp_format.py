from enum import StrEnum


class TimestampFormat(StrEnum):
    HHMMSS = "hh:mm:ss"
    HHMMSS_FFF = "hh:mm:ss.fff"
    SECONDS = "seconds"

    def __str__(self) -> str:
        return str(self.value)
