"""StationDesk (社工站工作台). ``python main.py --help`` lists the commands; no command opens the app."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
