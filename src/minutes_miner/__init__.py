"""minutes-miner: turn the minutes and reports that councils publish into data."""

__version__ = "0.1.0"

# Bump whenever a change to reading or extraction alters the records produced, so that
# `minutes-miner ingest` re-extracts documents stored by an older version.
EXTRACTOR_VERSION = "0.1.0"
