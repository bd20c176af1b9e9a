"""The resource namespaces of the clients (``client.indexes``, ``client.search``...).

Each namespace's methods are written once (``TasksMethods``) and shared by the sync class
(``Tasks``) and its async twin (``AsyncTasks``); :mod:`._base` says how to write one.
"""

from .assets import Assets, AsyncAssets, AsyncMultipartUploads, MultipartUploads
from .embed import AsyncEmbed, AsyncEmbedTasks, Embed, EmbedTasks
from .generate import AsyncGenerate, Generate
from .imports import AsyncImports, Imports
from .indexed_assets import AsyncIndexedAssets, IndexedAssets
from .indexes import AsyncIndexes, Indexes
from .search import AsyncSearch, Search
from .tasks import AsyncTasks, Tasks
from .videos import AsyncVideos, Videos

__all__ = [
    "Assets",
    "AsyncAssets",
    "AsyncEmbed",
    "AsyncEmbedTasks",
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
    "Generate",
    "Imports",
    "IndexedAssets",
    "Indexes",
    "MultipartUploads",
    "Search",
    "Tasks",
    "Videos",
]
