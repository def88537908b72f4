"""Subcommands of `noc-letter`; each has `register(subparsers)` and imports heavy code lazily."""

# In help order. Each module defines `register(subparsers)`, which adds its parser and sets
# `func` (called with the parsed args, returns the exit status).
COMMAND_MODULES = (
    "noc",
    "classify",
    "assess",
    "split",
    "guard",
    "suggest",
    "check",
    "build",
    "checklist",
    "gui",
    "screenshot",
)
