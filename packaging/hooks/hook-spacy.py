"""PyInstaller hook for spaCy: its data files and every submodule except its test suite.

Overrides the pyinstaller-hooks-contrib hook, which also lists spacy.tests.* (excluded here,
so they only produced "hidden import not found" warnings). spaCy imports many of its
modules by name through its registry, hence collect_submodules.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _not_tests(name: str) -> bool:
    return ".tests" not in name


datas = collect_data_files("spacy", excludes=["tests/**"])
hiddenimports = collect_submodules("spacy", filter=_not_tests)
