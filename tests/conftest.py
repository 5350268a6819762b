"""Shared test configuration: Hypothesis profiles, import path, and the corpus location.

Hypothesis profiles are chosen with the ``HYPOTHESIS_PROFILE`` environment variable:

* ``dev`` (default): fast feedback, 50 examples per property, derandomised so that the
  README's test command gives the same verdict on every run and machine.
* ``ci``: derandomised, 100 examples, prints a reproduction blob on failure.
* ``explore``: random seeds, 200 examples: for hunting new bugs, not for gating (failures
  it finds become explicit ``@example`` pages, see ``tests/properties/pages/``).
* ``nightly``: random, 100 000 examples per property, for fuzzing runs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The repository checkout (the parent of ``tests/``)."""

# With --import-mode=importlib pytest does not put the rootdir on sys.path; test modules
# import helpers as ``tests.strategies`` (and ``benchmarks``), so make the checkout importable
# whether pytest runs as ``pytest`` or as ``python -m pytest``.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

# When a property fails, Hypothesis's pytest plugin imports its patch writer, which imports
# libcst, which warns (DeprecationWarning from mypy_extensions) at import time; under
# ``filterwarnings = error`` that warning turns the failure report into a pytest
# INTERNALERROR. Import it once here with that warning silenced.
with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesis.extra._patching  # noqa: F401

_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large]
"""Page strategies draw many values per example; their generation speed is not a bug."""

settings.register_profile(
    "dev",
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile(
    "explore",
    max_examples=200,
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    print_blob=True,
    derandomize=True,
    suppress_health_check=_SLOW_DATA,
)
settings.register_profile(
    "nightly",
    max_examples=100_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_DATA,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def corpus_dir() -> Path | None:
    """Return the shared page corpus: ``$NEWSPARSE_CORPUS``, else ``<repo>/../shared/corpus``.

    Returns:
        The directory, or ``None`` when it does not exist (tests that need it skip).
    """
    configured = os.environ.get("NEWSPARSE_CORPUS")
    path = Path(configured) if configured else REPO_ROOT.parent / "shared" / "corpus"
    return path if path.is_dir() else None


@pytest.fixture(name="corpus_dir")
def corpus_dir_fixture() -> Path | None:
    """The corpus directory, or ``None`` when absent (see :func:`corpus_dir`)."""
    return corpus_dir()
