"""``kamdesk bench``: the speed and memory benchmark of issue 9."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.cli.common import output_path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "bench",
        help="build a data set in a temp dir and measure every path against its target and floor",
    )
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("-o", "--output", metavar="FILE.json", help="also write the results as JSON")
    p.add_argument("--keep", metavar="DIR", help="build in DIR and keep the data set (default: a temp dir)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kamdesk.bench.run import run_bench

    out = output_path(args.output, ".json") if args.output else None
    bench = run_bench(args.size, out, keep=Path(args.keep) if args.keep else None)
    return 0 if all(m.value is not None for m in bench.measures) else 1
