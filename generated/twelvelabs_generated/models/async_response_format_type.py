from enum import StrEnum


class AsyncResponseFormatType(StrEnum):
    JSON_SCHEMA = "json_schema"
    SEGMENT_DEFINITIONS = "segment_definitions"

    def __str__(self) -> str:
        return str(self.value)
