"""One error tree for evacmap; every error says what to fix.

``geo`` builds on ``gazetteer``, so the root lives here and ``geo.errors`` extends it.
"""


class EvacmapError(Exception):
    """Root of every error evacmap raises on purpose."""


class GazetteerError(EvacmapError):
    """A gazetteer source cannot be read or used."""


class GazetteerRowError(GazetteerError, ValueError):
    """One row of a gazetteer CSV is malformed; ``path`` and ``line`` say where."""

    def __init__(self, path: str, line: int, problem: str):
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}")


class InvalidPlaceError(EvacmapError, ValueError):
    """A place was built with impossible values (latitude above 90, unknown kind...)."""
