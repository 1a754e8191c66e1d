"""A compiled artefact on disk, keyed by the versions it was built from, written atomically.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> calls = []
>>> def build():
...     calls.append(1)
...     return {"answer": 42}
>>> path, value = load_or_build(folder, "demo", {"v": 1}, build)
>>> path2, value2 = load_or_build(folder, "demo", {"v": 1}, build)
>>> value2, len(calls), path == path2
({'answer': 42}, 1, True)
>>> _ = load_or_build(folder, "demo", {"v": 2}, build)
>>> len(calls), sorted(p.name[:5] for p in folder.iterdir())
(2, ['demo-'])
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gazetteer.errors import GazetteerError

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$EVACMAP_CACHE_DIR`` if set, else ``~/.cache/evacmap``."""
    env = os.environ.get("EVACMAP_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "evacmap"


def cache_path(folder: Path, stem: str, key: dict[str, Any]) -> Path:
    """Where the artefact for this key lives: the key's hash is in the file name."""
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]
    return Path(folder) / f"{stem}-{digest}.pickle"


def load_or_build(folder: Path, stem: str, key: dict[str, Any], build: Callable[[], T],
                  *, force: bool = False) -> tuple[Path, T]:
    """Load ``stem`` built for ``key`` from ``folder``, or build, store and return it.

    A new key (a source package upgraded, the compiler changed) means a new file; older files of
    the same stem are removed once the new one is in place.
    """
    path = cache_path(folder, stem, key)
    if not force and path.exists():
        try:
            with path.open("rb") as stream:
                stored_key, value = pickle.load(stream)
            if stored_key == key:
                return path, value
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            pass  # unreadable or from another layout: rebuild below
    value = build()
    _write_atomically(path, (key, value))
    for old in path.parent.glob(f"{stem}-*.pickle"):
        if old != path:
            old.unlink(missing_ok=True)
    return path, value


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a temp file beside it, then a rename.

    Readers see the old file or the new one, never half of one. Raises ``OSError``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes owner-only files; outputs are for others to read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_atomically(path: Path, value: Any) -> None:
    try:
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as error:
        raise GazetteerError(f"cannot write the gazetteer cache {path}: {error}; "
                             f"set EVACMAP_CACHE_DIR to a writable folder") from error
