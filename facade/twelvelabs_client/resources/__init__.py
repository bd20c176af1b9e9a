"""The resource namespaces of the clients (``client.indexes``, ``client.search``...).

Each namespace's methods are written once (``TasksMethods``) and shared by the sync class
(``Tasks``) and its async twin (``AsyncTasks``); :mod:`._base` says how to write one.
"""

from .analyze import Analyze, AnalyzeTasks, AsyncAnalyze, AsyncAnalyzeTasks
from .assets import Assets, AsyncAssets, AsyncMultipartUploads, MultipartUploads
from .embed import (
    AsyncEmbed,
    AsyncEmbedTasks,
    AsyncEmbedV2,
    AsyncEmbedV2Tasks,
    Embed,
    EmbedTasks,
    EmbedV2,
    EmbedV2Tasks,
)
from .generate import AsyncGenerate, Generate
from .imports import AsyncImports, Imports
from .indexed_assets import AsyncIndexedAssets, IndexedAssets
from .indexes import AsyncIndexes, Indexes
from .search import AsyncSearch, Search
from .tasks import AsyncTasks, Tasks
from .videos import AsyncVideos, Videos

__all__ = [
    "Analyze",
    "AnalyzeTasks",
    "Assets",
    "AsyncAnalyze",
    "AsyncAnalyzeTasks",
    "AsyncAssets",
    "AsyncEmbed",
    "AsyncEmbedTasks",
    "AsyncEmbedV2",
    "AsyncEmbedV2Tasks",
    "AsyncGenerate",
    "AsyncImports",
    "AsyncIndexedAssets",
    "AsyncIndexes",
    "AsyncMultipartUploads",
    "AsyncSearch",
    "AsyncTasks",
    "AsyncVideos",
    "Embed",
    "EmbedTasks",
    "EmbedV2",
    "EmbedV2Tasks",
    "Generate",
    "Imports",
    "IndexedAssets",
    "Indexes",
    "MultipartUploads",
    "Search",
    "Tasks",
    "Videos",
]
