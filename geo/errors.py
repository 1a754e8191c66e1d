"""Errors of the pipeline, under the one root ``gazetteer.errors.EvacmapError``."""
from gazetteer.errors import EvacmapError


class DocumentError(EvacmapError):
    """An input file cannot be read or decoded; ``path`` names it."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")


class DocumentWarning(DocumentError):
    """Part of an input was read with a loss the user should know of (a malformed date dropped); the run
    does not fail for it."""
