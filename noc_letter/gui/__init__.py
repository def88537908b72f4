"""PySide6 desktop interface of NOC Letter Builder (widgets, Qt models, writers that need Qt)."""
