"""The volunteer roster: identity documents, phones, search keys and the roster service."""
