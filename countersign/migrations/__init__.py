"""Alembic migrations of every table (store, local ledger, local CRM).

`HEAD` is the newest revision here: a starting service compares the store's revision with it in
one query, without loading Alembic, and migrates (or refuses) only when they differ. A test keeps
it equal to Alembic's own head.
"""

HEAD = "0011"
