"""志愿服务记录证明: issue, register, verify, revoke, and the PDF (Qt-free).

issue.py     which records count, the serial, registering a certificate
register.py  search, reprints (副本), revocation, verification
codes.py     serial numbers, HMAC verification codes, QR text
document.py  what a certificate says, as plain data
layout.py    pages as drawing operations (drawn by pdf.py and by the GUI's QPainter)
pdf.py       the PDF, with reportlab
batch.py     a team or a list at once, with progress and cancel
commands.py  the command-line verbs
"""
