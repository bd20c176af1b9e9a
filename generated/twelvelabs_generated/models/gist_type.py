from enum import StrEnum


class GistType(StrEnum):
    HASHTAG = "hashtag"
    TITLE = "title"
    TOPIC = "topic"

    def __str__(self) -> str:
        return str(self.value)
