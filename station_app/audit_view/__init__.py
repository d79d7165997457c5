"""The audit log as people read it: names for ids, field labels, the viewer's queries.

It sits above the domain (it names volunteers, posts, staff) while ``audit/`` keeps only
the log and its chain, below everything that writes to it.
"""
