"""The bundle's entry point: PyInstaller freezes this script, which starts Station Desk as
``station-app`` does (the window, or a command when one is given)."""

import multiprocessing
import sys

from station_app.__main__ import main

if __name__ == "__main__":
    # A batch of certificates saved as one file each is drawn in worker processes
    # (station_app/certificates/render_pool.py): in a bundle they start as this program again.
    multiprocessing.freeze_support()
    if sys.argv[1:] == ["--smoke-pool"]:  # build_scripts/bundle_smoke.sh: spawned workers start in the bundle
        from station_app.certificates.render_pool import smoke

        sys.exit(smoke())
    sys.exit(main())
