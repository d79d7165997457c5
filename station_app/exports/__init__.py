"""Writing the station's data to files staff can open in Excel or WPS."""
