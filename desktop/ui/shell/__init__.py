"""The application's frame: the main window's size and place on screen, and Qt's own translations."""
