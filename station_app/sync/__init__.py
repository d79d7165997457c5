"""Sync with the city volunteer platform (docs/protocol.md): outbox, batches, client, roster pull.

How an approved hour reaches the platform exactly once:

1. The approval (or void, correction, certificate) writes an :mod:`outbox` item
   in the same transaction as the change itself.
2. :mod:`batches` claims pending items into a batch whose exact body is written
   to disk, with its id, before the first send.
3. :mod:`engine` sends it (never inside a transaction), and resends the same
   bytes under the same Idempotency-Key until an acknowledgement is stored, so a
   crash at any point only ever causes a resend, which the platform answers
   with ``duplicate`` or its stored first answer.
"""
