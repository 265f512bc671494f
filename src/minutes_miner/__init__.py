"""minutes-miner: turn the minutes and reports that councils publish into data."""

from .resources import extractor_version

__version__ = "0.1.0"

# Derived from the extraction code and models/ (see resources.extractor_version), so that
# `minutes-miner ingest` re-extracts documents stored by any other version of the rules.
EXTRACTOR_VERSION = extractor_version(__version__)
