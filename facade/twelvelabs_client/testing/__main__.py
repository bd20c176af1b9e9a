"""Command line: ``python -m twelvelabs_client.testing serve [--port N] [--api-key KEY]
[--speed X] [--no-retired-routes] ...`` (``--help`` lists every option)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence

from ._fake import FakeTwelveLabs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m twelvelabs_client.testing",
        description="An offline fake of the TwelveLabs API v1.3.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="serve the fake API on 127.0.0.1",
        description="Serve the fake API over HTTP on 127.0.0.1, with its routes under /v1.3, "
        "until interrupted (Ctrl-C). State lives in memory and is lost on exit.",
        epilog="example: python -m twelvelabs_client.testing serve --port 8765 --speed 10",
    )
    serve.add_argument(
        "--port",
        type=int,
        default=8765,
        metavar="N",
        help="port to listen on (0 picks a free one; default 8765)",
    )
    serve.add_argument(
        "--api-key",
        metavar="KEY",
        help="the key clients must send in x-api-key (default: $TWELVELABS_API_KEY, "
        "else a generated key, printed at start)",
    )
    serve.add_argument(
        "--speed",
        type=float,
        default=1.0,
        metavar="X",
        help="how many times faster than real time the fake's clock runs (default 1)",
    )
    serve.add_argument(
        "--stage-seconds",
        type=float,
        default=2.0,
        metavar="S",
        help="seconds an indexing task spends in each status, on the fake's clock (default 2)",
    )
    serve.add_argument(
        "--search-token-ttl",
        type=float,
        default=3600.0,
        metavar="S",
        help="seconds a search page token lives, on the fake's clock (default 3600, as the API)",
    )
    serve.add_argument(
        "--chunk-size",
        type=int,
        default=5 * 1024**2,
        metavar="BYTES",
        help="chunk size given to multipart upload sessions (default 5 MiB)",
    )
    serve.add_argument(
        "--no-retired-routes",
        dest="retired_routes",
        action="store_false",
        help="answer the routes the live API removed (generate, gist, summarize, imports) "
        "with 404, as the live API does (default: serve them, like the 2025 API)",
    )
    serve.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    api_key = args.api_key or os.environ.get("TWELVELABS_API_KEY") or ""
    generated = not api_key
    if generated:
        api_key = "tlk_fake_" + secrets.token_hex(12)
    for name in ("speed", "search_token_ttl", "chunk_size"):
        if getattr(args, name) <= 0:
            print(f"--{name.replace('_', '-')} must be positive", file=sys.stderr)
            return 2
    fake = FakeTwelveLabs(
        api_key,
        realtime=True,
        speed=args.speed,
        stage_seconds=args.stage_seconds,
        search_token_ttl=args.search_token_ttl,
        multipart_chunk_size=args.chunk_size,
        retired_routes=args.retired_routes,
    )
    server = fake.server(args.port, verbose=args.verbose)
    print(f"Fake TwelveLabs API listening on {server.base_url}", flush=True)
    if generated:
        print(f"API key (generated): {api_key}", flush=True)
    print(
        f"Try: export TWELVELABS_BASE_URL={server.base_url} TWELVELABS_API_KEY=<the key>",
        flush=True,
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
