"""The 统计 page: period, grouping, figures, chart, table, the records behind a row, export and print."""
