"""The two things pyproject.toml cannot say: the top-level resources/ folder as the package
station_app._resources, and its .qm translations compiled from the .ts sources while building."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """Copies the package as usual, then runs lrelease on the copied .ts files (never on the checkout)."""

    def run(self) -> None:
        super().run()
        spec = importlib.util.spec_from_file_location("translation_files", HERE / "station_app" / "translation_files.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        folder = Path(self.build_lib) / "station_app" / "_resources" / "translations"
        for qm in module.compile_translations(folder):
            print(f"compiled {qm.name}")


setup(
    packages=[*find_packages(include=["station_app*"]), "station_app._resources"],
    cmdclass={"build_py": BuildWithTranslations},
)
