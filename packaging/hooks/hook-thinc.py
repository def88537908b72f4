"""PyInstaller hook for thinc: its data files and every submodule except its test suite.

Overrides the pyinstaller-hooks-contrib hook, which also lists thinc.tests.* (excluded in the
spec, so they only produced "hidden import not found" warnings).
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _not_tests(name: str) -> bool:
    return ".tests" not in name


datas = collect_data_files("thinc", excludes=["tests/**"])
hiddenimports = collect_submodules("thinc", filter=_not_tests)
