"""Sync machinery: clocks, change recording and merge."""
