"""Reading the spreadsheets stations already have (Excel, WPS, CSV) and importing them."""
