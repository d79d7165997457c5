"""Entry point: ``station-app`` opens the window; subcommands run without one.

This is the only place that knows both: the command line (``cli``) never
imports the GUI, so commands start without loading Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from station_app import cli

    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is not None:
        if getattr(args, "to_printer", False):  # --print: Qt's print support, loaded only then
            from station_app import print_port
            from station_app.gui import cli_print

            print_port.plug_in(cli_print)
        return cli.run(args)
    data_dir = cli.data_folder(args)
    from station_app.gui.app import run_gui  # Qt is loaded only for the window

    return run_gui(data_dir, kiosk=args.kiosk, smoke_seconds=args.smoke_test, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
