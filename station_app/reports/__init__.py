"""Reports (统计): the figures a station reports upward each month, and the home page's numbers.

The definitions are in ``docs/reports.md``; :mod:`station_app.reports.counting`
is the one place they are written as SQL, so the page, the command line, the
Excel file and the PDF cannot disagree.
"""
