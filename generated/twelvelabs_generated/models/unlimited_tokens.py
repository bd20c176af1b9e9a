from enum import StrEnum


class UnlimitedTokens(StrEnum):
    UNLIMITED = "unlimited"

    def __str__(self) -> str:
        return str(self.value)
