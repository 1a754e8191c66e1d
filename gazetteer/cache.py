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

A ``Deferred`` part of the artefact is written after the rest and read only when asked for:

>>> _, value = load_or_build(folder, "big", {"v": 1}, lambda: {"small": 1, "big": Deferred(b"x" * 1000)})
>>> _, value = load_or_build(folder, "big", {"v": 1}, build)
>>> value["small"], len(value["big"].get())
(1, 1000)
"""
from __future__ import annotations

import io
import os
import pickle
import zlib
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
    """Where the artefact for this key lives: the key's checksum is in the file name (the key stored in
    the file is checked when it is read). A CRC: loading need not import hashlib and OpenSSL."""
    digest = f"{zlib.crc32(repr(sorted(key.items())).encode()):08x}"
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
            stored_key, value = _read(path)
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
    import tempfile  # only writers need it (and its imports: random, shutil), not a load

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


class Deferred:
    """A large part of a cached artefact, read from the cache file only when ``get`` is called.

    Loading the rest stays fast (the world index's Aho-Corasick state is two thirds of its file
    and only a scan of a text needs it). One read from disk is not kept: the caller keeps what it
    makes of it. Made in memory, it simply holds its value.
    """

    __slots__ = ("_value", "_stream", "_offset")

    def __init__(self, value: Any = None):
        self._value, self._stream, self._offset = value, None, 0

    def get(self) -> Any:
        """The value (read from the cache file, which stays open until then, if it lives there)."""
        if self._stream is None:
            return self._value
        with self._stream as stream:
            stream.seek(self._offset)
            value = pickle.load(stream)
        self._stream = None
        return value

    def __del__(self):  # never asked for: the file is closed all the same
        if self._stream is not None:
            self._stream.close()

    def __reduce__(self):  # pickled outside a cache file: by value
        return Deferred, (self.get(),)


class _Pickler(pickle.Pickler):
    """Writes each ``Deferred`` as a reference; its value goes after the artefact."""

    def __init__(self, stream):
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.deferred: list[Deferred] = []
        self._numbers: dict[int, int] = {}

    def persistent_id(self, obj):
        if not isinstance(obj, Deferred):
            return None
        number = self._numbers.setdefault(id(obj), len(self.deferred))
        if number == len(self.deferred):
            self.deferred.append(obj)
        return number


class _Unpickler(pickle.Unpickler):
    def __init__(self, stream):
        super().__init__(stream)
        self.deferred: dict[int, Deferred] = {}

    def persistent_load(self, pid: int) -> Deferred:
        return self.deferred.setdefault(pid, Deferred())


def _read(path: Path) -> Any:
    """An artefact, its ``Deferred`` parts pointing at their values further on in the file.

    The file: the artefact's pickle, then per ``Deferred`` (in the order of their numbers) the
    length of its value's pickle (8 bytes) and that pickle. Each part keeps the file open until it
    is read, so a rebuild that replaces the file does not pull it from under them.
    """
    with path.open("rb") as stream:
        unpickler = _Unpickler(stream)
        value = unpickler.load()
        offset = stream.tell()
        for number in sorted(unpickler.deferred):
            stream.seek(offset)
            size = int.from_bytes(stream.read(8), "little")
            part = unpickler.deferred[number]
            part._stream, part._offset = path.open("rb"), offset + 8
            offset += 8 + size
    return value


def _write_atomically(path: Path, value: Any) -> None:
    buffer = io.BytesIO()
    pickler = _Pickler(buffer)
    pickler.dump(value)
    for part in pickler.deferred:
        data = pickle.dumps(part.get(), protocol=pickle.HIGHEST_PROTOCOL)
        buffer.write(len(data).to_bytes(8, "little") + data)
    try:
        write_atomic(path, buffer.getvalue())
    except OSError as error:
        raise GazetteerError(f"cannot write the gazetteer cache {path}: {error}; "
                             f"set EVACMAP_CACHE_DIR to a writable folder") from error
