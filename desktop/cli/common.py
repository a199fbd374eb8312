"""What every command shares: the data folder the command works on."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import paths


def data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir`` (or STATIONDESK_DATA_DIR through paths), else the per-user data folder."""
    return Path(args.data_dir) if args.data_dir else paths.default_data_dir()
