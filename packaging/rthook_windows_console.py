"""PyInstaller runtime hook (Windows): make command-line output of the windowed StationDesk.exe reachable.

A Windows GUI program has no console, so Python starts it with ``sys.stdout``/``sys.stderr`` set to
None and ``StationDesk.exe --version`` would print nothing. When the program is given arguments and
was started from a console (cmd.exe, PowerShell), attach to that console and write there. cmd.exe
does not wait for GUI programs, so the text appears after the next prompt: scripts should call
``StationDesk-cli.exe``, the console build in the same folder. Output already redirected to a
file or pipe (a valid handle) is left alone. Without any console, writes go to os.devnull so that
``print`` and ``sys.__stderr__.write`` never raise.
"""

import os
import sys


def _stationdesk_console() -> None:
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    if len(sys.argv) > 1:
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            try:
                # "CONOUT$" opens the console itself (io uses WindowsConsoleIO: full Unicode).
                console = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            except OSError:
                console = None
            if console is not None:
                if sys.stdout is None:
                    sys.stdout = sys.__stdout__ = console
                if sys.stderr is None:
                    sys.stderr = sys.__stderr__ = console
    if sys.stdout is None:
        sys.stdout = sys.__stdout__ = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = sys.__stderr__ = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


_stationdesk_console()
del _stationdesk_console
