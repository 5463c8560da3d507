"""``kamdesk bench``: the speed and memory benchmark of issue 9."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.cli.common import output_path
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "bench",
        help="build a data set in a temp dir and measure every path against its target and floor",
    )
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("-o", "--output", metavar="FILE.json", help="also write the results as JSON")
    p.add_argument(
        "--keep",
        metavar="DIR",
        help="build in DIR and keep the data set (default: a temp dir); a data set already in DIR is reused",
    )
    p.add_argument(
        "--check", action="store_true", help="exit 1 when any measure misses its target (or cannot be taken)"
    )
    p.add_argument(
        "--fuzz",
        type=int,
        metavar="N",
        help="instead: N hostile inputs over the bundle, CSV/XLSX, .kamsub and form paths; "
        "counts tracebacks, hangs (> 10 s) and partial writes (exit 1 if any)",
    )
    p.add_argument("--seed", type=int, default=1, help="the fuzz run's random seed")
    p.add_argument(
        "--sync",
        action="store_true",
        help="instead: the team-sync figure (40 reps, one day's changes each, a throwaway PostgreSQL server)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.fuzz is not None:
        return run_fuzz(args)
    if args.sync:
        from kamdesk.bench.sync_bench import run_sync_bench

        figures = run_sync_bench(
            args.size,
            output_path(args.output, ".json") if args.output else None,
            keep=Path(args.keep) if args.keep else None,
        )
        return 0 if figures["met"] else 1
    from kamdesk.bench.run import run_bench

    out = output_path(args.output, ".json") if args.output else None
    bench = run_bench(args.size, out, keep=Path(args.keep) if args.keep else None)
    if args.check:
        missed = bench.missed()
        if missed:
            print("missed: " + "; ".join(missed))
            return 1
        return 0
    return 0 if all(m.value is not None for m in bench.measures) else 1


def run_fuzz(args: argparse.Namespace) -> int:
    import json
    import sys
    import time
    from dataclasses import asdict

    from kamdesk.bench import fuzz

    if args.fuzz < 1:
        raise UserError("--fuzz needs a number of inputs of at least 1")
    out = output_path(args.output, ".json") if args.output else None
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done % 50 == 0 or done == total):
            print(f"\rfuzz {done:>6}/{total}", end="", file=sys.stderr, flush=True)

    figures = fuzz.run_fuzz(args.fuzz, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(fuzz.report(figures))
    print(f"{args.fuzz} inputs in {time.perf_counter() - started:.0f} s (seed {args.seed})")
    if out is not None:
        out.write_text(json.dumps({k: asdict(v) for k, v in figures.items()}, indent=1), encoding="utf-8")
    bad = sum(f.tracebacks + f.hangs + f.partial_writes for f in figures.values())
    return 1 if bad else 0
