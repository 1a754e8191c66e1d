"""The benchmark data beside the project (../shared/data, read in place, never copied), how to
read Multi-News, and the dev / held-out options the quality benchmarks share."""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MULTINEWS = SHARED_DATA / "multinews" / "multinews_test.jsonl.gz"


def require(path: Path) -> None:
    """Exit with a clear message when a benchmark's data is missing (a user's clone has none)."""
    if not path.exists():
        sys.exit(f"benchmark data not found: {path} (it lives in ../shared beside the project)")


def multinews() -> Iterator[tuple[str, str]]:
    """(document id, text) of every Multi-News document, in file order; texts may be empty."""
    with gzip.open(MULTINEWS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for n, text in enumerate(record.get("documents") or []):
                yield f"mn{record.get('cluster')}-{n}", text


def add_split_options(parser: argparse.ArgumentParser, unit: str, errors: str) -> None:
    """--split, --limit and --errors, spelled the same in every quality benchmark."""
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all",
                        help="which figures to compute: dev, held-out, or dev + held-out + all (default)")
    parser.add_argument("--limit", type=int, default=None, help=f"only the first N {unit}")
    parser.add_argument("--errors", type=Path, default=None, help=f"write the dev split's {errors} as JSONL")


def check_split_options(parser: argparse.ArgumentParser, args: argparse.Namespace, what: str) -> None:
    """Held-out errors are never written: nobody may study the split kept unseen."""
    if args.errors and args.split == "heldout":
        parser.error(f"--errors writes dev-split {what} only; it cannot be used with --split heldout")
