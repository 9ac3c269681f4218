"""The version of the read's rules, on its own so a runs list can check stored reads cheaply.

:mod:`learnscope.read` re-exports it; ``learnscope runs`` compares it with each run's stored
read without importing the read's rules (or numpy).

>>> isinstance(READ_VERSION, int)
True
"""

# Bumped whenever a rule changes what it finds: reads kept in a store are redone when it differs.
READ_VERSION = 97
