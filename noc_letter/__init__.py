"""NOC Letter Builder: write an honest employer reference letter that reads as the right NOC 2021 group."""

__version__ = "0.1.0"
