"""Pure-Python core of NOC Letter Builder: catalogue, matching, letter model and export (no Qt)."""
