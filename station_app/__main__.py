"""Entry point: ``station-app`` opens the window; subcommands run without one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from station_app.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
