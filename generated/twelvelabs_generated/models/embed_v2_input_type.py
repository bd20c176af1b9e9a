from enum import StrEnum


class EmbedV2InputType(StrEnum):
    AUDIO = "audio"
    IMAGE = "image"
    MULTI_INPUT = "multi_input"
    TEXT = "text"
    TEXT_IMAGE = "text_image"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
