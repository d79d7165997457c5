"""Service hours: check-in/out, staff entry, review, totals. The rules live here."""
