from enum import StrEnum


class KnownAnalyzeVideoSourceType(StrEnum):
    ASSET_ID = "asset_id"
    BASE64_STRING = "base64_string"
    URL = "url"
    VIDEO_ID = "video_id"

    def __str__(self) -> str:
        return str(self.value)
