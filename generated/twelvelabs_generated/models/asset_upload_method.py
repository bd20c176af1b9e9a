from enum import StrEnum


class AssetUploadMethod(StrEnum):
    DIRECT = "direct"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
