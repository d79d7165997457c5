"""Station Desk (社区志愿服务站工作台).

The package is split so that everything except :mod:`station_app.gui` can run
without Qt: the domain rules, the database, exports, and later sync and
certificates are used by the command line, the tests and the GUI alike.

The version is pyproject.toml's only: station_app.version reads it.
"""
