"""The resource namespaces of the client (``client.indexes``, ``client.search``...)."""

from .embed import Embed, EmbedTasks
from .generate import Generate
from .imports import Imports
from .indexes import Indexes
from .search import Search
from .tasks import Tasks
from .videos import Videos

__all__ = ["Embed", "EmbedTasks", "Generate", "Imports", "Indexes", "Search", "Tasks", "Videos"]
