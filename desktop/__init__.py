"""StationDesk (社工站工作台): offline-first desktop app for township social work stations."""

__version__ = "0.2.0"
APP_NAME = "StationDesk"
APP_ORG = "StationDesk"
