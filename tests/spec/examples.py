"""Realistic response bodies, shaped as the API sends them (see shared wire-facts).

Reusable by the fake API and the facade tests. Keys of ``EXAMPLES`` are the names of the
response schemas in ``openapi/twelvelabs-v1.3.yaml`` (and of the generated model classes);
``VARIANTS`` holds further bodies for the same schemas that exercise other shapes (last pages,
grouped search, nulls, failed modalities, unknown enum values).

Deliberate wire quirks in here:
- resource ids are 24 hex digits under ``_id``; generation ids are UUIDs under ``id``;
- timestamps come with and without milliseconds, always with a ``Z``;
- floats that look like ints (``fps: 30``, ``start: 0``);
- optional fields left out rather than null; null only where the API sends it
  (``expires_at``, import-log ``ended_at``, ``transcription``, HLS ``video_url``);
- unknown extra fields and unknown enum values (``marengo3.0``, ``processing_v2``) that a
  tolerant client must keep.

Use ``copy.deepcopy`` (or :func:`example`) before mutating an example.
"""

from __future__ import annotations

import copy
from typing import Any

INDEX_ID = "67b2c41e9d3f5a0e1c7a4b12"
INDEX_ID_2 = "67a0f3c29d3f5a0e1c7a4a01"
TASK_ID = "67b2c6d79d3f5a0e1c7a4b1e"
TASK_ID_2 = "67b2c7019d3f5a0e1c7a4b20"
VIDEO_ID = "67b2c6d79d3f5a0e1c7a4b1f"
VIDEO_ID_2 = "67b2c7019d3f5a0e1c7a4b21"
EMBED_TASK_ID = "67c0a1f29d3f5a0e1c7a4c30"
EMBED_TASK_ID_2 = "67c0a2339d3f5a0e1c7a4c31"
GENERATION_ID = "56dd2567-1c8a-4b0e-9a52-3f0e6c1d7a90"
GENERATION_ID_2 = "0b7f3c2e-8d41-4f6a-a3c9-2e5d91b4c6f8"
NEXT_PAGE_TOKEN = "1c8a7f2e-5b3d-4e9a-8c61-0d2f4a6b8c10-1"
PREV_PAGE_TOKEN = "1c8a7f2e-5b3d-4e9a-8c61-0d2f4a6b8c10-0"
# 2026 resources
ANALYZE_TASK_ID = "6a20aa01b2c3d40012e5f601"
ANALYZE_TASK_ID_2 = "6a20a9f0b2c3d40012e5f5ff"
ASSET_ID = "6a1f0b77c1d2e30012ab9f01"
ASSET_ID_2 = "6a1f2d90e3b4c50012f0a1b3"
UPLOAD_ID = "6a1f2d90e3b4c50012f0a1b2"
INDEXED_ASSET_ID = "6a1f31c4d5e6f70012a0b1c2"
EMBED_V2_TASK_ID = "6a1f3a0b1c2d3e0012f4a5b6"
EMBED_V2_TASK_ID_2 = "6a1f3a0b1c2d3e0012f4a5b7"
GENERATION_ID_3 = "2c9a7f10-55e1-4f0b-8a0d-6b1f3e9d2a44"


def vector(seed: int, size: int = 1024) -> list[float]:
    """A deterministic embedding-like vector (1024 numbers, as Marengo 2.7 returns)."""
    return [round(((i * 7919 + seed * 104729) % 2000) / 1000.0 - 1.0, 6) for i in range(size)]


def example(name: str) -> dict[str, Any]:
    """A fresh deep copy of ``EXAMPLES[name]``."""
    return copy.deepcopy(EXAMPLES[name])


_MARENGO = {"model_name": "marengo2.7", "model_options": ["visual", "audio"]}
_PEGASUS = {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]}

_INDEX = {
    "_id": INDEX_ID,
    "index_name": "warehouse-safety",
    "created_at": "2025-02-17T09:41:18.463Z",
    "updated_at": "2025-02-17T09:41:18.463Z",
    "expires_at": None,
    "total_duration": 1834.5,
    "video_count": 12,
    "models": [_MARENGO, _PEGASUS],
    "addons": ["thumbnail"],
}

# A later index: an unknown model name and option, an expiry date, no addons, an unknown field.
_INDEX_FUTURE = {
    "_id": INDEX_ID_2,
    "index_name": "trial-index",
    "created_at": "2025-02-03T15:02:11Z",
    "updated_at": "2025-02-05T08:00:00Z",
    "expires_at": "2025-05-04T15:02:11Z",
    "total_duration": 0,
    "video_count": 0,
    "models": [{"model_name": "marengo3.0", "model_options": ["visual", "audio-v2"]}],
    "region": "us-west-2",
}

_PAGE_INFO = {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2}

_HLS_COMPLETE = {
    "video_url": "https://d2cp8xx7n5vxnr.cloudfront.net/67b2c6d79d3f5a0e1c7a4b1f/stream.m3u8",
    "thumbnail_urls": [
        "https://d2cp8xx7n5vxnr.cloudfront.net/67b2c6d79d3f5a0e1c7a4b1f/thumbnail.0000001.jpg"
    ],
    "status": "COMPLETE",
    "updated_at": "2025-02-17T09:52:03.118Z",
}

_TASK = {
    "_id": TASK_ID,
    "index_id": INDEX_ID,
    "video_id": VIDEO_ID,
    "status": "ready",
    "system_metadata": {
        "filename": "forklift-safety-briefing.mp4",
        "duration": 531.2,
        "width": 1920,
        "height": 1080,
    },
    "hls": _HLS_COMPLETE,
    "created_at": "2025-02-17T09:44:51.207Z",
    "updated_at": "2025-02-17T09:52:03.118Z",
}

_TASK_LIST_ITEM_EARLY = {
    # Still uploading: no video_id yet, partial system metadata, an unknown status.
    "_id": TASK_ID_2,
    "index_id": INDEX_ID,
    "status": "processing_v2",
    "system_metadata": {"filename": "loading-dock.mov"},
    "created_at": "2025-02-17T10:03:00Z",
    "updated_at": "2025-02-17T10:03:00Z",
}

_SYSTEM_METADATA = {
    "filename": "forklift-safety-briefing.mp4",
    "duration": 531.2,
    "fps": 30,
    "width": 1920,
    "height": 1080,
    "size": 48203911,
}

_VIDEO = {
    "_id": VIDEO_ID,
    "created_at": "2025-02-17T09:44:51Z",
    "updated_at": "2025-02-18T12:00:07Z",
    "indexed_at": "2025-02-17T09:52:03Z",
    "system_metadata": {
        **_SYSTEM_METADATA,
        "video_title": "Forklift safety briefing",
        "model_names": ["marengo2.7", "pegasus1.2"],
    },
    "user_metadata": {
        "category": "onboarding",
        "batchNumber": 3,
        "rating": 9.3,
        "needsReview": False,
    },
    "hls": {"video_url": None, "thumbnail_urls": [], "status": "PROCESSING"},
    "embedding": {
        "model_name": "Marengo-retrieval-2.7",
        "video_embedding": {
            "segments": [
                {
                    "start_offset_sec": 0,
                    "end_offset_sec": 6,
                    "embedding_option": "visual-text",
                    "embedding_scope": "clip",
                    "float": vector(1),
                },
                {
                    "start_offset_sec": 0,
                    "end_offset_sec": 6,
                    "embedding_option": "audio",
                    "embedding_scope": "clip",
                    "float": vector(2),
                },
            ]
        },
    },
    "transcription": [
        {"start": 0, "end": 4.52, "value": "Before you start the truck, walk around it."},
        {"start": 4.52, "end": 9.1, "value": "Check the forks, the chains and the tyres."},
    ],
}

_SEARCH_CLIP = {
    "score": 84.31,
    "start": 0,
    "end": 12.5,
    "video_id": VIDEO_ID,
    "confidence": "high",
    "thumbnail_url": "https://project-one-thumbnail.s3.us-west-2.amazonaws.com/67b2c6d7/0.jpeg?X-Amz-Expires=3600",
}

_SEARCH_POOL = {"total_count": 12, "total_duration": 1834.5, "index_id": INDEX_ID}

_EMBED_METADATA = {
    "input_url": "https://example.com/media/teaser.mp4",
    "video_clip_length": 6,
    "video_embedding_scope": ["clip", "video"],
    "duration": 12.04,
}

EXAMPLES: dict[str, dict[str, Any]] = {
    # ---------------------------------------------------------------- shared
    "Error": {
        "code": "parameter_invalid",
        "message": "The page_limit parameter is invalid. It must be between 1 and 50.",
        "docs_url": "https://docs.twelvelabs.io/v1.3/api-reference/error-codes",
    },
    "CreatedResource": {"_id": INDEX_ID},
    # ---------------------------------------------------------------- indexes
    "Index": _INDEX,
    "IndexList": {
        "data": [_INDEX, _INDEX_FUTURE],
        "page_info": _PAGE_INFO,
    },
    # ---------------------------------------------------------------- tasks
    "CreateTaskResponse": {"_id": TASK_ID, "video_id": VIDEO_ID},
    "Task": _TASK,
    "TaskList": {
        "data": [{k: v for k, v in _TASK.items() if k != "hls"}, _TASK_LIST_ITEM_EARLY],
        "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
    },
    # ---------------------------------------------------------------- imports
    "ImportResult": {
        "videos": [
            {"video_id": VIDEO_ID, "filename": "forklift-safety-briefing.mp4"},
            {"video_id": VIDEO_ID_2, "filename": "loading-dock.mov"},
        ],
        "failed_files": [
            {"filename": "corrupt.avi", "error_message": "The video file could not be decoded."}
        ],
    },
    "ImportStatus": {
        "not_imported": ["later.mp4"],
        "validating": [],
        "pending": [],
        "queued": [
            {
                "video_id": VIDEO_ID_2,
                "filename": "loading-dock.mov",
                "created_at": "2025-02-17T10:03:00Z",
            }
        ],
        "indexing": [],
        "ready": [
            {
                "video_id": VIDEO_ID,
                "filename": "forklift-safety-briefing.mp4",
                "created_at": "2025-02-17T09:44:51.207Z",
            }
        ],
        "failed": [
            {
                "filename": "corrupt.avi",
                "created_at": "2025-02-17T09:45:00Z",
                "error_message": "The video file could not be decoded.",
            }
        ],
    },
    "ImportLogs": {
        "data": [
            {
                "index_id": INDEX_ID,
                "index_name": "warehouse-safety",
                "created_at": "2025-02-17T09:44:00.120Z",
                "ended_at": "2025-02-17T10:20:41Z",
                "video_status": {
                    "ready": 10,
                    "validating": 0,
                    "queued": 0,
                    "pending": 0,
                    "indexing": 0,
                    "failed": 1,
                },
                "failed_files": [
                    {
                        "filename": "corrupt.avi",
                        "error_message": "The video file could not be decoded.",
                    }
                ],
            },
            {
                "index_id": INDEX_ID,
                "index_name": "warehouse-safety",
                "created_at": "2025-02-18T08:00:00Z",
                "ended_at": None,
                "video_status": {
                    "ready": 1,
                    "validating": 0,
                    "queued": 2,
                    "pending": 0,
                    "indexing": 1,
                    "failed": 0,
                },
            },
        ]
    },
    # ---------------------------------------------------------------- videos
    "Video": _VIDEO,
    "VideoList": {
        "data": [
            {
                "_id": VIDEO_ID,
                "created_at": "2025-02-17T09:44:51Z",
                "updated_at": "2025-02-18T12:00:07Z",
                "indexed_at": "2025-02-17T09:52:03Z",
                "system_metadata": _SYSTEM_METADATA,
            },
            {
                "_id": VIDEO_ID_2,
                "created_at": "2025-02-17T10:03:00.512Z",
                "updated_at": "2025-02-17T10:03:00.512Z",
                "indexed_at": "2025-02-17T10:11:45.001Z",
                "system_metadata": {
                    "filename": "loading-dock.mov",
                    "duration": 60,
                    "fps": 29.97,
                    "width": 1280,
                    "height": 720,
                    "size": 10485760,
                },
                "user_metadata": {"category": "recentlyAdded"},
                "asset_id": "68a1b2c3d4e5f60718293a4b",
            },
        ],
        "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
    },
    # ---------------------------------------------------------------- search
    "SearchPage": {
        "search_pool": _SEARCH_POOL,
        "data": [
            _SEARCH_CLIP,
            {
                "score": 79.02,
                "start": 118.4,
                "end": 131,
                "video_id": VIDEO_ID_2,
                "confidence": "medium",
                "transcription": "Keep the load low while driving.",
            },
        ],
        "page_info": {
            "limit_per_page": 10,
            "total_results": 37,
            "page_expires_at": "2025-02-18T12:30:00Z",
            "next_page_token": NEXT_PAGE_TOKEN,
        },
    },
    # ---------------------------------------------------------------- embed
    "EmbeddingResponse": {
        "model_name": "Marengo-retrieval-2.7",
        "text_embedding": {"segments": [{"float": vector(10)}]},
        "image_embedding": {
            "segments": [{"float": vector(11)}],
            "metadata": {"input_url": "https://example.com/media/forklift.png"},
        },
        "audio_embedding": {
            "segments": [
                {"start_offset_sec": 0, "float": vector(12)},
                {"start_offset_sec": 10, "float": vector(13)},
            ],
            "metadata": {"input_filename": "siren.wav"},
        },
    },
    "EmbedTask": {
        "_id": EMBED_TASK_ID,
        "model_name": "Marengo-retrieval-2.7",
        "status": "ready",
        "created_at": "2024-03-01T00:00:00Z",
        "video_embedding": {
            "metadata": _EMBED_METADATA,
            "segments": [
                {
                    "start_offset_sec": 0,
                    "end_offset_sec": 6,
                    "embedding_scope": "clip",
                    "embedding_option": "visual-text",
                    "float": vector(20),
                },
                {
                    "start_offset_sec": 6,
                    "end_offset_sec": 12,
                    "embedding_scope": "clip",
                    "embedding_option": "visual-text",
                    "float": vector(21),
                },
                {
                    "start_offset_sec": 0,
                    "end_offset_sec": 12.04,
                    "embedding_scope": "video",
                    "embedding_option": "audio",
                    "float": vector(22),
                },
            ],
        },
    },
    "EmbedTaskList": {
        "data": [
            {
                "_id": EMBED_TASK_ID,
                "model_name": "Marengo-retrieval-2.7",
                "status": "ready",
                "created_at": "2024-03-01T00:00:00Z",
                "video_embedding": {"metadata": _EMBED_METADATA},
            },
            {
                "_id": EMBED_TASK_ID_2,
                "model_name": "marengo3.0",
                "status": "queued_v2",
                "created_at": "2024-03-01T00:05:12.004Z",
                "updated_at": "2024-03-01T00:05:12.004Z",
                "video_embedding": {
                    "metadata": {
                        "input_filename": "teaser.mp4",
                        "video_clip_length": 6,
                        "video_embedding_scope": ["asset"],
                    }
                },
            },
        ],
        "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
    },
    "EmbedTaskStatus": {
        "_id": EMBED_TASK_ID,
        "model_name": "Marengo-retrieval-2.7",
        "status": "processing",
        "video_embedding": {
            "metadata": {
                "input_url": "https://example.com/media/teaser.mp4",
                "video_clip_length": 6,
                "video_embedding_scope": ["clip"],
            }
        },
    },
    # ---------------------------------------------------------------- generate
    "Gist": {
        "id": GENERATION_ID,
        "title": "Forklift Safety Briefing for New Warehouse Staff",
        "topics": ["Forklift safety", "Pre-operation inspection"],
        "hashtags": ["forklift", "warehousesafety", "training"],
        "usage": {"output_tokens": 38},
    },
    "Summary": {
        "summarize_type": "summary",
        "id": GENERATION_ID,
        "summary": "A trainer walks new staff through checking and driving a forklift.",
        "usage": {"output_tokens": 112},
    },
    "Chapters": {
        "summarize_type": "chapter",
        "id": GENERATION_ID,
        "chapters": [
            {
                "chapter_number": 0,
                "start": 0,
                "end": 64.5,
                "chapter_title": "Walk-around inspection",
                "chapter_summary": "The trainer checks forks, chains and tyres.",
            },
            {
                "chapter_number": 1,
                "start": 64.5,
                "end": 180.25,
                "chapter_title": "Driving with a load",
                "chapter_summary": "How to carry a pallet low and slow.",
            },
        ],
        "usage": {"output_tokens": 201},
    },
    "Highlights": {
        # No summarize_type: older answers leave it out.
        "id": GENERATION_ID,
        "highlights": [
            {
                "start": 12.3,
                "end": 20,
                "highlight": "Checking the hydraulic chains",
                "highlight_summary": "The chains are inspected for wear.",
            }
        ],
        "usage": {"output_tokens": 57},
    },
    "GeneratedText": {
        "id": GENERATION_ID_2,
        "data": "The video shows a forklift safety briefing in a warehouse.",
        "usage": {"output_tokens": 14},
        "finish_reason": "stop",
    },
    # ---------------------------------------------------------------- stream events
    "StreamStartEvent": {
        "event_type": "stream_start",
        "metadata": {"generation_id": GENERATION_ID_2},
    },
    "StreamTextEvent": {"event_type": "text_generation", "text": "The video shows a fork"},
    "StreamEndEvent": {
        "event_type": "stream_end",
        "metadata": {"generation_id": GENERATION_ID_2, "usage": {"output_tokens": 14}},
        "finish_reason": "stop",
    },
    "StreamErrorEvent": {
        "event_type": "stream_error",
        "error": {"message": "The generation was interrupted."},
    },
}

VARIANTS: dict[str, list[dict[str, Any]]] = {
    "Error": [
        # GET /search/{page-token} documents this shape for an expired token.
        {"error_code": 400, "message": "The page token has expired."},
        {"code": "rate_limit_exceeded", "message": "Too many requests."},
    ],
    "Index": [_INDEX_FUTURE],
    "Task": [
        {
            "_id": TASK_ID_2,
            "index_id": INDEX_ID,
            "video_id": VIDEO_ID_2,
            "status": "indexing",
            "system_metadata": {
                "filename": "loading-dock.mov",
                "duration": 60,
                "width": 1280,
                "height": 720,
            },
            "hls": {"status": "PROCESSING_V2", "video_url": None},
            "created_at": "2025-02-17T10:03:00Z",
            "updated_at": "2025-02-17T10:05:00Z",
        },
        # The reference lists estimated_time; no observed response has it, but it is accepted.
        {
            "_id": TASK_ID_2,
            "index_id": INDEX_ID,
            "video_id": VIDEO_ID_2,
            "status": "indexing",
            "system_metadata": {"filename": "loading-dock.mov", "duration": 60},
            "estimated_time": "2025-02-17T10:12:00Z",
            "created_at": "2025-02-17T10:03:00Z",
            "updated_at": "2025-02-17T10:05:00Z",
        },
    ],
    "TaskList": [
        {
            "data": [],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 0, "total_results": 0},
        }
    ],
    "Video": [
        # No speech found: transcription is null; no hls, no embedding, no user metadata.
        {
            "_id": VIDEO_ID_2,
            "created_at": "2025-02-17T10:03:00.512Z",
            "updated_at": "2025-02-17T10:03:00.512Z",
            "indexed_at": "2025-02-17T10:11:45.001Z",
            "system_metadata": {
                "filename": "loading-dock.mov",
                "duration": 60,
                "fps": 25,
                "width": 1280,
                "height": 720,
                "size": 10485760,
            },
            "transcription": None,
        },
        # Later releases add the asset id.
        {
            "_id": VIDEO_ID,
            "asset_id": "68a1b2c3d4e5f60718293a4a",
            "created_at": "2025-02-17T09:44:51Z",
            "updated_at": "2025-02-17T09:44:51Z",
            "indexed_at": "2025-02-17T09:52:03Z",
            "system_metadata": _SYSTEM_METADATA,
        },
    ],
    "EmbedTask": [
        # Still processing (no segments yet); later releases add updated_at.
        {
            "_id": EMBED_TASK_ID_2,
            "model_name": "Marengo-retrieval-2.7",
            "status": "processing",
            "created_at": "2024-03-01T00:05:12.004Z",
            "updated_at": "2024-03-01T00:06:40Z",
            "video_embedding": {"metadata": _EMBED_METADATA},
        }
    ],
    "SearchPage": [
        # group_by=video, first page.
        {
            "search_pool": _SEARCH_POOL,
            "data": [
                {"id": VIDEO_ID, "clips": [_SEARCH_CLIP]},
                {
                    "id": VIDEO_ID_2,
                    "clips": [
                        {
                            "score": 61.5,
                            "start": 30,
                            "end": 36.75,
                            "video_id": VIDEO_ID_2,
                            "confidence": "low",
                        }
                    ],
                },
            ],
            "page_info": {
                "limit_per_page": 10,
                "total_results": 2,
                "total_inner_matches": 2,
                "page_expires_at": "2025-02-18T12:30:00.250Z",
                "next_page_token": NEXT_PAGE_TOKEN,
            },
        },
        # Last page from GET /search/{page-token}: next_page_token absent, prev present;
        # a newer-model item with rank, user metadata and an unusual confidence spelling.
        {
            "search_pool": _SEARCH_POOL,
            "data": [
                {
                    "rank": 11,
                    "start": 240,
                    "end": 246.5,
                    "video_id": VIDEO_ID,
                    "confidence": "extremely low",
                    "user_metadata": {"category": "onboarding", "needsReview": True},
                }
            ],
            "page_info": {
                "limit_per_page": 10,
                "total_results": 11,
                "page_expires_at": "2025-02-18T12:30:00Z",
                "prev_page_token": PREV_PAGE_TOKEN,
            },
        },
    ],
    "EmbeddingResponse": [
        # The audio modality failed; text only otherwise.
        {
            "model_name": "Marengo-retrieval-2.7",
            "text_embedding": {"segments": [{"float": vector(30)}]},
            "audio_embedding": {"error_message": "The audio file could not be downloaded."},
        },
        # Later releases close each audio segment with end_offset_sec.
        {
            "model_name": "Marengo-retrieval-2.7",
            "audio_embedding": {
                "segments": [
                    {"start_offset_sec": 0, "end_offset_sec": 10, "float": vector(31)},
                    {"start_offset_sec": 10, "end_offset_sec": 14.6, "float": vector(32)},
                ],
                "metadata": {"input_url": "https://example.com/media/siren.wav"},
            },
        },
    ],
    "EmbedTaskStatus": [
        {
            "_id": EMBED_TASK_ID_2,
            "model_name": "Marengo-retrieval-2.7",
            "status": "failed",
            "video_embedding": {
                "metadata": {
                    "input_filename": "teaser.mp4",
                    "video_clip_length": 10,
                    "video_embedding_scope": ["clip", "video"],
                    "duration": 8,
                }
            },
        }
    ],
    "Gist": [{"id": GENERATION_ID, "hashtags": ["forklift"]}],
    "Chapters": [
        # Later shape: whole-second start/end beside precise start_sec/end_sec.
        {
            "summarize_type": "chapter",
            "id": GENERATION_ID,
            "chapters": [
                {
                    "chapter_number": 0,
                    "start": 0,
                    "end": 64,
                    "start_sec": 0.0,
                    "end_sec": 64.5,
                    "chapter_title": "Walk-around inspection",
                    "chapter_summary": "The trainer checks forks, chains and tyres.",
                }
            ],
            "usage": {"output_tokens": 88, "input_tokens": 1204},
        }
    ],
    "Highlights": [
        {
            "summarize_type": "highlight",
            "id": GENERATION_ID,
            "highlights": [
                {
                    "start": 12,
                    "end": 20,
                    "start_sec": 12.3,
                    "end_sec": 20.0,
                    "highlight": "Checking the hydraulic chains",
                    "highlight_summary": "The chains are inspected for wear.",
                }
            ],
        }
    ],
    "GeneratedText": [
        # Cut off by the token limit; later releases also count input tokens.
        {
            "id": GENERATION_ID,
            "data": "The trainer first walks around the forklift and",
            "usage": {"output_tokens": 512, "input_tokens": 2318},
            "finish_reason": "length",
        },
        # An unknown finish reason and an unknown extra field are kept.
        {
            "id": GENERATION_ID_2,
            "data": "",
            "finish_reason": "content_filter",
            "model": "pegasus1.5",
        },
    ],
    "StreamEndEvent": [
        {"event_type": "stream_end", "metadata": {"generation_id": GENERATION_ID_2}},
        {
            "event_type": "stream_end",
            "metadata": {
                "generation_id": GENERATION_ID_2,
                "usage": {"output_tokens": 512, "input_tokens": 2318},
            },
            "finish_reason": "length",
        },
    ],
    "StreamErrorEvent": [
        {
            "event_type": "stream_error",
            "error": {"code": "token_limit_exceeded", "message": "Too long."},
        }
    ],
}

# ==================================================================== the 2026 API
# Shapes of wire-facts-2026: envelope errors, analysis (sync and tasks), Embed API v2 (512-float
# vectors for Marengo 3.0), nulls where the API sends them (custom_id, video_source fields,
# request_params echoes, embedding option/scope of text vectors, a processing task's data).

_USAGE_2026 = {"output_tokens": 41, "input_tokens": 10523}

_ANALYZE_TASK_READY = {
    "task_id": ANALYZE_TASK_ID,
    "custom_id": "batch-7_clip-12",
    "video_source": {
        "type": "asset_id",
        "asset_id": ASSET_ID,
        "url": None,
        "video_id": None,
        "index_id": None,
        "system_metadata": {"duration": 612.4},
    },
    "request_params": {
        "analysis_mode": "time_based_metadata",
        "prompt": None,
        "response_format": {
            "type": "segment_definitions",
            "segment_definitions": [{"id": "goal", "description": "A goal is scored"}],
        },
        "temperature": 0.2,
        "max_tokens": 32768,
        "min_segment_duration": 4,
        "max_segment_duration": None,
        "start_time": None,
        "end_time": None,
    },
    "status": "ready",
    "created_at": "2026-07-29T10:02:11Z",
    "completed_at": "2026-07-29T10:06:48Z",
    "result": {
        "generation_id": GENERATION_ID_3,
        "data": '{"goal":[{"start_time":131.5,"end_time":142.0,"metadata":{"team":"home"}}]}',
        "finish_reason": "stop",
        "usage": {"output_tokens": 212, "input_tokens": 40311},
    },
    "webhooks": [
        {"url": "https://hooks.example.com/tl", "delivered": True, "attempts": 1},
        {
            "url": "https://hooks.example.com/backup",
            "delivered": False,
            "attempts": 3,
            "last_error": "connection refused",
        },
    ],
}

_ANALYZE_TASK_LISTED = {
    # List view: prompt cut to 30 characters, no json_schema, no result yet.
    "task_id": ANALYZE_TASK_ID_2,
    "custom_id": None,
    "status": "processing",
    "created_at": "2026-07-30T08:01:00Z",
    "video_source": {
        "type": "url",
        "url": "https://cdn.example.com/v/keynote.mp4",
        "asset_id": None,
        "video_id": None,
        "index_id": None,
        "system_metadata": None,
    },
    "request_params": {
        "analysis_mode": "general",
        "prompt": "Summarize the keynote in five ",
        "temperature": 0.2,
        "max_tokens": 4096,
    },
}

_ANALYZE_TASK_FAILED = {
    # Only the always-present fields and the error: every optional field absent.
    "task_id": ANALYZE_TASK_ID_2,
    "custom_id": "nightly-42",
    "status": "failed",
    "created_at": "2026-07-30T07:40:12Z",
    "completed_at": "2026-07-30T07:41:02.250Z",
    "error": {"message": "Video duration exceeds maximum allowed duration"},
}

_EMBED_V2_METADATA = {
    "input_type": "video",
    "input_url": "https://cdn.example.com/clips/goal.mp4",
    "embedding_options": ["visual", "audio"],
    "embedding_scopes": ["clip"],
    "duration": 8.5,
    "start_offset_sec": 0,
    "end_offset_sec": 8.5,
}

EXAMPLES.update(
    {
        # ------------------------------------------------------------ errors
        "ErrorEnvelope": {
            "error": {
                "code": "task_in_progress",
                "message": "The task is still being processed and cannot be deleted.",
                "details": {"status": "processing"},
            }
        },
        # ------------------------------------------------------------ analyze
        "AnalyzeResponse": {
            "id": "a3f1c2e4-7b9d-4c11-9e52-1f0c8d2b6a70",
            "data": '{"title":"Morning trail run","keywords":["running","forest","sunrise"]}',
            "finish_reason": "stop",
            "usage": _USAGE_2026,
        },
        "AnalyzeStreamEndEvent": {
            "event_type": "stream_end",
            "finish_reason": "stop",
            "metadata": {"generation_id": GENERATION_ID_3, "usage": _USAGE_2026},
        },
        "CreatedAnalyzeTask": {"task_id": ANALYZE_TASK_ID, "status": "queued"},
        "CanceledAnalyzeTask": {"task_id": ANALYZE_TASK_ID_2, "status": "canceled"},
        "AnalyzeTask": _ANALYZE_TASK_READY,
        "AnalyzeTaskList": {
            "data": [_ANALYZE_TASK_LISTED, _ANALYZE_TASK_FAILED],
            "page_info": {"limit_per_page": 2, "page": 1, "total_page": 9, "total_results": 17},
        },
        # ------------------------------------------------------------ embed v2
        "EmbedV2Response": {
            "data": [
                {
                    "embedding": vector(40, 512),
                    "embedding_option": "visual",
                    "embedding_scope": "clip",
                    "start_sec": 0.0,
                    "end_sec": 4.2,
                },
                {
                    "embedding": vector(41, 512),
                    "embedding_option": "audio",
                    "embedding_scope": "clip",
                    "start_sec": 0,
                    "end_sec": 4.2,
                },
            ],
            "metadata": _EMBED_V2_METADATA,
        },
        "CreatedEmbedV2Task": {"_id": EMBED_V2_TASK_ID, "status": "processing", "data": None},
        "EmbedV2Task": {
            "_id": EMBED_V2_TASK_ID,
            "status": "ready",
            "created_at": "2026-07-29T10:40:00Z",
            "updated_at": "2026-07-29T10:47:31Z",
            "data": [
                {
                    "embedding": vector(42, 512),
                    "embedding_option": "visual",
                    "embedding_scope": "clip",
                    "start_sec": 0.0,
                    "end_sec": 5.1,
                },
                {
                    "embedding": vector(43, 512),
                    "embedding_option": "visual",
                    "embedding_scope": "asset",
                    "start_sec": 0.0,
                    "end_sec": 1834.0,
                },
            ],
            "metadata": {
                "input_type": "video",
                "input_url": "https://cdn.example.com/v/match.mp4",
                "embedding_scopes": ["clip", "asset"],
                "embedding_options": ["visual"],
                "duration": 1834.0,
            },
        },
        "EmbedV2TaskList": {
            "data": [
                {
                    "_id": EMBED_V2_TASK_ID,
                    "model_name": "marengo3.0",
                    "status": "processing",
                    "created_at": "2026-07-29T10:50:00Z",
                    "updated_at": "2026-07-29T10:50:00Z",
                    "video_embedding": {
                        "metadata": {
                            "input_url": "https://cdn.example.com/v/long.mp4",
                            "video_clip_length": 6,
                            "video_embedding_scope": ["clip"],
                            "duration": 7200,
                        }
                    },
                },
                {
                    "_id": EMBED_V2_TASK_ID_2,
                    "model_name": "marengo3.0",
                    "status": "ready",
                    "created_at": "2026-07-29T09:00:00Z",
                    "audio_embedding": {
                        "metadata": {
                            "input_filename": "interview.mp3",
                            "audio_embedding_options": ["audio", "transcription"],
                            "audio_embedding_scopes": ["clip", "asset"],
                            "duration": 301.5,
                            "start_offset_sec": 0,
                            "end_offset_sec": 301.5,
                        }
                    },
                },
            ],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
        },
    }
)

VARIANTS.update(
    {
        "ErrorEnvelope": [
            # details is optional.
            {"error": {"code": "parameter_invalid", "message": "The video parameter is invalid."}}
        ],
        "AnalyzeResponse": [
            # Cut at the token limit: the warning comes as `error`.
            {
                "id": "b4e2d3f5-8c0e-4d22-af63-2a1d9e3c7b81",
                "data": '{"title":"Morning trail',
                "finish_reason": "length",
                "usage": {"output_tokens": 512},
                "error": {"message": "The output was truncated at max_tokens."},
            },
            # Only the id; an unknown finish reason stays a string.
            {"id": "c5f3e4a6-9d1f-4e33-b074-3b2eaf4d8c92", "finish_reason": "content_filter"},
        ],
        "AnalyzeStreamEndEvent": [
            {
                "event_type": "stream_end",
                "finish_reason": "length",
                "metadata": {
                    "generation_id": GENERATION_ID_3,
                    "usage": {"output_tokens": 4096, "input_tokens": 9876},
                },
                "error": {"message": "Output truncated."},
            },
            {"event_type": "stream_end"},
        ],
        "CreatedAnalyzeTask": [{"task_id": ANALYZE_TASK_ID, "status": "pending"}],
        "AnalyzeTask": [
            _ANALYZE_TASK_FAILED,
            # Newest API: canceled (an unknown error code kept), a batch task, an image task.
            {
                "task_id": ANALYZE_TASK_ID_2,
                "custom_id": None,
                "batch_id": "6a21000000000000000000aa",
                "status": "canceled",
                "created_at": "2026-10-02T08:00:00Z",
                "completed_at": "2026-10-02T08:00:30Z",
                "error": {"message": "Canceled by the user.", "code": "user_canceled_v2"},
                "video_source": None,
                "request_params": None,
            },
            # A status the client does not know yet stays a plain string.
            {
                "task_id": ANALYZE_TASK_ID,
                "custom_id": None,
                "status": "paused_v2",
                "created_at": "2026-10-02T08:00:00Z",
                "request_params": {
                    "analysis_mode": "time_based_metadata",
                    "max_tokens": "unlimited",
                    "prompt_v2": {"input_text": "Find each <@logo> appearan"},
                },
            },
        ],
        "AnalyzeTaskList": [
            {
                "data": [],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 0, "total_results": 0},
            }
        ],
        "EmbedV2Response": [
            # A text vector: option, scope and times are null, no metadata.
            {
                "data": [
                    {
                        "embedding": vector(44, 512),
                        "embedding_option": None,
                        "embedding_scope": None,
                        "start_sec": None,
                        "end_sec": None,
                    }
                ]
            },
            # Only the vector; an unknown option and scope stay strings (newest-API fields kept).
            {
                "data": [
                    {"embedding": vector(45, 8), "embedding_option": "smell"},
                    {
                        "embedding": vector(46, 8),
                        "embedding_scope": "page",
                        "start_page_number": 1,
                        "end_page_number": 1,
                        "quadrant": "top_left",
                    },
                ],
                "usage": {"input_tokens": {"document": 812}, "truncated": False},
            },
        ],
        "EmbedV2Task": [
            # Still processing: data null, nothing else.
            {"_id": EMBED_V2_TASK_ID_2, "status": "processing", "data": None},
            {
                "_id": EMBED_V2_TASK_ID_2,
                "status": "failed",
                "data": None,
                "created_at": "2026-07-29T10:41:00Z",
                "updated_at": "2026-07-29T10:41:40Z",
                "error": {"message": "We could not process your media for embedding."},
            },
            {"_id": EMBED_V2_TASK_ID_2, "status": "archived_v2", "data": None},
        ],
    }
)

# ---------------------------------------------------------------- assets, uploads, indexed assets

_ASSET_READY = {
    "_id": ASSET_ID,
    "method": "url",
    "status": "ready",
    "filename": "trail-run.mp4",
    "file_type": "video/mp4",
    "created_at": "2026-07-29T09:58:40Z",
    "user_metadata": {"camera": "gopro", "take": 3, "tags": ["outdoor", "dawn"]},
    "size": 184320512,
    "duration": 612.4,
    "hls": {
        "status": "ready",
        "manifest_url": "https://stream.example.com/a/6a1f0b77/master.m3u8",
    },
    "thumbnail": {"status": "processing"},
    "technical_metadata": {
        "file_size_bytes": 184320512,
        "file_mime_type": "video/mp4",
        "file_container_format": "mov,mp4,m4a,3gp,3g2,mj2",
        "video_streams": [
            {
                "index": 0,
                "codec": "h264",
                "width": 1920,
                "height": 1080,
                "fps": 29.97,
                "duration_seconds": 612.4,
                "bitrate_bps": 2400000,
                "pixel_format": "yuv420p",
            }
        ],
        "audio_streams": [
            {"index": 1, "codec": "aac", "sample_rate": 48000, "channels": 2, "language": "eng"}
        ],
        "video_codec": "h264",
        "video_width": 1920,
        "video_height": 1080,
        "video_fps": 29.97,
        "has_audio": True,
        "total_video_streams": 1,
        "total_audio_streams": 1,
    },
}

_PRESIGNED = [
    {
        "chunk_index": 1,
        "url": "https://uploads.example-bucket.s3.amazonaws.com/a?partNumber=1&X-Amz-Signature=f1",
        "expires_at": "2026-07-29T11:00:00Z",
    },
    {
        "chunk_index": 2,
        "url": "https://uploads.example-bucket.s3.amazonaws.com/a?partNumber=2&X-Amz-Signature=f2",
        "expires_at": "2026-07-29T11:00:00Z",
    },
]

_INDEXED_ASSET_SYSTEM_METADATA = {
    "filename": "trail-run.mp4",
    "duration": 612.4,
    "fps": 29.97,
    "width": 1920,
    "height": 1080,
    "size": 184320512,
}

EXAMPLES.update(
    {
        "Asset": _ASSET_READY,
        "AssetList": {
            "data": [
                _ASSET_READY,
                {
                    "_id": ASSET_ID_2,
                    "method": "multipart",
                    "status": "processing",
                    "filename": "match.mov",
                    "file_type": "video/quicktime",
                    "created_at": "2026-07-29T10:00:00.120Z",
                },
            ],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
        },
        "AssetTranscription": {
            "status": "ready",
            "words": [
                {"start": 3.1, "end": 3.4, "value": "Let's"},
                {"start": 3.4, "end": 3.6, "value": "go"},
            ],
            "sentences": [{"start": 3.1, "end": 5.8, "value": "Let's go up the ridge."}],
            "utterances": [
                {"start": 3.1, "end": 5.8, "value": "Let's go up the ridge.", "speaker": "A"}
            ],
        },
        "AssetIndexReferenceList": {
            "data": [
                {
                    "_id": INDEXED_ASSET_ID,
                    "index": {"_id": "6a0e9f11a2b3c40012d5e6f7", "name": "sports-2026"},
                }
            ],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
        },
        "MultipartUpload": {
            "upload_id": UPLOAD_ID,
            "asset_id": ASSET_ID_2,
            "upload_urls": _PRESIGNED,
            "upload_headers": {},
            "chunk_size": 52428800,
            "total_chunks": 37,
            "expires_at": "2026-07-30T10:00:00Z",
        },
        "ReportChunksResponse": {
            "asset_id": ASSET_ID_2,
            "processed_chunks": 10,
            "duplicate_chunks": 0,
            "total_completed": 30,
        },
        "PresignedUrls": {
            "upload_id": UPLOAD_ID,
            "start_index": 1,
            "count": 2,
            "upload_urls": _PRESIGNED,
            "generated_at": "2026-07-29T10:00:00Z",
            "expires_at": "2026-07-29T11:00:00Z",
        },
        "MultipartUploadStatus": {
            "upload_id": UPLOAD_ID,
            "status": "active",
            "uploaded_chunks": [
                {
                    "index": 1,
                    "status": "completed",
                    "uploaded_at": "2026-07-29T10:01:10Z",
                    "updated_at": "2026-07-29T10:01:10Z",
                },
                {
                    "index": 3,
                    "status": "failed",
                    "uploaded_at": None,
                    "updated_at": "2026-07-29T10:01:15Z",
                    "error": "ETag mismatch",
                },
            ],
            "chunks_completed": 1,
            "chunks_failed": 1,
            "chunks_pending": 35,
            "page_info": {"limit_per_page": 2, "page": 1, "total_page": 19, "total_results": 37},
            "total_size": 1887436800,
            "uploaded_size": 52428800,
            "created_at": "2026-07-29T10:00:00Z",
            "updated_at": "2026-07-29T10:01:15Z",
        },
        "IncompleteMultipartUploadList": {
            "data": [
                {
                    "upload_id": UPLOAD_ID,
                    "status": "active",
                    "total_size": 1887436800,
                    "chunk_size": 52428800,
                    "total_chunks": 37,
                    "created_at": "2026-07-29T10:00:00Z",
                    "expires_at": "2026-07-30T10:00:00Z",
                }
            ],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
        },
        "CreatedIndexedAsset": {"_id": INDEXED_ASSET_ID, "asset_id": ASSET_ID},
        "IndexedAsset": {
            "_id": INDEXED_ASSET_ID,
            "asset_id": ASSET_ID,
            "created_at": "2026-07-29T10:10:00Z",
            "updated_at": "2026-07-29T10:14:37Z",
            "indexed_at": "2026-07-29T10:14:37Z",
            "status": "ready",
            "system_metadata": _INDEXED_ASSET_SYSTEM_METADATA,
            "user_metadata": {"camera": "gopro"},
            "hls": {
                "video_url": "https://stream.example.com/i/6a1f31c4/stream.m3u8",
                "thumbnail_urls": ["https://stream.example.com/i/6a1f31c4/0001.jpg"],
                "status": "COMPLETE",
                "updated_at": "2026-07-29T10:14:37Z",
            },
            "embedding": {
                "model_name": "marengo3.0",
                "video_embedding": {
                    "segments": [
                        {
                            "start_offset_sec": 0,
                            "end_offset_sec": 6.2,
                            "embedding_option": "visual",
                            "embedding_scope": "clip",
                            "float": vector(50, 512),
                        }
                    ]
                },
            },
            "transcription": [{"start": 3.1, "end": 5.8, "value": "Let's go up the ridge."}],
        },
        "IndexedAssetList": {
            "data": [
                {
                    "_id": INDEXED_ASSET_ID,
                    "asset_id": ASSET_ID,
                    "status": "ready",
                    "created_at": "2026-07-29T10:10:00Z",
                    "updated_at": "2026-07-29T10:14:37Z",
                    "indexed_at": "2026-07-29T10:14:37Z",
                    "system_metadata": _INDEXED_ASSET_SYSTEM_METADATA,
                },
                {
                    # Still indexing: no system metadata and no indexed_at yet.
                    "_id": "6a1f33aa0b1c2d0012e3f4a5",
                    "asset_id": ASSET_ID_2,
                    "status": "indexing",
                    "created_at": "2026-07-29T10:30:00Z",
                    "updated_at": "2026-07-29T10:31:02Z",
                },
            ],
            "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 2},
        },
    }
)

VARIANTS.update(
    {
        "Asset": [
            # Just created: the first fields only.
            {
                "_id": ASSET_ID_2,
                "method": "direct",
                "status": "processing",
                "filename": "interview.mov",
                "file_type": "video/quicktime",
                "created_at": "2026-07-29T09:58:40Z",
            },
            # Failed, with the reason; an unknown method stays a string.
            {
                "_id": "6a1f0c88c1d2e30012ab9f07",
                "method": "dropbox_v2",
                "status": "failed",
                "filename": "broken.mp4",
                "created_at": "2026-07-29T10:20:00Z",
                "error": {"message": "The file could not be decoded."},
            },
            # Only the required fields, an unknown status.
            {"_id": ASSET_ID, "status": "quarantined_v2"},
        ],
        "AssetTranscription": [
            {"status": "processing"},
            {"status": "failed", "error": {"message": "No speech found."}},
            {"status": "archived_v2"},
        ],
        "MultipartUpload": [{"upload_id": UPLOAD_ID}],
        "ReportChunksResponse": [
            # The report that completes the upload carries the url.
            {
                "url": "https://cdn.example.com/assets/6a1f2d90e3b4c50012f0a1b3/source.mp4",
                "asset_id": ASSET_ID_2,
                "processed_chunks": 7,
                "duplicate_chunks": 2,
                "total_completed": 37,
            },
            {},
        ],
        "MultipartUploadStatus": [
            {"upload_id": UPLOAD_ID, "status": "expired", "uploaded_chunks": []},
            {
                "upload_id": UPLOAD_ID,
                "status": "paused_v2",
                "uploaded_chunks": [{"index": 2, "status": "verifying_v2"}],
            },
        ],
        "IndexedAsset": [
            # Just created, only the required fields; an unknown status stays a string.
            {"_id": INDEXED_ASSET_ID, "status": "validating"},
            {"_id": INDEXED_ASSET_ID, "status": "reindexing_v2", "transcription": None},
        ],
        "CreatedIndexedAsset": [{"_id": INDEXED_ASSET_ID}],
    }
)

# Unknown enum values in the 2026 list and creation bodies: kept as plain strings.
VARIANTS.update(
    {
        "AnalyzeStreamEndEvent": [
            *VARIANTS["AnalyzeStreamEndEvent"],
            {"event_type": "stream_end", "finish_reason": "content_filter"},
        ],
        "CanceledAnalyzeTask": [{"task_id": ANALYZE_TASK_ID, "status": "canceling_v2"}],
        "AnalyzeTaskList": [
            *VARIANTS["AnalyzeTaskList"],
            {
                "data": [
                    {
                        "task_id": ANALYZE_TASK_ID,
                        "custom_id": None,
                        "status": "paused_v2",
                        "created_at": "2026-10-02T08:00:00Z",
                    }
                ],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
            },
        ],
        "CreatedEmbedV2Task": [{"_id": EMBED_V2_TASK_ID, "status": "queued_v2"}],
        "EmbedV2TaskList": [
            {
                "data": [{"_id": EMBED_V2_TASK_ID, "status": "archived_v2"}],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
            }
        ],
        "AssetList": [
            {
                "data": [{"_id": ASSET_ID, "status": "quarantined_v2", "method": "dropbox_v2"}],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
            }
        ],
        "IncompleteMultipartUploadList": [
            {
                "data": [
                    {
                        "upload_id": UPLOAD_ID,
                        "status": "paused_v2",
                        "total_size": 10,
                        "chunk_size": 5242880,
                        "total_chunks": 1,
                    }
                ],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
            }
        ],
        "IndexedAssetList": [
            {
                "data": [{"_id": INDEXED_ASSET_ID, "status": "reindexing_v2"}],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 1, "total_results": 1},
            }
        ],
        "AssetIndexReferenceList": [{"data": [{"_id": INDEXED_ASSET_ID}]}],
        "PresignedUrls": [{"upload_urls": [{"chunk_index": 3}]}],
    }
)
