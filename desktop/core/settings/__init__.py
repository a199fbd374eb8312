"""Station settings: declared once here with their type, default and label, kept in the synced
table station_settings so every computer of the station follows the same rules."""

from desktop.core.settings.declared import SETTINGS, Setting
from desktop.core.settings.service import get, set_value, values

__all__ = ["SETTINGS", "Setting", "get", "set_value", "values"]
