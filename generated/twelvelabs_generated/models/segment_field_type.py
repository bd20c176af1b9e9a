from enum import StrEnum


class SegmentFieldType(StrEnum):
    ARRAY = "array"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    NUMBER = "number"
    STRING = "string"
    TIMESTAMP = "timestamp"
    TIME_ARRAY = "time_array"

    def __str__(self) -> str:
        return str(self.value)
