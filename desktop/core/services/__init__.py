"""Service calls: every write is one call, one transaction, recorded for sync and audit."""
