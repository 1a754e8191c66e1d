"""How the pipeline's time grows with the length of one awkward input: a text with no full stop, one
sentence listing hundreds of places, a table of thousands of rows, thousands of headed lines.

A step that compares every count or name with every other word of its sentence is invisible on news
articles (sentences of 30 words) and takes minutes on a pasted table or an unpunctuated transcript.
For each shape the text is doubled three times; the script prints the CPU seconds of
``pipeline.analyse`` at each size and the growth exponent per doubling (1 is linear, 2 quadratic), next
to a baseline measured in the same run: the seed articles repeated to the same sizes.

    python bench/long_inputs.py [--start 8000]

No data beyond ``seeds/``; the texts are generated from a fixed seed.
"""
from __future__ import annotations

import argparse
import math
import random
import time
from collections.abc import Callable
from pathlib import Path

from gazetteer import Gazetteer
from geo import pipeline
from geo.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PLACES = ["Homs", "Aleppo", "Idlib", "Damascus", "Jarablus", "Raqqa", "Douma", "Mosul", "Erbil", "Kabul"]


def _repeat(part: Callable[[random.Random], str], separator: str) -> Callable[[int], str]:
    """A text of at least ``size`` characters made of generated parts (the same parts for the same size)."""
    def text(size: int) -> str:
        rng, parts, length = random.Random(7), [], 0
        while length < size:
            parts.append(part(rng))
            length += len(parts[-1]) + len(separator)
        return separator.join(parts)
    return text


SHAPES: dict[str, Callable[[int], str]] = {
    "no full stop": _repeat(lambda r: f"{r.randint(10, 9999)} residents of {r.choice(PLACES)} evacuated to "
                                      f"{r.choice(PLACES)} and", " "),
    "one sentence of places": lambda size: "Some 2,000 people fled " + _repeat(
        lambda r: f"from {r.choice(PLACES)} to {r.choice(PLACES)}", ", ")(size) + ".",
    "table rows": _repeat(lambda r: f"{r.choice(PLACES)}\t{r.randint(10, 9999):,}\tdisplaced", "\n"),
    "headed lines": _repeat(lambda r: f"{r.choice(PLACES)}\nSome {r.randint(10, 9999):,} people were evacuated.",
                            "\n"),
}


def seconds(gazetteer: Gazetteer, text: str) -> float:
    start = time.process_time()
    pipeline.analyse(Document(id="long", text=text), gazetteer)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=8000, help="characters of the smallest text")
    args = parser.parse_args()
    gazetteer = Gazetteer.default()
    seeds = " ".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    sizes = [args.start * 2 ** k for k in range(4)]
    shapes = {"baseline: seed articles": lambda size: (seeds * (size // len(seeds) + 1))[:size], **SHAPES}
    seconds(gazetteer, "Buses left Homs for Idlib.")  # the automaton is built on the first text
    print(f"{'shape':26}" + "".join(f"{size:>10,} ch" for size in sizes) + "   growth per doubling")
    for name, make in shapes.items():
        times = [seconds(gazetteer, make(size)) for size in sizes]
        growth = math.log2(times[-1] / times[-2]) if times[-2] > 0 else float("nan")
        print(f"{name:26}" + "".join(f"{t:>12.2f}s" for t in times) + f"   {growth:.1f}")


if __name__ == "__main__":
    main()
