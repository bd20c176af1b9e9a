from enum import StrEnum


class KnownAssetMethod(StrEnum):
    CONNECTOR = "connector"
    DIRECT = "direct"
    MULTIPART = "multipart"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
